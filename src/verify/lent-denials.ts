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
      // Most of the figure's sentences tell of the denied thing, and more than one:
      // a figure said once beside a denied statement may measure something else.
      if (shared < 2 || shared * 2 < sentences.length) continue;
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
