/**
 * What the pipeline found, written in the gold format itself (FORMAT.md,
 * "Predictions"), so any outside scorer can read it. This shape is the
 * project's published evaluation interface: keep its names and nesting stable.
 *
 *   { "articles": { "<id>": { "quotes", "quantities", "dates", "stances" } },
 *     "facts": [ { "id", "claim", "status", "variants": [ { "value", "articles", "asserted_by" } ],
 *                  "evidence": [ { "article", "text" } ] } ],
 *     "syndication": [ { "article", "original" } ],
 *     "tracking": { "stances": [ { "actor", "issue", "position", "as_of" } ],
 *                   "shifts": [ { "actor", "issue", "from", "to", "on" } ] } }
 */
import type { ClusterWithClaims, ExtractedReport, Tracking } from "../model/index.js";
import type { GoldAnnotations, GoldSet } from "./gold.js";
import type { SystemRun } from "./run-pipeline.js";

export interface PredictedVariant {
  value: string;
  articles: string[];
  asserted_by: string | null;
}

export interface PredictedFact {
  id: string;
  claim: string;
  status: "corroborated" | "single_source" | "conflicting" | "disputed";
  variants: PredictedVariant[];
  evidence: Array<{ article: string; text: string }>;
}

export interface PredictedTracking {
  /** The stance matrix: one entry per cell, its current position. */
  stances: Array<{ actor: string; issue: string; position: string; as_of: string }>;
  /** The shifts the system reports over the whole set. */
  shifts: Array<{ actor: string; issue: string; from: string; to: string; on: string }>;
}

export interface Predictions {
  articles: Record<string, GoldAnnotations>;
  facts: PredictedFact[];
  syndication: Array<{ article: string; original: string }>;
  /** Absent in predictions written before tracking was scored; then tracking scores 0. */
  tracking?: PredictedTracking | undefined;
}

/** The matrix's current cells and the shifts, as the brief and `ttm stances` show them. */
export function trackingOf(tracking: Tracking): PredictedTracking {
  return {
    stances: tracking.matrix.cells.map((c) => ({
      actor: c.actorId,
      issue: c.issue,
      position: c.current,
      as_of: c.history[c.history.length - 1]!.asOf.slice(0, 10),
    })),
    shifts: tracking.shifts.map((s) => ({
      actor: s.actorId,
      issue: s.issue,
      from: s.before.position,
      to: s.after.position,
      on: s.after.asOf.slice(0, 10),
    })),
  };
}

const emptyAnnotations = (): GoldAnnotations => ({
  quotes: [],
  quantities: [],
  dates: [],
  stances: [],
});

/** One report's layers as gold annotations; quotes with no speaker are left out. */
export function annotationsOf(x: ExtractedReport): GoldAnnotations {
  return {
    quotes: x.quotes.flatMap((q) =>
      q.speakerId === null ? [] : [{ speaker: q.speakerId, kind: q.kind, text: q.content }],
    ),
    quantities: x.quantities.map((q) => ({
      text: q.text,
      value: Array.isArray(q.value) ? [q.value[0], q.value[1]] : q.value,
      unit: q.unit,
      approx: q.approx,
    })),
    // A day carries no granularity in the gold format; coarser values do.
    dates: x.times.map((t) =>
      t.granularity === "day"
        ? { text: t.text, value: t.value }
        : { text: t.text, value: t.value, granularity: t.granularity },
    ),
    stances: x.stances.map((s) => ({
      actor: s.actorId,
      issue: s.issue,
      position: s.position,
      evidence: s.evidence,
    })),
  };
}

/** One cluster as a fact; report ids become the set's article ids. */
export function factOf(cluster: ClusterWithClaims, articleIdOf: ReadonlyMap<string, string>) {
  const article = (reportId: string) => articleIdOf.get(reportId) ?? reportId;
  const evidence: PredictedFact["evidence"] = [];
  const seen = new Set<string>();
  for (const claim of cluster.claims) {
    const item = { article: article(claim.reportId), text: claim.evidence.text };
    const key = `${item.article}\u0000${item.text}`;
    if (!seen.has(key)) {
      seen.add(key);
      evidence.push(item);
    }
  }
  const fact: PredictedFact = {
    id: cluster.id,
    claim: cluster.label,
    status: cluster.verdict.status,
    variants: cluster.verdict.variants.map((v) => ({
      value: v.value,
      articles: v.reportIds.map(article),
      asserted_by: v.holderIds[0] ?? null,
    })),
    evidence,
  };
  return fact;
}

export function predictionsOf(set: GoldSet, run: SystemRun): Predictions {
  const articles: Record<string, GoldAnnotations> = {};
  for (const a of set.articles) {
    const x = run.extractions.get(a.id);
    articles[a.id] = x ? annotationsOf(x) : emptyAnnotations();
  }
  const article = (reportId: string) => run.articleIdOf.get(reportId) ?? reportId;
  return {
    articles,
    facts: run.clusters.map((c) => factOf(c, run.articleIdOf)),
    syndication: run.reprints.map((r) => ({
      article: article(r.reportId),
      original: article(r.originalId),
    })),
    tracking: trackingOf(run.tracking),
  };
}
