import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';

export interface DocumentedOperation {
  name: string;
  /** The comment lines above the operation: the question it answers. */
  question: string;
  source: string;
}

/** Splits a .graphql file of commented operations (docs/queries.graphql) into its operations. */
export function readDocumentedOperations(text: string): DocumentedOperation[] {
  const document = parse(text);
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => {
      const before = text.slice(0, op.loc!.start).split('\n');
      const comments: string[] = [];
      for (let i = before.length - 2; i >= 0 && before[i]!.startsWith('#'); i -= 1) comments.unshift(before[i]!.replace(/^#\s?/, ''));
      return { name: op.name?.value ?? 'anonymous', question: comments.join(' '), source: print(op) };
    });
}
