/**
 * A value supplied by a caller (an argument, an input field, a config value) that the domain cannot accept.
 * The GraphQL layer turns it into a BAD_USER_INPUT error that names `field` and says `reason`.
 */
export class InvalidInputError extends Error {
  readonly field: string;
  readonly reason: string;

  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = 'InvalidInputError';
    this.field = field;
    this.reason = reason;
  }
}

/** True when `error` is an {@link InvalidInputError}. */
export function isInvalidInputError(error: unknown): error is InvalidInputError {
  return error instanceof InvalidInputError;
}
