/**
 * How alike two claims are in words. Terms are weighted by rarity across all
 * claims (a term every claim shares, like "talks", says little), and terms
 * that name an actor weigh more, since claims about the same thing usually
 * name the same people. The score is a weighted Jaccard overlap, 0..1.
 */
import type { Actor, Claim } from "../model/index.js";

/** Extra weight for a term that names an actor: shared actors are strong evidence. */
export const ACTOR_TERM_BOOST = 1.5;

export interface TermWeights {
  weight(term: string): number;
}

/** Lower case, no possessive "'s", no surrounding punctuation. */
export function normalizeTerm(term: string): string {
  return term
    .trim()
    .toLowerCase()
    .replace(/['’]s$/u, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

function termSet(terms: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const term of terms) {
    const normal = normalizeTerm(term);
    if (normal) set.add(normal);
  }
  return set;
}

/** Words that name an actor: its id and id parts, and the words of its name and aliases. */
function actorWords(actors: readonly Actor[]): Set<string> {
  const words = new Set<string>();
  for (const actor of actors) {
    const names = [actor.id, actor.name, ...actor.aliases];
    for (const name of names) {
      const lower = name.toLowerCase();
      words.add(lower);
      for (const part of lower.split(/[\s-]+/)) if (part.length > 3) words.add(part);
    }
  }
  return words;
}

/** How many claims carry each normalised term, and how many claims were counted. */
export interface TermCounts {
  total: number;
  df: Record<string, number>;
}

const countOf = (df: Record<string, number>, term: string): number =>
  Object.hasOwn(df, term) ? (df[term] ?? 0) : 0;

/** Adds the claims' terms to counts (a fresh object; the given counts are left alone). */
export function countTerms(claims: readonly Claim[], base?: TermCounts): TermCounts {
  // No prototype: a term may well be "constructor".
  const df: Record<string, number> = Object.assign(Object.create(null), base?.df ?? {});
  for (const claim of claims) {
    for (const term of termSet(claim.terms)) df[term] = countOf(df, term) + 1;
  }
  return { total: (base?.total ?? 0) + claims.length, df };
}

/** Counts with nothing counted yet, to fill page by page with addTermCounts. */
export function emptyTermCounts(): TermCounts {
  return { total: 0, df: Object.create(null) as Record<string, number> };
}

/** Adds the claims' term sets to counts in place: a run that reads claims a page at a time. */
export function addTermCounts(counts: TermCounts, claims: readonly Claim[]): void {
  for (const claim of claims) {
    for (const term of termSet(claim.terms)) counts.df[term] = countOf(counts.df, term) + 1;
  }
  counts.total += claims.length;
}

/** Inverse document frequency from term counts, with the actor boost. */
export function weightsFromCounts(counts: TermCounts, actors: readonly Actor[]): TermWeights {
  const total = Math.max(counts.total, 1);
  const named = actorWords(actors);
  return {
    weight(term: string): number {
      const normal = normalizeTerm(term);
      const df = countOf(counts.df, normal);
      const idf = Math.log(1 + total / (df + 1));
      return named.has(normal) ? idf * ACTOR_TERM_BOOST : idf;
    },
  };
}

/** Inverse document frequency over the claims' term sets, with the actor boost. */
export function buildTermWeights(claims: readonly Claim[], actors: readonly Actor[]): TermWeights {
  return weightsFromCounts(countTerms(claims), actors);
}

/**
 * A claim's terms made ready for comparison: normalised once, each with its
 * weight, and the total weight. Comparing profiles gives the same figures as
 * comparing the raw term lists, without normalising and weighing every term
 * again for every pair.
 */
export interface TermProfile {
  /** Normalised terms in first-seen order, each with its weight. */
  weights: Map<string, number>;
  total: number;
}

export function termProfile(terms: readonly string[], weights: TermWeights): TermProfile {
  const map = new Map<string, number>();
  let total = 0;
  for (const term of termSet(terms)) {
    const w = weights.weight(term);
    map.set(term, w);
    total += w;
  }
  return { weights: map, total };
}

/** Weighted overlap coefficient of two profiles: shared weight over the lighter one's weight. */
export function profileContainment(x: TermProfile, y: TermProfile): number {
  if (x.weights.size === 0 || y.weights.size === 0) return 0;
  let shared = 0;
  for (const [term, w] of x.weights) if (y.weights.has(term)) shared += w;
  const smaller = Math.min(x.total, y.total);
  return smaller === 0 ? 0 : shared / smaller;
}

/** Weighted Jaccard of two profiles: shared weight over combined weight. */
export function profileSimilarity(x: TermProfile, y: TermProfile): number {
  if (x.weights.size === 0 || y.weights.size === 0) return 0;
  let shared = 0;
  let combined = 0;
  for (const [term, w] of x.weights) {
    combined += w;
    if (y.weights.has(term)) shared += w;
  }
  for (const [term, w] of y.weights) if (!x.weights.has(term)) combined += w;
  return combined === 0 ? 0 : shared / combined;
}

/**
 * Weighted overlap coefficient: shared weight over the smaller list's weight.
 * Used for denials, whose terms add the denier and the verb of denial to the
 * words of what they deny, which a Jaccard score would count against them.
 */
export function termContainment(
  a: readonly string[],
  b: readonly string[],
  weights: TermWeights,
): number {
  return profileContainment(termProfile(a, weights), termProfile(b, weights));
}

/** Weighted Jaccard of two term lists: shared weight over combined weight. 0 when either is empty. */
export function termSimilarity(
  a: readonly string[],
  b: readonly string[],
  weights: TermWeights,
): number {
  return profileSimilarity(termProfile(a, weights), termProfile(b, weights));
}
