import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { BREAK, execute, GraphQLError, printSchema, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Logger } from 'pino';

/** A query document is compiled the second time it is asked: one-off queries never pay for compilation. */
const COMPILE_AFTER = 2;

type Plan = { seen: number } | { compiled: CompiledQuery } | { interpreted: string };

/**
 * Runs operations with compiled queries (graphql-jit) where that is known to give graphql-js's answer, and with
 * graphql-js everywhere else. Compiled execution turns a selection into straight-line code, which on large answers
 * (a lineage of 2,500 nodes and edges, a document page with its implementations) took 20–40 % less CPU than
 * graphql-js's field-by-field walk.
 *
 * graphql-js runs:
 * - mutations (imports spend their time in Neo4j, and their errors and bookmarks are what matters);
 * - documents using @skip or @include (graphql-jit's handling of them inside fragment spreads is being reworked);
 * - a document the first time it is seen, and any document graphql-jit cannot compile (logged once);
 * - again, any compiled run that ended before execution (variables that do not coerce): graphql-js's errors are the
 *   ones Apollo turns into HTTP 400 with its usual messages, and no resolver has run.
 *
 * Plans are keyed by the parsed document, which Apollo's document store keeps (and evicts) per query text, so this
 * holds nothing a forgotten query would leave behind.
 */
export class QueryExecutor {
  private readonly plans = new WeakMap<DocumentNode, Map<string, Plan>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly logger: Logger,
  ) {}

  /** How a (document, operation) pair is executed now: 'compiled', or 'graphql-js' and why. */
  planOf(document: DocumentNode, operationName: string | null | undefined): string {
    const plan = this.plans.get(document)?.get(operationName ?? '');
    if (!plan) return 'graphql-js (not seen yet)';
    if ('compiled' in plan) return 'compiled';
    if ('interpreted' in plan) return `graphql-js (${plan.interpreted})`;
    return `graphql-js (seen ${plan.seen} time${plan.seen === 1 ? '' : 's'})`;
  }

  async execute({
    document,
    operationName,
    operationType,
    variables,
    contextValue,
  }: {
    document: DocumentNode;
    operationName: string | null | undefined;
    operationType: string | undefined;
    variables: Record<string, unknown> | undefined;
    contextValue: unknown;
  }): Promise<ExecutionResult> {
    const interpret = () => execute({ schema: this.schema, document, operationName, variableValues: variables, contextValue });
    const compiled = this.compiledFor(document, operationName, operationType);
    if (!compiled) return interpret();
    const result = await compiled.query(undefined, contextValue, variables);
    // No data at all: execution never started (variables that do not coerce). graphql-js says why, as Apollo expects.
    if (!('data' in result)) return interpret();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  }

  private compiledFor(document: DocumentNode, operationName: string | null | undefined, operationType: string | undefined): CompiledQuery | null {
    if (operationType === undefined) return null;
    let byOperation = this.plans.get(document);
    if (!byOperation) this.plans.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    const plan = byOperation.get(key) ?? { seen: 0 };
    if ('compiled' in plan) return plan.compiled;
    if ('interpreted' in plan) return null;
    const reason = operationType !== 'query' ? `${operationType} operation` : usesSkipOrInclude(document) ? 'uses @skip or @include' : null;
    if (reason) {
      byOperation.set(key, { interpreted: reason });
      return null;
    }
    if (plan.seen + 1 < COMPILE_AFTER) {
      byOperation.set(key, { seen: plan.seen + 1 });
      return null;
    }
    const compiled = this.compile(document, operationName);
    byOperation.set(key, compiled ? { compiled } : { interpreted: 'graphql-jit could not compile it' });
    return compiled;
  }

  private compile(document: DocumentNode, operationName: string | null | undefined): CompiledQuery | null {
    try {
      // Errors keep their resolver's stack (originalError); the wrapping error needs none of its own.
      const compiled = compileQuery(this.schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      if (isCompiledQuery(compiled)) return compiled;
      this.logger.warn({ operationName, errors: compiled.errors?.map((e) => e.message) }, 'query not compiled; graphql-js runs it');
    } catch (error) {
      this.logger.warn({ operationName, err: error }, 'query not compiled; graphql-js runs it');
    }
    return null;
  }

  /**
   * The executor as Apollo Server takes one: through its gateway interface, the one way Apollo Server 5 accepts an
   * executor. Apollo still parses, validates and runs every plugin; only execution is replaced.
   */
  asGateway(): GatewayInterface {
    const executor: GatewayExecutor = async (request) =>
      this.execute({
        document: request.document,
        // The name the client sent (request.operationName is the one Apollo resolved: null when it names nothing).
        operationName: request.request.operationName,
        // Undefined when the document names no such operation: graphql-js then says so, as Apollo expects.
        operationType: request.operation?.operation,
        variables: request.request.variables,
        contextValue: request.context,
      });
    const schema = this.schema;
    return {
      async load() {
        return { executor };
      },
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
        return () => undefined;
      },
      async stop() {},
    };
  }
}

/**
 * graphql-jit's errors as graphql-js makes them: its own error class leaves `extensions` undefined when the resolver's
 * error has none, where graphql-js (and Apollo's error formatting, which reads extensions.code) has an empty object.
 * Message, path, locations and the resolver's error (originalError, which the error formatter translates) are kept.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const normal = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  // graphql-js derives locations from AST nodes; graphql-jit gives the locations themselves.
  if (error.locations) Object.defineProperty(normal, 'locations', { value: error.locations, enumerable: true, writable: true });
  return normal;
}

function usesSkipOrInclude(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
