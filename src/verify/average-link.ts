/**
 * Average-link agglomerative clustering: repeatedly joins the two groups whose
 * mean pairwise similarity is highest, while that mean reaches the threshold.
 * Unlike single link, one chance resemblance cannot chain unrelated items
 * together: a newcomer must resemble the group as a whole.
 *
 * Cost is O(n³) in the items of one call; callers cluster within one slot,
 * where n stays in the hundreds.
 */

/** Groups of item indices, each in ascending order, groups ordered by their first index. */
export function averageLinkGroups<T>(
  items: readonly T[],
  similarity: (a: T, b: T) => number,
  threshold: number,
): number[][] {
  const n = items.length;
  const members: number[][] = items.map((_, i) => [i]);
  // sums[i][j]: total pairwise similarity between groups i and j (i ≠ j).
  const sums: Float64Array[] = items.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = similarity(items[i]!, items[j]!);
      sums[i]![j] = s;
      sums[j]![i] = s;
    }
  }
  const alive = new Set(members.keys());
  for (;;) {
    let best = -1;
    let bestI = -1;
    let bestJ = -1;
    for (const i of alive) {
      for (const j of alive) {
        if (j <= i) continue;
        const mean = sums[i]![j]! / (members[i]!.length * members[j]!.length);
        if (mean > best) {
          best = mean;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestI < 0 || best < threshold) break;
    for (const k of alive) {
      if (k === bestI || k === bestJ) continue;
      const joined = sums[bestI]![k]! + sums[bestJ]![k]!;
      sums[bestI]![k] = joined;
      sums[k]![bestI] = joined;
    }
    members[bestI] = [...members[bestI]!, ...members[bestJ]!].sort((a, b) => a - b);
    alive.delete(bestJ);
  }
  return [...alive].sort((a, b) => a - b).map((i) => members[i]!);
}
