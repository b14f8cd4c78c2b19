/**
 * MinHash signatures and LSH banding: finds pairs of texts whose shingle sets
 * are similar without comparing every pair. Each text gets a signature of
 * NUM_HASHES minima under seeded 32-bit hash permutations; the chance two
 * signatures agree at one position equals the sets' Jaccard similarity. Banding
 * groups signature rows so that only texts sharing a whole band become
 * candidates, which keeps the work near-linear in the number of texts.
 */

export const NUM_HASHES = 128;
/**
 * 42 bands of 3 rows (126 of the 128 hashes). The S-curve's threshold,
 * (1/42)^(1/3) ≈ 0.29, sits below the confirmation threshold so that pairs at
 * Jaccard 0.35–0.5 (reprints with a cut paragraph and edits) are still
 * candidates (≈ 0.8–0.99 chance), while unrelated stories on the same event
 * (Jaccard ≈ 0.05–0.1) rarely are (≤ 4%).
 */
export const BANDS = 42;
export const ROWS_PER_BAND = 3;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of a string, as an unsigned 32-bit number. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: spreads every input bit over the whole word. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, derived deterministically, so signatures are identical across runs. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) seeds[i] = fmix32((i + 1) * 0x9e3779b9);
  return seeds;
})();

/**
 * The MinHash signature of a set of shingles. Permutation i hashes a shingle
 * as fmix32(fnv1a(shingle) XOR seed_i). An empty set gets a signature of all
 * 0xffffffff, which matches nothing but another empty set.
 */
export function minhashSignature(shingles: readonly string[]): Uint32Array {
  const signature = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = fnv1a32(shingle);
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = fmix32(base ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Share of positions where two signatures agree: an estimate of the sets' Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) {
    throw new Error(`estimatedJaccard: signatures differ in length (${a.length} vs ${b.length})`);
  }
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Buckets of signature indices that agree on a whole band: every pair inside a
 * bucket is a candidate near-duplicate. Only buckets of two or more are given,
 * band by band, each in ascending index order.
 */
export function* lshBuckets(
  signatures: readonly Uint32Array[],
  bands: number = BANDS,
  rows: number = ROWS_PER_BAND,
): Generator<number[]> {
  if (bands * rows > NUM_HASHES) {
    throw new Error(`lshBuckets: ${bands} bands × ${rows} rows exceed ${NUM_HASHES} hashes`);
  }
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    const from = band * rows;
    signatures.forEach((signature, index) => {
      const key = Array.from(signature.subarray(from, from + rows)).join(",");
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) if (bucket.length > 1) yield bucket;
  }
}

/** Every candidate pair (i < j) once, in ascending order: for tests and small inputs. */
export function lshCandidatePairs(
  signatures: readonly Uint32Array[],
  bands: number = BANDS,
  rows: number = ROWS_PER_BAND,
): Array<[number, number]> {
  const pairs = new Set<string>();
  for (const bucket of lshBuckets(signatures, bands, rows)) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) pairs.add(`${bucket[x]} ${bucket[y]}`);
    }
  }
  return [...pairs]
    .map((key) => key.split(" ").map(Number) as [number, number])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
