/**
 * Independence by ownership. A report's origin is the owner of the source
 * behind its root original: a reprint of a wire story counts as the wire's
 * owner, and two outlets of one owner are one origin even when their texts
 * differ. A source that is not in the list is taken as its own owner.
 */
import type { Report, Reprint, Source } from "../model/index.js";

/** The key owners are compared by: trimmed and case-folded, so "Acme Media" = "acme media ". */
export function ownerKey(owner: string): string {
  return owner.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The owner of a source as a comparable key; an unknown source owns itself. */
export function sourceOwnerKey(sourceId: string, sourcesById: ReadonlyMap<string, Source>): string {
  const source = sourcesById.get(sourceId);
  return source ? ownerKey(source.owner) : `source:${sourceId}`;
}

export interface OriginIndex {
  /** The report a report repeats, followed to the end of any chain; itself when it is no copy. */
  rootOf(reportId: string): string;
  /** The origin key (an owner) a report counts as. */
  originOf(reportId: string): string;
  /** The owner's name as a reader should see it, for an origin key. */
  ownerName(origin: string): string;
}

/**
 * Builds the origin of every report. Reprints may form chains (a copy of a
 * copy); each is followed to its root, and a cycle is refused as bad input.
 */
export function buildOriginIndex(
  reports: readonly Report[],
  sources: readonly Source[],
  reprints: readonly Reprint[],
): OriginIndex {
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  const reportsById = new Map(reports.map((r) => [r.id, r]));
  const originalOf = new Map(reprints.map((p) => [p.reportId, p.originalId]));
  const names = new Map<string, string>();
  for (const source of sources) names.set(ownerKey(source.owner), source.owner.trim());

  const rootOf = (reportId: string): string => {
    let current = reportId;
    const seen = new Set<string>([current]);
    for (let next = originalOf.get(current); next !== undefined; next = originalOf.get(current)) {
      if (seen.has(next)) throw new Error(`origins: reprints form a cycle through report ${next}`);
      seen.add(next);
      current = next;
    }
    return current;
  };

  const originOf = (reportId: string): string => {
    const root = reportsById.get(rootOf(reportId));
    if (!root) throw new Error(`origins: report ${reportId} is not among the reports`);
    return sourceOwnerKey(root.sourceId, sourcesById);
  };

  const ownerName = (origin: string): string => names.get(origin) ?? origin.replace(/^source:/, "");

  return { rootOf, originOf, ownerName };
}

/** The distinct origins behind some reports: how many independent sources they amount to. */
export function independentOrigins(reportIds: Iterable<string>, index: OriginIndex): Set<string> {
  const origins = new Set<string>();
  for (const id of reportIds) origins.add(index.originOf(id));
  return origins;
}
