/**
 * Adds every item to the end of a list. `list.push(...items)` passes each item
 * as an argument, and past about a hundred thousand of them the engine runs out
 * of stack: one block of a large corpus makes that many clusters.
 */
export function append<T>(list: T[], items: readonly T[]): T[] {
  for (const item of items) list.push(item);
  return list;
}
