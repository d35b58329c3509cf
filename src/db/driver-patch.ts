/**
 * The frame of the project's process-wide changes to neo4j-driver's internals (bolt-messages.ts, bolt-maps.ts,
 * bolt-begin.ts, driver-stacks.ts): each is applied once, is idempotent, never throws, and leaves a driver whose
 * internals are not the ones it was written against as shipped, saying why. connect.ts logs the reason; tests assert
 * that every patch is installed on the pinned driver.
 */

/** Whether a patch is in place, and if not, why. */
export type PatchOutcome = { installed: true } | { installed: false; reason: string };

/**
 * A patch: `find` returns the object to change (a prototype) or why it cannot be found; `apply` changes it. The object
 * is marked with `Symbol.for('vankien-graph.<marker>')`, so that two copies of this module never apply it twice.
 */
export function driverPatch<T extends object>(marker: string, find: () => T | string, apply: (target: T) => void): () => PatchOutcome {
  const symbol = Symbol.for(`vankien-graph.${marker}`);
  let outcome: PatchOutcome | undefined;
  return () => {
    if (outcome) return outcome;
    try {
      const target = find();
      if (typeof target === 'string') {
        outcome = { installed: false, reason: target };
      } else {
        const marked = target as { [key: symbol]: unknown };
        if (!marked[symbol]) {
          apply(target);
          marked[symbol] = true;
        }
        outcome = { installed: true };
      }
    } catch (error) {
      outcome = { installed: false, reason: error instanceof Error ? error.message : String(error) };
    }
    return outcome;
  };
}

/** An internal module of the driver (no "exports" map restricts them), typed by what the caller uses. */
export function driverModule<T>(path: string): Partial<T> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as Partial<T>;
}
