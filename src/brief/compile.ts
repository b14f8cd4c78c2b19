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
import { HeadlineCandidates, keyJudgments } from "./key-judgments.js";
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
  return new DistinctStatements(new Set(reprints.map((p) => p.reportId))).add(clusters);
}

/** The same count, kept as clusters come a page at a time. */
export class DistinctStatements {
  private readonly seen = new Seen();
  private count = 0;

  /** `reprinted`: the reports that copy another. */
  constructor(private readonly reprinted: ReadonlySet<string>) {}

  /** Counts these clusters' statements in; returns how many distinct ones there are so far. */
  add(clusters: Iterable<ClusterWithClaims>): number {
    for (const c of clusters) {
      const text = representativeText(c, this.reprinted);
      if (
        !this.seen.repeats(
          text,
          c.verdict.variants.map((v) => v.value),
        )
      )
        this.count++;
    }
    return this.count;
  }
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

function representativeText(cluster: ClusterWithClaims, reprinted: ReadonlySet<string>): string {
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

function stanceRows(
  input: Omit<BriefInput, "issues">,
  cites: CitationIndex,
  actorName: (id: string) => string,
) {
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

/** What every part of a brief shares: citations, names, and the issues in order. */
interface Frame {
  cites: CitationIndex;
  actorName: (id: string) => string;
  reprinted: Set<string>;
  issueFilter: string | null;
  /** The dossier's issues in order, then any other issue the clusters have. */
  issues: { id: string; label: string }[];
}

function frameOf(input: Omit<BriefInput, "issues">, issueIds: Iterable<string>): Frame {
  const names = new Map(input.actors.map((a) => [a.id, a.name]));
  const issues = [...input.dossier.issues.map((i) => ({ id: i.id, label: i.label }))];
  for (const id of issueIds) if (!issues.some((i) => i.id === id)) issues.push({ id, label: id });
  return {
    cites: buildCitations(input.reports, input.sources, input.reprints),
    actorName: (id: string) => names.get(id) ?? id,
    reprinted: new Set(input.reprints.map((p) => p.reportId)),
    issueFilter: input.filters?.issue ?? null,
    issues,
  };
}

/** One issue's statements as its clusters come, weightiest first: repeats are counted, not listed. */
class IssueStatements {
  private readonly seen = new Seen();
  /** Clusters read, by verdict: what is not read is counted as omitted. */
  readonly read = noCounts();
  repeats = 0;

  constructor(private readonly frame: Frame) {}

  /** The cluster's statement, or null when it repeats one already listed. */
  take(c: ClusterWithClaims): Statement | null {
    this.read[c.verdict.status]++;
    const { cites, actorName, reprinted } = this.frame;
    const s = statementOf(c, cites, actorName, reprinted);
    const repeat = this.seen.repeats(
      s.text,
      s.variants.map((v) => v.value),
    );
    if (!repeat) return s;
    this.repeats++;
    return null;
  }

  /** Clusters of the issue not read, and every cluster added to `claims` by verdict. */
  omitted(counts: Record<VerdictStatus, number>, claims: Record<VerdictStatus, number>): number {
    let omitted = 0;
    for (const status of STATUS_ORDER) {
      const left = Math.max(0, counts[status] - this.read[status]);
      omitted += left;
      // Every cluster counts, listed or not, as `ttm stats` and the dashboard count them.
      claims[status] += left + this.read[status];
    }
    return omitted;
  }
}

/** The brief's parts that follow its sections: what they cite is listed in a bounded brief. */
function closingParts(input: Omit<BriefInput, "issues">, frame: Frame) {
  const { dossier, reports, sources } = input;
  const usedSources = new Set(reports.map((r) => r.sourceId));
  const outlets = sources
    .filter((s) => usedSources.has(s.id))
    .map((s) => s.name)
    .sort((a, b) => a.localeCompare(b));
  const day = input.compiledAt.toISOString().slice(0, 10);
  const closing =
    `Analysis based on reporting from ${listInWords(outlets) || "no outlets"}: ` +
    `${reports.length} reports from ${input.independentSources} independent sources. ` +
    `Compiled and verified by ThinkTanksMonitor on ${day}.`;
  const stances = stanceRows(input, frame.cites, frame.actorName);
  const tracked = trackingParts(input, {
    cites: frame.cites,
    actorName: frame.actorName,
    issueLabel: (id) => dossier.issues.find((i) => i.id === id)?.label ?? id,
    issue: frame.issueFilter,
  });
  return { usedSources, outlets, closing, stances, tracked };
}

function headOf(input: Omit<BriefInput, "issues">, frame: Frame) {
  const dates = input.reports.map((r) => r.published).sort();
  return {
    title: input.dossier.title,
    dossierId: input.dossier.id,
    compiledAt: input.compiledAt.toISOString(),
    filters: {
      since: input.filters?.since ?? null,
      until: input.filters?.until ?? null,
      issue: frame.issueFilter,
    },
    coverage: { from: dates[0] ?? null, until: dates[dates.length - 1] ?? null },
  };
}

export function compileBrief(input: BriefInput): Brief {
  const byIssue = new Map(input.issues.map((x) => [x.issue, x]));
  const frame = frameOf(input, byIssue.keys());
  const sections: BriefSection[] = [];
  const claims = noCounts();
  let repeats = 0;
  const limit = input.statementsPerIssue ?? Number.POSITIVE_INFINITY;
  for (const issue of frame.issues) {
    const given = byIssue.get(issue.id);
    if ((frame.issueFilter && issue.id !== frame.issueFilter) || !given) continue;
    const taker = new IssueStatements(frame);
    const statements: Statement[] = [];
    for (const c of given.clusters) {
      if (statements.length >= limit) break;
      const s = taker.take(c);
      if (s) statements.push(s);
    }
    repeats += taker.repeats;
    const omitted = taker.omitted(given.counts, claims);
    if (statements.length > 0 || omitted > 0)
      sections.push({ issue: issue.id, label: issue.label, statements, omitted });
  }
  // Rows after the sections: a bounded brief lists the reports they cite.
  const rest = closingParts(input, frame);
  const brief: Brief = {
    ...headOf(input, frame),
    summary: {
      reports: input.reports.length,
      sources: rest.usedSources.size,
      independentSources: input.independentSources,
      claims,
      repeats,
    },
    sections,
    stances: rest.stances,
    ...rest.tracked,
    citations: Number.isFinite(limit) ? frame.cites.cited() : frame.cites.citations,
    outlets: rest.outlets,
    method: METHOD_NOTE,
    closing: rest.closing,
  };
  return { ...brief, keyJudgments: keyJudgments(brief) };
}

/** An issue's clusters as a streamed brief reads them: counted, then a page at a time. */
export interface StreamedIssue {
  issue: string;
  counts: Record<VerdictStatus, number>;
  /** The issue's clusters in weight order, a page at a time, each with all its claims. */
  pages: () => AsyncIterable<ClusterWithClaims[]>;
}

export type StreamedBriefInput = Omit<BriefInput, "issues" | "statementsPerIssue"> & {
  issues: StreamedIssue[];
};

/** A value as JSON.stringify(…, null, 2) writes it at this depth of nesting. */
const jsonAt = (value: unknown, depth: number) =>
  JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);

/**
 * The JSON brief, every statement listed, written as its clusters are read: a
 * page of clusters is in memory at a time, not the store's every cluster. It
 * holds what the JSON of compileBrief holds (the same values, parsed), with the
 * summary after the sections it counts; key judgments are made from the
 * statements they can take, kept as they pass.
 */
export async function* jsonBriefChunks(input: StreamedBriefInput): AsyncGenerator<string> {
  const byIssue = new Map(input.issues.map((x) => [x.issue, x]));
  const frame = frameOf(input, byIssue.keys());
  const head = headOf(input, frame);
  yield "{\n";
  for (const [key, value] of Object.entries(head))
    yield `  ${JSON.stringify(key)}: ${jsonAt(value, 1)},\n`;
  yield '  "sections": [';
  const claims = noCounts();
  const figures = new HeadlineCandidates();
  let repeats = 0;
  let sectionsWritten = 0;
  for (const issue of frame.issues) {
    const given = byIssue.get(issue.id);
    if ((frame.issueFilter && issue.id !== frame.issueFilter) || !given) continue;
    const taker = new IssueStatements(frame);
    const open = `${sectionsWritten > 0 ? "," : ""}\n    {\n      "issue": ${JSON.stringify(issue.id)},\n      "label": ${JSON.stringify(issue.label)},\n      "statements": [`;
    let listed = 0;
    for await (const page of given.pages()) {
      for (const c of page) {
        const s = taker.take(c);
        if (!s) continue;
        figures.add(s);
        yield `${listed === 0 ? open : ","}\n        ${jsonAt(s, 4)}`;
        listed++;
      }
    }
    repeats += taker.repeats;
    const omitted = taker.omitted(given.counts, claims);
    if (listed === 0 && omitted === 0) continue;
    yield `${listed === 0 ? `${open}]` : "\n      ]"},\n      "omitted": ${omitted}\n    }`;
    sectionsWritten++;
  }
  yield sectionsWritten > 0 ? "\n  ],\n" : "],\n";
  const rest = closingParts(input, frame);
  const summary = {
    reports: input.reports.length,
    sources: rest.usedSources.size,
    independentSources: input.independentSources,
    claims,
    repeats,
  };
  const tail: Record<string, unknown> = { summary, stances: rest.stances, ...rest.tracked };
  for (const [key, value] of Object.entries(tail))
    if (value !== undefined) yield `  ${JSON.stringify(key)}: ${jsonAt(value, 1)},\n`;
  yield '  "citations": [';
  const all = frame.cites.citations;
  for (const [i, c] of all.entries()) yield `${i > 0 ? "," : ""}\n    ${jsonAt(c, 2)}`;
  yield all.length > 0 ? "\n  ],\n" : "],\n";
  const judged = keyJudgments({
    ...head,
    summary,
    sections: [{ issue: "", label: "", statements: figures.statements(), omitted: 0 }],
    stances: rest.stances,
    ...rest.tracked,
    citations: [],
    outlets: rest.outlets,
    method: METHOD_NOTE,
    closing: rest.closing,
  });
  const end = { outlets: rest.outlets, method: METHOD_NOTE, closing: rest.closing };
  for (const [key, value] of Object.entries(end))
    yield `  ${JSON.stringify(key)}: ${jsonAt(value, 1)},\n`;
  yield `  "keyJudgments": ${jsonAt(judged, 1)}\n}\n`;
}

function trackingParts(input: Omit<BriefInput, "issues">, ctx: RowContext): Partial<Brief> {
  const tracking = input.tracking;
  if (!tracking) return {};
  return {
    changes: shiftRows(tracking, ctx),
    framework: frameworkRows(tracking, ctx),
    due: dueRows(tracking, ctx),
    timeline: timelineRows(tracking, ctx),
  };
}
