/**
 * Finding a span among things laid out in text order (tokens, words): a
 * binary search by start offset, shared by the layers that read one report's
 * words many times over.
 */

interface Run {
  start: number;
  end: number;
}

/** The index of the first item starting at or after `offset` (items sorted by start). */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the runs of text[start, end) lie among a text's runs (runs[from, to)),
 * or null when the span is not within the text or an edge of it cuts a run:
 * runs are maximal (of letters, of letters and digits), so the runs of a span
 * whose edges fall between runs are the text's own.
 */
export function runsWithin(
  runs: readonly Run[],
  textLength: number,
  start: number,
  end: number,
): { from: number; to: number } | null {
  if (!(0 <= start && start < end && end <= textLength)) return null;
  const from = firstStartingAt(runs, start);
  const to = firstStartingAt(runs, end);
  if ((from > 0 && runs[from - 1]!.end > start) || (to > 0 && runs[to - 1]!.end > end)) {
    return null;
  }
  return { from, to };
}
