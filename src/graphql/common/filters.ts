import { Matches } from 'class-validator';

/**
 * A text filter given empty or blank: refused with BAD_USER_INPUT instead of being ignored, which would answer with
 * everything as if it matched.
 */
export const NotBlank = () => Matches(/\S/, { message: ({ property }) => `${property} must not be empty or blank: leave it out to match everything` });
