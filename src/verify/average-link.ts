/**
 * Average-link agglomerative clustering: repeatedly joins the two groups whose
 * mean pairwise similarity is highest, while that mean reaches the threshold.
 * Unlike single link, one chance resemblance cannot chain unrelated items
 * together: a newcomer must resemble the group as a whole.
 *
 * Only pairs with a similarity above zero are kept (a missing pair counts as
 * zero in every mean), and the best pair comes off a heap, so the cost follows
 * the number of related pairs rather than the cube of the items. Ties go to the
 * pair with the smaller first index, then the smaller second: the order a full
 * scan of the pair matrix would give.
 */

/** A candidate join: the mean similarity of groups i < j, valid while both groups are unchanged. */
interface Join {
  mean: number;
  i: number;
  j: number;
  versionI: number;
  versionJ: number;
}

/** True when join a should be taken before join b. */
const before = (a: Join, b: Join): boolean =>
  a.mean !== b.mean ? a.mean > b.mean : a.i !== b.i ? a.i < b.i : a.j < b.j;

/** A binary heap of joins, best first. */
class JoinHeap {
  private readonly items: Join[] = [];

  get size(): number {
    return this.items.length;
  }

  push(join: Join): void {
    const items = this.items;
    let at = items.length;
    items.push(join);
    // Move the hole up until the parent comes first, then drop the join in.
    while (at > 0) {
      const up = (at - 1) >> 1;
      const parent = items[up]!;
      if (!before(join, parent)) break;
      items[at] = parent;
      at = up;
    }
    items[at] = join;
  }

  pop(): Join | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    const n = items.length;
    if (n > 0 && last) {
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= n) break;
        const right = left + 1;
        const child = right < n && before(items[right]!, items[left]!) ? right : left;
        if (!before(items[child]!, last)) break;
        items[at] = items[child]!;
        at = child;
      }
      items[at] = last;
    }
    return top;
  }
}

/**
 * Groups of item indices, each in ascending order, groups ordered by their first
 * index.
 */
export function averageLinkGroups<T>(
  items: readonly T[],
  similarity: (a: T, b: T) => number,
  threshold: number,
): number[][] {
  if (!(threshold > 0))
    throw new Error(`averageLinkGroups: threshold must be above 0, got ${threshold}`);
  const n = items.length;
  const members: number[][] = items.map((_, i) => [i]);
  const version = new Array<number>(n).fill(0);
  // sums[i]: total pairwise similarity between group i and each related group.
  const sums: Map<number, number>[] = items.map(() => new Map());
  const heap = new JoinHeap();
  const offer = (i: number, j: number, sum: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const mean = sum / (members[a]!.length * members[b]!.length);
    if (mean >= threshold) {
      heap.push({ mean, i: a, j: b, versionI: version[a]!, versionJ: version[b]! });
    }
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = similarity(items[i]!, items[j]!);
      if (!(s > 0)) continue;
      sums[i]!.set(j, s);
      sums[j]!.set(i, s);
      offer(i, j, s);
    }
  }
  const alive = new Array<boolean>(n).fill(true);
  while (heap.size > 0) {
    const join = heap.pop()!;
    const { i, j } = join;
    if (!alive[i] || !alive[j] || version[i] !== join.versionI || version[j] !== join.versionJ) {
      continue;
    }
    // Group j joins group i; every group related to either now relates to i.
    const si = sums[i]!;
    const sj = sums[j]!;
    si.delete(j);
    for (const [k, s] of sj) {
      if (k === i) continue;
      si.set(k, (si.get(k) ?? 0) + s);
    }
    for (const k of si.keys()) {
      const sk = sums[k]!;
      sk.delete(j);
      sk.set(i, si.get(k)!);
    }
    sj.clear();
    alive[j] = false;
    members[i] = [...members[i]!, ...members[j]!].sort((a, b) => a - b);
    version[i]!++;
    for (const [k, s] of si) offer(i, k, s);
  }
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) if (alive[i]) groups.push(members[i]!);
  return groups;
}

/** How many groups a newcomer is compared with, at most, in a greedy pass. */
export const GREEDY_CANDIDATES = 64;
/** How many members of a group stand for it in a greedy pass: its first ones and its latest ones. */
export const GREEDY_SAMPLE = 16;

/**
 * The same grouping for sets too large for the full pair matrix: items are
 * taken in order, and each joins the group it resembles most on average (over
 * a sample of the group's members) when that reaches the threshold, else starts
 * a group of its own. Candidates are the groups most recently joined through
 * one of the item's keys: each key remembers its GREEDY_CANDIDATES latest
 * groups, and of their union the GREEDY_CANDIDATES latest joined are compared.
 * Cost grows linearly with the items, however many share a key; the price is
 * that an early join is never revised, and that a group not joined through a
 * key for GREEDY_CANDIDATES joins of other groups is no longer found by it.
 */
export function greedyGroups<T>(
  items: readonly T[],
  similarity: (a: T, b: T) => number,
  threshold: number,
  keysOf: (item: T) => readonly string[],
): number[][] {
  const members: number[][] = [];
  const touched: number[] = [];
  // Per key, its latest groups in the order they were last joined through it (a Map
  // keeps insertion order: a group joined again is moved to the end).
  const byKey = new Map<string, Map<number, true>>();
  items.forEach((item, index) => {
    const keys = keysOf(item);
    const candidates = new Set<number>();
    for (const key of keys) for (const g of byKey.get(key)?.keys() ?? []) candidates.add(g);
    const ranked = [...candidates]
      .sort((a, b) => touched[b]! - touched[a]! || a - b)
      .slice(0, GREEDY_CANDIDATES);
    let best = -1;
    let bestMean = threshold;
    for (const g of ranked) {
      const sample = firstAndLatest(members[g]!, GREEDY_SAMPLE);
      let sum = 0;
      for (const k of sample) sum += similarity(item, items[k]!);
      const mean = sum / sample.length;
      if (mean >= bestMean && (best < 0 || mean > bestMean || g < best)) {
        best = g;
        bestMean = mean;
      }
    }
    if (best < 0) {
      best = members.length;
      members.push([]);
    }
    members[best]!.push(index);
    touched[best] = index;
    for (const key of keys) {
      let latest = byKey.get(key);
      if (!latest) {
        latest = new Map();
        byKey.set(key, latest);
      }
      latest.delete(best);
      latest.set(best, true);
      if (latest.size > GREEDY_CANDIDATES) latest.delete(latest.keys().next().value!);
    }
  });
  return members;
}

/** A large group's first `n` and latest `n` members, or the whole of a small one. */
export function firstAndLatest<T>(group: readonly T[], n: number): readonly T[] {
  if (group.length <= 2 * n) return group;
  return [...group.slice(0, n), ...group.slice(-n)];
}
