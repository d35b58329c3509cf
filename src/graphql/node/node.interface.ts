import { isInterfaceType, type GraphQLSchema } from 'graphql';
import { Field, ID, InterfaceType } from 'type-graphql';
import { entityTypeOfId } from '../../domain/ids';

/** The GraphQL type of a Node value: its id says it (ids are prefixed by type). */
const nodeTypeOf = (value: { id: string }) => entityTypeOfId(value.id);

@InterfaceType('Node', {
  description: 'Anything with a stable, opaque, global id: the same entity keeps its id across restarts and re-imports.',
  resolveType: nodeTypeOf,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

/**
 * type-graphql wraps every resolveType in an async function, so each Node value costs a promise, and compiled
 * execution (graphql-jit) does not await type resolution at all. The type of a Node is a pure function of its id.
 */
export function resolveNodeTypeSynchronously(schema: GraphQLSchema): void {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('The schema has no Node interface');
  node.resolveType = nodeTypeOf;
}
