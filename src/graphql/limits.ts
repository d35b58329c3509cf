import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '../services/graph-service';

/** Limits every operation must pass before any resolver (and so any Cypher) runs. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

/** Assumed length of a relation list (implementations, children…) that takes no size argument. */
export const RELATION_FANOUT = 10;

/** The largest `first` or `limit` any field accepts (relation lists, timelines). */
const LARGEST_LIST_ARGUMENT = Math.max(...Object.values(LIMITS));

/** Types whose list fields follow relations of unbounded length. */
const ENTITY_TYPES = new Set(['Document', 'Organization', 'Meeting', 'Person', 'Figure', 'Source', 'Implementation', 'Speech', 'TimelineEntry']);

/**
 * Cost counts the objects an operation may return (each one is rows read): an object field costs 1 plus its
 * selection; a list with `first` or `limit` costs that many times (1 + its selection); a relation list of an entity (no
 * size given) costs RELATION_FANOUT times (1 + its selection); scalars and enums (and lists of them) cost nothing.
 */
export const listCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  const size = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : undefined;
  // A size past every argument's maximum is counted as that maximum: the argument's own check then refuses it with
  // BAD_USER_INPUT naming the range ("first: 2147483647" is a bad argument, not a query too complex to run).
  if (size !== undefined) return Math.min(Math.max(size, 1), LARGEST_LIST_ARGUMENT) * (1 + childComplexity);
  const returns = getNullableType(field.type);
  if (isListType(returns) && isObjectType(getNamedType(returns)) && ENTITY_TYPES.has(type.name)) {
    return RELATION_FANOUT * (1 + childComplexity);
  }
  return undefined;
};

/** The cost of an operation under listCostEstimator. */
export function operationCost({
  schema,
  document,
  variables,
  operationName,
}: {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
}): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [listCostEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Costs are remembered per parsed document (Apollo's document store keeps one per query text), keyed by operation name
 * and variables as JSON: keys up to this length, at most this many per document.
 */
const MAX_COST_KEY = 1024;
const MAX_COSTS_PER_DOCUMENT = 256;

function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  // The cost is a pure function of the document, operation and variables; walking a three-level selection for it was
  // 4 % of the API's CPU on the benchmark's organization tree, asked again and again with the same variables.
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
    const key = `${operationName ?? ''} ${JSON.stringify(variables)}`;
    const costs = known.get(document);
    const remembered = costs?.get(key);
    if (remembered !== undefined) return remembered;
    const cost = operationCost({ schema, document, variables, ...(operationName ? { operationName } : {}) });
    if (key.length <= MAX_COST_KEY) {
      if (!costs) known.set(document, new Map([[key, cost]]));
      else {
        if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.clear();
        costs.set(key, cost);
      }
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = costOf(document, request.operationName ?? undefined, request.variables ?? {});
          } catch {
            // Variables that do not coerce: execution refuses them with a 400 that says why; nothing would run.
            return;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost limit of ${maxCost} exceeded, found ${cost}: ask for smaller pages (first, limit) or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost', maxCost, cost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/**
 * The protection of the GraphQL endpoint: depth, aliases and directives through graphql-armor (rejected at
 * validation, HTTP 400, the message names the limit), tokens through graphql-js's parser, and a list-aware cost limit.
 */
export function createQueryProtection({
  limits,
  schema,
  production,
}: {
  limits: QueryLimits;
  schema: GraphQLSchema;
  production: boolean;
}): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[]; parseOptions: { maxTokens: number } } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // Apollo's own parser enforces the token limit (parseOptions below): armor's plugin answers 500 when it trips.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Armor's own cost limit ignores list sizes; the cost plugin below counts them.
    costLimit: { enabled: false },
    // Suggestions ("Did you mean …?") help developers and leak the schema to strangers.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [...plugins, costLimitPlugin(schema, limits.maxCost)], validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
