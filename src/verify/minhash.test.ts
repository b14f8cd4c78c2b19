import { describe, expect, it } from "vitest";
import {
  estimatedJaccard,
  fnv1a32,
  lshCandidatePairs,
  minhashSignature,
  NUM_HASHES,
} from "./minhash.js";

function exactJaccard(a: string[], b: string[]): number {
  const setB = new Set(b);
  const shared = a.filter((x) => setB.has(x)).length;
  return shared / (a.length + b.length - shared);
}

const items = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);

describe("fnv1a32", () => {
  it("matches the published FNV-1a test vectors", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });
});

describe("minhashSignature", () => {
  it("is deterministic and has one minimum per hash", () => {
    const sig = minhashSignature(["a b c", "b c d"]);
    expect(sig).toHaveLength(NUM_HASHES);
    expect(Array.from(minhashSignature(["b c d", "a b c"]))).toEqual(Array.from(sig));
  });

  it("estimates Jaccard similarity within sampling error", () => {
    const a = items("w", 0, 300);
    const b = items("w", 100, 400); // 200 shared of 400: J = 0.5
    const estimate = estimatedJaccard(minhashSignature(a), minhashSignature(b));
    expect(exactJaccard(a, b)).toBe(0.5);
    expect(Math.abs(estimate - 0.5)).toBeLessThan(0.15);
  });

  it("gives identical sets a similarity of 1 and disjoint sets near 0", () => {
    const a = items("x", 0, 200);
    expect(estimatedJaccard(minhashSignature(a), minhashSignature([...a]))).toBe(1);
    const far = estimatedJaccard(minhashSignature(a), minhashSignature(items("y", 0, 200)));
    expect(far).toBeLessThan(0.05);
  });
});

describe("lshCandidatePairs", () => {
  it("pairs similar sets and leaves unrelated ones out", () => {
    const base = items("s", 0, 200);
    const edited = [...items("s", 0, 150), ...items("e", 0, 20)]; // J ≈ 0.68
    const other = items("o", 0, 200);
    const signatures = [base, other, edited].map(minhashSignature);
    expect(lshCandidatePairs(signatures)).toEqual([[0, 2]]);
  });

  it("refuses a banding that needs more hashes than a signature has", () => {
    expect(() => lshCandidatePairs([], 64, 3)).toThrow(/exceed/);
  });
});
