import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether a request may go ahead: the token matched, was missing, did not match, or no token is configured. */
export type Access = 'granted' | 'missing' | 'invalid' | 'disabled';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Checks an Authorization header against the write token in constant time (both sides are hashed to equal length
 * first, so neither the token's length nor its prefix leaks through timing).
 */
export function writeAccess(authorization: string | undefined, token: string | undefined): Access {
  if (!token) return 'disabled';
  if (!authorization) return 'missing';
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) return 'invalid';
  return timingSafeEqual(digest(match[1]!), digest(token)) ? 'granted' : 'invalid';
}

/** Whether a request may read: always when no read token is configured; otherwise it needs the read or write token. */
export function readAccess(authorization: string | undefined, readToken: string | undefined, writeToken: string | undefined): Access {
  if (!readToken) return 'granted';
  const asReader = writeAccess(authorization, readToken);
  if (asReader === 'granted' || writeAccess(authorization, writeToken) === 'granted') return 'granted';
  return asReader;
}
