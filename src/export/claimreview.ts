/**
 * ClaimReview (schema.org) JSON-LD for every cluster with a verdict worth
 * publishing: corroborated, conflicting or disputed. A single-source statement
 * is not reviewed, since one outlet's word has not been checked against another.
 *
 * The rating is about sourcing, not truth: 5 corroborated, 3 conflicting,
 * 2 disputed, on a 1–5 scale, always with the verdict in words and its reasons.
 */
import type { Actor, ClusterWithClaims, Report, VerdictStatus } from "../model/index.js";
import type { ExportRecords } from "./records.js";

const REVIEWED: Partial<Record<VerdictStatus, { value: number; name: string }>> = {
  corroborated: { value: 5, name: "Corroborated" },
  conflicting: { value: 3, name: "Conflicting reports" },
  disputed: { value: 2, name: "Disputed" },
};

export interface ClaimReviewOptions {
  /** Where the desk is published; each review's url is its claim page there. */
  baseUrl: string;
  publisher?: string;
  now?: Date;
}

type JsonLd = Record<string, unknown>;

function authorOf(actor: Actor | undefined, outlet: string): JsonLd {
  if (!actor) return { "@type": "Organization", name: outlet };
  return { "@type": actor.kind === "person" ? "Person" : "Organization", name: actor.name };
}

function appearance(report: Report, sourceName: string): JsonLd {
  return {
    "@type": "NewsArticle",
    headline: report.title,
    datePublished: report.published,
    ...(report.url ? { url: report.url } : {}),
    publisher: { "@type": "Organization", name: sourceName },
  };
}

function reviewOf(
  records: ExportRecords,
  c: ClusterWithClaims,
  options: ClaimReviewOptions,
): JsonLd | null {
  const rating = REVIEWED[c.verdict.status];
  if (!rating) return null;
  const reports = new Map(records.reports.map((r) => [r.id, r]));
  const sources = new Map(records.sources.map((s) => [s.id, s.name]));
  const actors = new Map(records.actors.map((a) => [a.id, a]));
  const copies = new Set(records.reprints.map((p) => p.reportId));
  const claims = [...c.claims].sort(
    (a, b) =>
      Number(copies.has(a.reportId)) - Number(copies.has(b.reportId)) ||
      (reports.get(a.reportId)?.published ?? "").localeCompare(
        reports.get(b.reportId)?.published ?? "",
      ),
  );
  const first = claims[0];
  const firstReport = first ? reports.get(first.reportId) : undefined;
  if (!first || !firstReport) return null;
  const seen = new Set<string>();
  const appearances = claims.flatMap((claim) => {
    const report = reports.get(claim.reportId);
    if (!report || seen.has(report.id)) return [];
    seen.add(report.id);
    return [appearance(report, sources.get(report.sourceId) ?? report.sourceId)];
  });
  const holder = first.holderId ? actors.get(first.holderId) : undefined;
  const base = options.baseUrl.replace(/\/+$/, "");
  return {
    "@type": "ClaimReview",
    url: `${base}/claims/${encodeURIComponent(c.id)}`,
    claimReviewed: first.evidence.text.replace(/\s+/g, " ").trim(),
    datePublished: (options.now ?? new Date()).toISOString().slice(0, 10),
    author: { "@type": "Organization", name: options.publisher ?? "ThinkTanksMonitor" },
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating.value,
      bestRating: 5,
      worstRating: 1,
      alternateName: rating.name,
      ratingExplanation: c.verdict.reasons.join("; "),
    },
    itemReviewed: {
      "@type": "Claim",
      author: authorOf(holder, sources.get(firstReport.sourceId) ?? firstReport.sourceId),
      datePublished: firstReport.published.slice(0, 10),
      firstAppearance: appearances[0],
      appearance: appearances,
    },
  };
}

/** One JSON-LD document holding a ClaimReview per reviewed cluster. */
export function claimReviews(records: ExportRecords, options: ClaimReviewOptions): JsonLd {
  const graph = records.clusters.flatMap((c) => reviewOf(records, c, options) ?? []);
  return { "@context": "https://schema.org", "@graph": graph };
}
