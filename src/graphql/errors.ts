import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { isInvalidInputError } from '../domain/errors';
import { DatabaseUnavailableError, QueryTimeoutError } from '../db/neo4j';

/** Turns domain and database errors thrown in resolvers into GraphQL errors with a code a client can act on. */
export const translateErrors: MiddlewareFn = async (_, next) => {
  try {
    return await next();
  } catch (error) {
    if (isInvalidInputError(error)) {
      throw new GraphQLError(error.message, {
        extensions: { code: 'BAD_USER_INPUT', field: error.field, reason: error.reason },
        originalError: error,
      });
    }
    if (error instanceof DatabaseUnavailableError) {
      throw new GraphQLError(error.message, { extensions: { code: 'SERVICE_UNAVAILABLE' }, originalError: error });
    }
    if (error instanceof QueryTimeoutError) {
      throw new GraphQLError(error.message, { extensions: { code: 'QUERY_TIMEOUT' }, originalError: error });
    }
    throw error;
  }
};

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

const CLIENT_REQUEST_ERRORS = /^(provided sha does not match query|Unsupported persisted query version)/;

/**
 * Shapes errors for clients: class-validator failures name each field and reason; in production, errors without a
 * known code say only that something went wrong (details stay in the log).
 */
export function createErrorFormatter({ production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
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
    const code = extensions.code;
    if (production && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
      delete extensions.stacktrace;
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR' } };
    }
    return { ...formatted, extensions };
  };
}
