/** Numbers the reports a brief rests on, oldest first, and marks copies. */
import { ownerOrigin, type Report, type Reprint, type Source } from "../model/index.js";
import type { Citation } from "./brief.js";
import { CITATIONS_SHOWN } from "./words.js";

export interface CitationIndex {
  /** Every report in scope, numbered (made when first asked for). */
  readonly citations: Citation[];
  /**
   * The citations printed so far (the first CITATIONS_SHOWN of each list
   * numbersOf handed out), with the originals of cited copies.
   */
  cited(): Citation[];
  numberOf(reportId: string): number | undefined;
  numbersOf(reportIds: Iterable<string>): number[];
}

export function buildCitations(
  reports: Report[],
  sources: Source[],
  reprints: Reprint[],
): CitationIndex {
  const sourceName = new Map(sources.map((s) => [s.id, s.name]));
  const inferred = new Map(
    sources.filter((s) => s.ownerFrom).map((s) => [s.id, ownerOrigin(s)] as const),
  );
  const ordered = [...reports].sort(
    (a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id),
  );
  const numbers = new Map(ordered.map((r, i) => [r.id, i + 1]));
  const originalOf = new Map(reprints.map((p) => [p.reportId, p.originalId]));
  const copyOf = (r: Report) => {
    const original = originalOf.get(r.id);
    return original ? (numbers.get(original) ?? null) : null;
  };
  // Made when asked for: a bounded brief prints a few hundred of a hundred thousand.
  const citationAt = (i: number): Citation => {
    const r = ordered[i]!;
    const citation: Citation = {
      n: i + 1,
      reportId: r.id,
      sourceId: r.sourceId,
      source: sourceName.get(r.sourceId) ?? r.sourceId,
      title: r.title,
      url: r.url,
      published: r.published,
      copyOf: copyOf(r),
    };
    if (r.dateAssumed) citation.dateAssumed = r.dateAssumed;
    if (r.headlineOnly) citation.headlineOnly = true;
    const owner = inferred.get(r.sourceId);
    if (owner) citation.ownerInferred = owner;
    return citation;
  };
  let every: Citation[] | undefined;
  const numberOf = (id: string) => numbers.get(id);
  const used = new Set<number>();
  return {
    get citations() {
      every ??= ordered.map((_, i) => citationAt(i));
      return every;
    },
    cited() {
      const listed = new Set(used);
      for (const n of used) {
        const report = ordered[n - 1];
        const original = report ? copyOf(report) : null;
        if (original) listed.add(original);
      }
      return [...listed].sort((a, b) => a - b).map((n) => citationAt(n - 1));
    },
    numberOf,
    numbersOf(ids) {
      const out = new Set<number>();
      for (const id of ids) {
        const n = numbers.get(id);
        if (n !== undefined) out.add(n);
      }
      const sorted = [...out].sort((a, b) => a - b);
      for (const n of sorted.slice(0, CITATIONS_SHOWN)) used.add(n);
      return sorted;
    },
  };
}
