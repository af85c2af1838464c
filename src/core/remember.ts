/** A cache the core keeps beside immutable values: a WeakMap keyed by the value, or a Map. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value kept for `key`, worked out on first ask. Curricula and cards are never changed in place (an
 * edit makes new objects only for what it changes), so a result kept per object stays right for as long as
 * the object lives; callers treat what they get as read-only.
 */
export function remembered<K, V>(cache: Cache<K, V>, key: K, compute: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = compute(key)));
  return value;
}
