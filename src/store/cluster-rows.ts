/**
 * How both stores keep a cluster: one row with its verdict, label and lent
 * denials, and one membership row per claim (claim → cluster, with the claim's
 * report and sentence). The claims themselves stay in the claims table, where
 * extraction wrote them, and are joined back when a cluster is read: a cluster
 * of ten thousand claims costs ten thousand small rows, not one JSON value of
 * megabytes that every change rewrites whole.
 */
import type { Claim, ClusterTally, ClusterWithClaims } from "../model/index.js";

/** A membership row. */
export interface MemberRow {
  claimId: string;
  reportId: string;
  sentence: number;
}

/**
 * What the cluster row's JSON holds: the cluster without its claims or their
 * ids, and without its tally, which has a column of its own so that nothing
 * listing clusters for output reads or shows it.
 */
export type ClusterRecord = Omit<
  ClusterWithClaims,
  "claims" | "claimIds" | "memberCount" | "tally"
>;

export function clusterRecord(c: ClusterWithClaims): ClusterRecord {
  const { claims: _claims, claimIds: _ids, memberCount: _count, tally: _tally, ...record } = c;
  return record;
}

/** The tally column's value: the tally as JSON, kept opaque, or null for a cluster without one. */
export function tallyColumn(c: ClusterWithClaims): string | null {
  return c.tally === undefined ? null : JSON.stringify(c.tally);
}

/**
 * A cluster read with its tally instead of its members: no claims and no ids,
 * and memberCount says how many it holds (see ClusterWithClaims.tally). Null
 * for a tally that cannot be read (a damaged value): the cluster is then read
 * whole, and verification tallies it anew when it writes it.
 */
export function talliedCluster(record: ClusterRecord, tally: string): ClusterWithClaims | null {
  let parsed: ClusterTally;
  try {
    parsed = JSON.parse(tally) as ClusterTally;
  } catch {
    return null;
  }
  if (typeof parsed?.claims !== "number" || !Array.isArray(parsed.values)) return null;
  return { ...record, claimIds: [], claims: [], memberCount: parsed.claims, tally: parsed };
}

export function memberRows(c: ClusterWithClaims): MemberRow[] {
  return c.claims.map((x) => ({ claimId: x.id, reportId: x.reportId, sentence: x.sentence }));
}

/**
 * The cluster again from its row and its members' claims. Member ids come from
 * the membership rows; a member whose claim is gone (its report extracted anew
 * and not yet verified) keeps its id and loses its claim. Affirming claims come
 * first, then denials, each by id.
 */
export function joinCluster(
  record: ClusterRecord,
  memberIds: readonly string[],
  claims: ReadonlyMap<string, Claim>,
  memberCount?: number,
): ClusterWithClaims {
  const ids = [...memberIds].sort();
  const found = ids.flatMap((id) => {
    const claim = claims.get(id);
    return claim ? [claim] : [];
  });
  return {
    ...record,
    // Only a read that left members out says how many there are.
    ...(memberCount !== undefined && memberCount > ids.length ? { memberCount } : {}),
    claimIds: ids,
    claims: [
      ...found.filter((c) => c.polarity !== "deny"),
      ...found.filter((c) => c.polarity === "deny"),
    ],
  };
}

/**
 * Parses a cluster row's JSON; claims left in a row by an older program are
 * dropped, and so is a stray tally, which output must never show.
 */
export function parseRecord(json: string): ClusterRecord {
  const parsed = JSON.parse(json) as ClusterRecord & { claims?: unknown; claimIds?: unknown };
  delete parsed.claims;
  delete parsed.claimIds;
  delete (parsed as { memberCount?: unknown }).memberCount;
  delete (parsed as { tally?: unknown }).tally;
  return parsed;
}
