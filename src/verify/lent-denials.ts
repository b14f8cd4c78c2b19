/**
 * A denial of an event reaches the figures told of it. "Russia says Kyiv sent
 * 91 drones at the residence" gives a statement (the attack) and a figure (91
 * drones) that cluster apart; when the attack is denied ("no such attack took
 * place"), the count of its drones is disputed as well. A figure cluster takes
 * the party denials of the denied statement clusters that most of its claims'
 * sentences also feed; the denials stay members of their own cluster.
 */
import type { Claim } from "../model/index.js";
import type { ClaimCluster } from "./cluster.js";

const sentenceOf = (c: Claim): string => `${c.reportId}#${c.sentence}`;

/**
 * Whether a figure told in `sentences` sentences, `shared` of them also telling
 * of a denied statement, is told of that statement: most of them, and more than
 * one (a figure said once beside a denied statement may measure something else).
 */
function tellsOfDenied(shared: number, sentences: number): boolean {
  return shared >= 2 && shared * 2 >= sentences;
}

/**
 * The denials each figure cluster takes from denied statement clusters, by
 * cluster id. `neighbours` are the clusters that may share sentences with them
 * (every cluster in a full run; those found at their sentences otherwise).
 */
export function lentDenials(
  figures: readonly ClaimCluster[],
  neighbours: readonly ClaimCluster[],
): Map<string, Claim[]> {
  // Per sentence, each denied cluster once, however many of its claims the sentence gives.
  const deniedAt = new Map<string, Set<ClaimCluster>>();
  for (const cluster of neighbours) {
    if (!cluster.denials.some((d) => d.holderId !== null)) continue;
    for (const claim of cluster.claims) {
      if (claim.quantity !== null) continue;
      const key = sentenceOf(claim);
      const at = deniedAt.get(key);
      if (at) at.add(cluster);
      else deniedAt.set(key, new Set([cluster]));
    }
  }
  const out = new Map<string, Claim[]>();
  if (deniedAt.size === 0) return out;
  for (const figure of figures) {
    if (figure.claims.length === 0 || figure.claims.some((c) => c.quantity === null)) continue;
    const sentences = [...new Set(figure.claims.map(sentenceOf))];
    const lenders = new Map<ClaimCluster, number>();
    for (const s of sentences) {
      for (const c of deniedAt.get(s) ?? []) lenders.set(c, (lenders.get(c) ?? 0) + 1);
    }
    const denials = new Map<string, Claim>();
    for (const [lender, shared] of lenders) {
      if (!tellsOfDenied(shared, sentences.length)) continue;
      for (const d of lender.denials) if (d.holderId !== null) denials.set(d.id, d);
    }
    if (denials.size > 0)
      out.set(
        figure.id,
        [...denials.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
  }
  return out;
}

/**
 * The sentences of every figure cluster a full run made, as numbers, so party
 * denials can be lent (verify/lent-denials.ts) without reading figure clusters
 * again: figures are a small share of the claims, and their clusters fewer.
 */
export class FigureSentences {
  private readonly reports = new Map<string, number>();
  private readonly at = new Map<number, string[]>();
  private readonly sentenceCount = new Map<string, number>();

  private key(reportId: string, sentence: number, add: boolean): number | null {
    let n = this.reports.get(reportId);
    if (n === undefined) {
      if (!add) return null;
      n = this.reports.size;
      this.reports.set(reportId, n);
    }
    return n * SENTENCES_PER_REPORT + sentence;
  }

  add(cluster: ClaimCluster): void {
    if (cluster.claims.length === 0) return;
    const keys = new Set(cluster.claims.map((c) => this.key(c.reportId, c.sentence, true)!));
    for (const key of keys) {
      const list = this.at.get(key);
      if (list) list.push(cluster.id);
      else this.at.set(key, [cluster.id]);
    }
    this.sentenceCount.set(cluster.id, keys.size);
  }

  /**
   * Adds to `lent` (figure cluster id to denials by id) what this lender lends:
   * its party denials go to each figure cluster that tells most of its
   * sentences, and more than one, among the lender's (the rule of lentDenials).
   */
  lend(lender: ClaimCluster, lent: Map<string, Map<string, Claim>>): void {
    const party = lender.denials.filter((d) => d.holderId !== null);
    if (party.length === 0) return;
    const shared = new Map<string, number>();
    const seen = new Set<number>();
    for (const claim of lender.claims) {
      if (claim.quantity !== null) continue;
      const key = this.key(claim.reportId, claim.sentence, false);
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      for (const id of this.at.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    for (const [id, n] of shared) {
      if (!tellsOfDenied(n, this.sentenceCount.get(id)!)) continue;
      let denials = lent.get(id);
      if (!denials) {
        denials = new Map();
        lent.set(id, denials);
      }
      for (const d of party) denials.set(d.id, d);
    }
  }
}

/** Sentence keys are report number × this + sentence: a report of two million sentences would share keys. */
const SENTENCES_PER_REPORT = 2 ** 21;
