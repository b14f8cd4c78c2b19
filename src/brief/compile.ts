/**
 * Compiles the brief from records: themed sections following the dossier's
 * issues, each statement with its verdict and citations, the stance table, the
 * outlets, and the method. Renderers (Markdown, HTML, JSON) take its output.
 */

import type {
  Actor,
  ClusterWithClaims,
  Dossier,
  Position,
  Report,
  Reprint,
  Source,
  StanceMatrix,
  Tracking,
  VerdictStatus,
} from "../model/index.js";
import { VERDICT_WEIGHT } from "../model/index.js";
import type { Brief, BriefSection, StanceRow, Statement } from "./brief.js";
import { buildCitations, type CitationIndex } from "./citations.js";
import { keyJudgments } from "./key-judgments.js";
import {
  dueRows,
  frameworkRows,
  type RowContext,
  shiftRows,
  timelineRows,
} from "./tracking-rows.js";

/** An issue's clusters for the brief: the weightiest first, and how many it has of each verdict. */
export interface IssueClusters {
  issue: string;
  /** In weight order: all of the issue's clusters, or at least enough for the limit. */
  clusters: ClusterWithClaims[];
  /** Every cluster of the issue by verdict, listed or not. */
  counts: Record<VerdictStatus, number>;
}

export interface BriefInput {
  dossier: Dossier;
  /** The reports in scope (already filtered by date by the caller). */
  reports: Report[];
  sources: Source[];
  actors: Actor[];
  issues: IssueClusters[];
  /**
   * Statements listed per issue; the rest are counted as omitted. Without it
   * every statement is listed. A bounded brief lists only the reports it cites.
   */
  statementsPerIssue?: number | undefined;
  reprints: Reprint[];
  stances: StanceMatrix;
  /** Shifts, framework, ledger and timeline; the brief leaves those sections out without it. */
  tracking?: Tracking | undefined;
  /** Independent origins among the reports in scope (reprints and same-owner copies once). */
  independentSources: number;
  compiledAt: Date;
  filters?: { since?: string | null; until?: string | null; issue?: string | null };
}

const STATUS_ORDER = VERDICT_WEIGHT;

export function noCounts(): Record<VerdictStatus, number> {
  return { corroborated: 0, single_source: 0, conflicting: 0, disputed: 0 };
}

/** Clusters in memory as the brief takes them: by issue, in weight order, with counts. */
export function issueClusters(clusters: readonly ClusterWithClaims[]): IssueClusters[] {
  const byIssue = new Map<string, IssueClusters>();
  for (const c of clusters) {
    let entry = byIssue.get(c.issue);
    if (!entry) {
      entry = { issue: c.issue, clusters: [], counts: noCounts() };
      byIssue.set(c.issue, entry);
    }
    entry.clusters.push(c);
    entry.counts[c.verdict.status]++;
  }
  for (const entry of byIssue.values()) entry.clusters.sort(clustersByWeight);
  return [...byIssue.values()];
}

/** The store's weight order (see ClusterFilter.order), on clusters in memory. */
export function clustersByWeight(a: ClusterWithClaims, b: ClusterWithClaims): number {
  return (
    STATUS_ORDER.indexOf(a.verdict.status) - STATUS_ORDER.indexOf(b.verdict.status) ||
    b.verdict.independentSources - a.verdict.independentSources ||
    b.verdict.reports - a.verdict.reports ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * How many different statements these clusters make in a brief (repeated
 * words are listed once, see Seen): whether a bounded brief has read
 * enough of an issue's clusters.
 */
export function distinctStatements(
  clusters: readonly ClusterWithClaims[],
  reprints: readonly Reprint[],
): number {
  const reprinted = new Set(reprints.map((p) => p.reportId));
  const seen = new Seen();
  let n = 0;
  for (const c of clusters) {
    if (
      !seen.repeats(
        representativeText(c, reprinted),
        c.verdict.variants.map((v) => v.value),
      )
    )
      n++;
  }
  return n;
}

export const METHOD_NOTE =
  "Reports were split into sentences and searched for the dossier's actors (names, " +
  "aliases, titles and pronouns), direct and indirect quotes with their speakers, figures " +
  "with units and hedges, and dates resolved against each report's publication date. " +
  "Statements about the same thing were grouped across reports. Copies of one text (wire " +
  "reprints, near-duplicates) and outlets of one owner count as one independent source. A " +
  "statement is corroborated when at least two independent sources report it the same way, " +
  "single-source when only one does, conflicting when independent sources give different " +
  "values (every variant is listed), and disputed when a party to it denies it.";

function representativeText(cluster: ClusterWithClaims, reprinted: Set<string>): string {
  const claims = [...cluster.claims].sort(
    (a, b) =>
      Number(reprinted.has(a.reportId)) - Number(reprinted.has(b.reportId)) ||
      a.reportId.localeCompare(b.reportId) ||
      a.sentence - b.sentence,
  );
  const text = claims[0]?.evidence.text ?? cluster.label;
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Reports cited per variant of a cluster read without all its claims (a store
 * too large to read them, see ClusterFilter.claimsPerCluster): its verdict
 * counts every report, the brief cites these and the claims it read.
 */
export const CITED_PER_VARIANT = 3;

function statementOf(
  cluster: ClusterWithClaims,
  cites: CitationIndex,
  actorName: (id: string) => string,
  reprinted: Set<string>,
): Statement {
  const v = cluster.verdict;
  const partial = cluster.claims.length < (cluster.memberCount ?? cluster.claimIds.length);
  const cited = (reportIds: readonly string[]) =>
    partial ? reportIds.slice(0, CITED_PER_VARIANT) : reportIds;
  const holders = [
    ...new Set([
      ...cluster.claims.flatMap((c) => (c.holderId ? [actorName(c.holderId)] : [])),
      ...(partial ? v.variants.flatMap((x) => x.holderIds.map(actorName)) : []),
    ]),
  ];
  return {
    clusterId: cluster.id,
    issue: cluster.issue,
    status: v.status,
    text: representativeText(cluster, reprinted),
    holders,
    independentSources: v.independentSources,
    reports: v.reports,
    variants: v.variants.map((variant) => ({
      value: variant.value,
      holders: variant.holderIds.map(actorName),
      citations: cites.numbersOf(cited(variant.reportIds)),
      origins: variant.origins,
      ...(variant.fits ? { fits: true } : {}),
    })),
    citations: cites.numbersOf([
      ...cluster.claims.map((c) => c.reportId),
      ...(partial ? v.variants.flatMap((x) => cited(x.reportIds)) : []),
    ]),
    reasons: v.reasons.filter((r) => !COUNT_REASON.test(r)),
  };
}

/**
 * One sentence can carry a figure and a statement, which cluster apart; a brief
 * shows it once, under the weightier verdict (statements come by weight).
 */
class Seen {
  private readonly texts = new Set<string>();
  private readonly keys = new Set<string>();

  /** Whether a statement of these words (and variants) was shown already; notes it. */
  repeats(words: string, variants: string[]): boolean {
    const text = words.toLowerCase();
    // Statements that list variants differ by them even when told in one sentence.
    const key = `${text}\u0000${variants.join("|")}`;
    const repeat = variants.length > 1 ? this.keys.has(key) : this.texts.has(text);
    this.texts.add(text);
    this.keys.add(key);
    return repeat;
  }
}

/** The count is shown with every statement; the other reasons say why. */
const COUNT_REASON = /^\d+ independent sources? \/ \d+ reports?$/;

function stanceRows(input: BriefInput, cites: CitationIndex, actorName: (id: string) => string) {
  const issueLabel = new Map(input.dossier.issues.map((i) => [i.id, i.label]));
  return input.stances.cells
    .filter((cell) => !input.filters?.issue || cell.issue === input.filters.issue)
    .map((cell): StanceRow => {
      // The stance shown is the latest of the current position (a contesting one comes later).
      const current = cell.history.filter(
        (s) => s.position === cell.current && cell.reportIds.includes(s.reportId),
      );
      const last = current[current.length - 1] ?? cell.history[cell.history.length - 1]!;
      const contesting = new Set(cell.contested?.reportIds ?? []);
      // Runs of one earlier position, each cited once (a long run prints its first citations).
      const runs: { position: Position; asOf: string; reportIds: string[] }[] = [];
      for (const s of cell.history) {
        if (s.position === cell.current) continue;
        if (contesting.has(s.reportId) && s.position === cell.contested?.position) continue;
        const prev = runs[runs.length - 1];
        if (prev && prev.position === s.position) prev.reportIds.push(s.reportId);
        else runs.push({ position: s.position, asOf: s.asOf, reportIds: [s.reportId] });
      }
      const earlier: StanceRow["earlier"] = runs.map((r) => ({
        position: r.position,
        asOf: r.asOf,
        citations: cites.numbersOf(r.reportIds),
      }));
      return {
        actorId: cell.actorId,
        actor: actorName(cell.actorId),
        issue: cell.issue,
        issueLabel: issueLabel.get(cell.issue) ?? cell.issue,
        position: cell.current,
        asOf: last.asOf,
        evidence: last.evidence.replace(/\s+/g, " ").trim(),
        citations: cites.numbersOf(cell.reportIds),
        earlier,
        ...(cell.verdict ? { verdict: { ...cell.verdict } } : {}),
        ...(cell.contested
          ? {
              contested: {
                position: cell.contested.position,
                asOf: cell.contested.asOf,
                evidence: cell.contested.evidence.replace(/\s+/g, " ").trim(),
                citations: cites.numbersOf(cell.contested.reportIds),
              },
            }
          : {}),
      };
    });
}

function listInWords(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function compileBrief(input: BriefInput): Brief {
  const { dossier, reports, sources, reprints } = input;
  const issueFilter = input.filters?.issue ?? null;
  const names = new Map(input.actors.map((a) => [a.id, a.name]));
  const actorName = (id: string) => names.get(id) ?? id;
  const cites = buildCitations(reports, sources, reprints);
  const reprinted = new Set(reprints.map((p) => p.reportId));

  const sections: BriefSection[] = [];
  const issues = [...dossier.issues.map((i) => ({ id: i.id, label: i.label }))];
  const byIssue = new Map(input.issues.map((x) => [x.issue, x]));
  for (const id of byIssue.keys())
    if (!issues.some((i) => i.id === id)) issues.push({ id, label: id });
  const claims = noCounts();
  let repeats = 0;
  const limit = input.statementsPerIssue ?? Number.POSITIVE_INFINITY;
  for (const issue of issues) {
    const given = byIssue.get(issue.id);
    if ((issueFilter && issue.id !== issueFilter) || !given) continue;
    const seen = new Seen();
    const statements: Statement[] = [];
    // Clusters read, by verdict: what is not read is counted as omitted.
    const read = noCounts();
    for (const c of given.clusters) {
      if (statements.length >= limit) break;
      read[c.verdict.status]++;
      const s = statementOf(c, cites, actorName, reprinted);
      if (
        !seen.repeats(
          s.text,
          s.variants.map((v) => v.value),
        )
      )
        statements.push(s);
      else repeats++;
    }
    let omitted = 0;
    for (const status of STATUS_ORDER) {
      const left = Math.max(0, given.counts[status] - read[status]);
      omitted += left;
      // Every cluster counts, listed or not, as `ttm stats` and the dashboard count them.
      claims[status] += left + read[status];
    }
    if (statements.length > 0 || omitted > 0)
      sections.push({ issue: issue.id, label: issue.label, statements, omitted });
  }

  const usedSources = new Set(reports.map((r) => r.sourceId));
  const outlets = sources
    .filter((s) => usedSources.has(s.id))
    .map((s) => s.name)
    .sort((a, b) => a.localeCompare(b));
  const dates = reports.map((r) => r.published).sort();
  const day = input.compiledAt.toISOString().slice(0, 10);
  const closing =
    `Analysis based on reporting from ${listInWords(outlets) || "no outlets"}: ` +
    `${reports.length} reports from ${input.independentSources} independent sources. ` +
    `Compiled and verified by ThinkTanksMonitor on ${day}.`;

  // Rows first: a bounded brief lists the reports they cite.
  const stances = stanceRows(input, cites, actorName);
  const tracked = trackingParts(input, {
    cites,
    actorName,
    issueLabel: (id) => dossier.issues.find((i) => i.id === id)?.label ?? id,
    issue: issueFilter,
  });
  const brief: Brief = {
    title: dossier.title,
    dossierId: dossier.id,
    compiledAt: input.compiledAt.toISOString(),
    filters: {
      since: input.filters?.since ?? null,
      until: input.filters?.until ?? null,
      issue: issueFilter,
    },
    coverage: { from: dates[0] ?? null, until: dates[dates.length - 1] ?? null },
    summary: {
      reports: reports.length,
      sources: usedSources.size,
      independentSources: input.independentSources,
      claims,
      repeats,
    },
    sections,
    stances,
    ...tracked,
    citations: Number.isFinite(limit) ? cites.cited() : cites.citations,
    outlets,
    method: METHOD_NOTE,
    closing,
  };
  return { ...brief, keyJudgments: keyJudgments(brief) };
}

function trackingParts(input: BriefInput, ctx: RowContext): Partial<Brief> {
  const tracking = input.tracking;
  if (!tracking) return {};
  return {
    changes: shiftRows(tracking, ctx),
    framework: frameworkRows(tracking, ctx),
    due: dueRows(tracking, ctx),
    timeline: timelineRows(tracking, ctx),
  };
}
