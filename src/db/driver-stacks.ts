/**
 * Spares neo4j-driver the caller's stack trace it captures for every statement and every commit.
 *
 * neo4j-driver 6.3 builds a Result for each `tx.run` and for each commit and rollback, and each Result captures and
 * formats the current stack (`new Error('').stack`) so that a failure can be shown with its caller. On this API's small
 * answers that was 8–9 % of the server's CPU (profile of the benchmark's path operation). The stack would only ever say "GraphDatabase.runIn" or "the transaction executor's commit": every
 * statement starts there. A failure keeps what the API reports and tests: Neo4j's code and message.
 *
 * It wraps Transaction.prototype.run, commit and rollback (neo4j-driver-core) process-wide, once, so that they run with
 * `Error.stackTraceLimit = 0` and restore the limit before returning (they build the Result synchronously). If the
 * driver's internals are not the ones this was written against, it leaves the driver alone and says so.
 */

import { driverModule, driverPatch, type PatchOutcome } from './driver-patch';

type Method = (this: unknown, ...args: unknown[]) => unknown;

const WRAPPED = ['run', 'commit', 'rollback'] as const;

/** Runs `method` with stack capture off, restoring the previous limit whatever happens. */
function withoutStack(method: Method): Method {
  return function stackless(this: unknown, ...args: unknown[]) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return method.apply(this, args);
    } finally {
      Error.stackTraceLimit = limit;
    }
  };
}

/** Makes transactions skip the per-statement stack capture. Idempotent; never throws. */
export const installStacklessStatements: () => PatchOutcome = driverPatch(
  'driver-stacks.installed',
  () => {
    // neo4j-driver re-exports this class; it is the one every session's transactions are made of.
    const prototype = driverModule<{ Transaction: { prototype: Record<string, unknown> } }>('neo4j-driver-core').Transaction?.prototype;
    const missing = WRAPPED.filter((name) => typeof prototype?.[name] !== 'function');
    if (!prototype || missing.length > 0) return `Transaction.prototype.${missing.join('/') || 'run'} not found`;
    return prototype;
  },
  (prototype) => {
    for (const name of WRAPPED) prototype[name] = withoutStack(prototype[name] as Method);
  },
);
