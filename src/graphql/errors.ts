import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isInvalidInputError } from '../domain/errors';
import { DatabaseUnavailableError, QueryTimeoutError } from '../db/neo4j';

/**
 * The code and extensions a client can act on for a domain or database error thrown in a resolver, or null for any
 * other error. Applied in the error formatter rather than as a type-graphql global middleware: a global middleware
 * wraps every field of every object in an async resolver, which made large results several times slower to execute.
 */
export function translatedExtensions(error: unknown): Record<string, unknown> | null {
  if (isInvalidInputError(error)) return { code: 'BAD_USER_INPUT', field: error.field, reason: error.reason };
  if (error instanceof DatabaseUnavailableError) return { code: 'SERVICE_UNAVAILABLE' };
  if (error instanceof QueryTimeoutError) return { code: 'QUERY_TIMEOUT' };
  return null;
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function describeValidation(errors: ValidationErrorLike[], prefix = ''): { field: string; reason: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...describeValidation(e.children ?? [], field)];
  });
}

const ARMOR_LIMIT = /^Syntax Error: (Query depth|Aliases|Directives) limit of \d+ exceeded/;
const ARMOR_LIMITS: Record<string, string> = { 'Query depth': 'depth', Aliases: 'aliases', Directives: 'directives' };

const CLIENT_REQUEST_ERRORS = /^(provided sha does not match query|Unsupported persisted query version)/;

/**
 * Shapes errors for clients: class-validator failures name each field and reason; in production, errors without a
 * known code say only that something went wrong (details stay in the log).
 */
export function createErrorFormatter({ production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const translated = translatedExtensions(unwrapResolverError(error));
    if (translated) return { ...formatted, extensions: { ...formatted.extensions, ...translated } };
    const extensions = { ...(formatted.extensions ?? {}) };
    const validationErrors = extensions.validationErrors as ValidationErrorLike[] | undefined;
    if (extensions.code === 'BAD_USER_INPUT' && Array.isArray(validationErrors)) {
      const problems = describeValidation(validationErrors);
      delete extensions.validationErrors;
      return {
        ...formatted,
        message: `Invalid argument: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`,
        extensions: { ...extensions, field: problems[0]?.field, reason: problems[0]?.reason, problems },
      };
    }
    // Apollo reports these malformed persisted-query requests without a code; they are the client's mistake.
    if ((extensions.code === undefined || extensions.code === 'INTERNAL_SERVER_ERROR') && CLIENT_REQUEST_ERRORS.test(formatted.message)) {
      delete extensions.stacktrace;
      return { ...formatted, extensions: { ...extensions, code: 'BAD_REQUEST' } };
    }
    // Apollo tells a client refused introspection to "pass introspection: true to ApolloServer": our operators set a variable.
    if (formatted.message.startsWith('GraphQL introspection is not allowed by Apollo Server')) {
      return {
        ...formatted,
        message: 'GraphQL introspection is not allowed on this server (production); its operator can allow it with ALLOW_INTROSPECTION=true.',
      };
    }
    // graphql-armor words its limits as syntax errors ("Syntax Error: Query depth limit of 10 exceeded, found 13."):
    // they are limits, reported as the cost limit is.
    const limit = ARMOR_LIMIT.exec(formatted.message);
    if (limit && extensions.code === 'GRAPHQL_VALIDATION_FAILED') {
      return { ...formatted, message: formatted.message.slice('Syntax Error: '.length), extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX', limit: ARMOR_LIMITS[limit[1]!] } };
    }
    const code = extensions.code;
    if (production && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
      delete extensions.stacktrace;
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR' } };
    }
    return { ...formatted, extensions };
  };
}
