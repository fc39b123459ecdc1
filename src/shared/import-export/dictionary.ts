/**
 * A lookup table keyed by text from files: without a prototype, so a header such as
 * "constructor" or "toString" finds nothing instead of one of Object's own members.
 * @example dictionary({ name: 'fullName' })['constructor'] // undefined
 */
export function dictionary<T>(entries: Record<string, T>): Record<string, T> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
