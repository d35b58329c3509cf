/**
 * Remembers a function of one string: the synthetic graph repeats the same names, titles, dates and people in
 * thousands of plans (and their ids are hashes). Bounded: past `limit` entries it starts afresh, so that a long load
 * does not keep every string it ever met.
 */
export function remembered<T>(fn: (key: string) => T, limit = 100_000): (key: string) => T {
  let cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(key);
      if (cache.size >= limit) cache = new Map();
      cache.set(key, value);
    }
    return value;
  };
}
