/**
 * The "share agreed" figures over time, one series per holder: 90% per Kyiv
 * on one day, 95% per Washington on another. Read from the claims whose slot
 * says they give the share of the framework agreed, so the figures are the
 * ones verification clustered (and set side by side as a conflict).
 */
import type {
  Claim,
  ClusterWithClaims,
  ShareAgreedPoint,
  ShareAgreedSeries,
} from "../model/index.js";

export const SHARE_AGREED_SLOT = "framework:share_agreed:percent";

function percentOf(claim: Claim): number | null {
  const q = claim.quantity;
  if (q?.unit !== "percent") return null;
  const value = Array.isArray(q.value) ? (q.value[0] + q.value[1]) / 2 : q.value;
  return value >= 0 && value <= 100 ? value : null;
}

/**
 * The series, holders in order of their first figure. Claims come from the
 * clusters (which know their cluster id) and from any claim list given, once
 * each; reprints are left out.
 */
export function shareAgreedSeries(
  clusters: ClusterWithClaims[],
  published: ReadonlyMap<string, string>,
  extraClaims: Claim[] = [],
  isReprint: (reportId: string) => boolean = () => false,
  slot = SHARE_AGREED_SLOT,
): ShareAgreedSeries[] {
  const seen = new Set<string>();
  const points: ShareAgreedPoint[] = [];
  const add = (claim: Claim, clusterId: string | null) => {
    const value = percentOf(claim);
    const asOf = published.get(claim.reportId);
    if (claim.slot !== slot || value === null || !asOf || claim.polarity === "deny") return;
    // A reprint repeats its original's figure: it is no new statement of it.
    if (isReprint(claim.reportId)) return;
    // One figure per holder per report: a report repeating its own figure is one statement.
    const key = `${claim.reportId}\u0000${claim.holderId}\u0000${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    points.push({
      holderId: claim.holderId,
      value,
      text: claim.quantity?.text ?? `${value}%`,
      asOf,
      reportId: claim.reportId,
      claimId: claim.id,
      clusterId,
    });
  };
  for (const cluster of clusters) for (const claim of cluster.claims) add(claim, cluster.id);
  for (const claim of extraClaims) add(claim, null);
  points.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.reportId.localeCompare(b.reportId));
  const byHolder = new Map<string | null, ShareAgreedPoint[]>();
  for (const p of points) {
    const list = byHolder.get(p.holderId);
    if (list) list.push(p);
    else byHolder.set(p.holderId, [p]);
  }
  return [...byHolder].map(([holderId, list]) => ({ holderId, points: list }));
}
