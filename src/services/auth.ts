import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether a request may write. */
export type WriteAccess = 'granted' | 'missing' | 'invalid' | 'disabled';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Checks an Authorization header against the write token in constant time (both sides are hashed to equal length
 * first, so neither the token's length nor its prefix leaks through timing).
 */
export function writeAccess(authorization: string | undefined, token: string | undefined): WriteAccess {
  if (!token) return 'disabled';
  if (!authorization) return 'missing';
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) return 'invalid';
  return timingSafeEqual(digest(match[1]!), digest(token)) ? 'granted' : 'invalid';
}
