/**
 * A word table that knows only its own words: a plain object literal also
 * answers "constructor" or "toString" with a function, which a lookup by an
 * arbitrary word from a text must never return.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
