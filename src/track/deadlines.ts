/**
 * The commitments and deadlines ledger: stated future events and promises
 * (who, what, due window, sources) gathered across reports, each with a
 * status that later reports settle: met when a later report tells it
 * happened, missed when one tells it was called off or put off, unknown when
 * its window has passed with no word of it, else pending.
 *
 * Statements come from extraction's commitments, plus planned events its
 * commitment cues did not catch ("is preparing for Zelenskyy to come to
 * Washington in January"): an event told with a forward word and a time to come.
 */
import type {
  Commitment,
  DueWindow,
  ExtractedReport,
  LedgerEntry,
  LedgerStatement,
  NegotiationEvent,
  PlanStatement,
  TrackingDigest,
} from "../model/index.js";
import { addDays, daysCovered, dueWindow, narrower, windowsOverlap } from "./due-window.js";
import {
  actionOf,
  type PlanAction,
  samePlan,
  tellsAnyDone,
  tellsAnyNotDone,
  tellsDone,
  tellsNotDone,
  tellsOf,
  termsOf,
} from "./ledger-terms.js";

/** A refusal ("will not withdraw") is a position, and "whether it will" a question: no plan to follow up. */
const REFUSAL =
  /\b(?:will not|won['’]t|would not|wouldn['’]t|shall not|never|not going to|whether)\b/i;
/** "declined to say when the delegations would meet": no plan is stated, only that none was given. */
const NO_ANSWER =
  /\b(?:declined|refused|did not|didn['’]t|would not|could not|were unable|was unable)\s+(?:to\s+)?(?:say|specify|give|confirm|disclose)\s+(?:when|where|whether|if|how)\b/i;
/** "has given no sign that it will disarm": what is said is that nothing was promised. */
const NO_SIGN =
  /\b(?:no|little|any) (?:sign|signs|indication|suggestion|hint|commitment)\b|\bnothing to suggest\b/i;
/** A forward word: the sentence tells of something still to come ("plans to"; "a plan" is a thing). */
const FORWARD =
  /\b(?:will|would|shall|expect(?:s|ed)? to|expected|due|scheduled|(?<!\b(?:a|an|the|its|his|her|their|our|your|this|that|whose)\s+(?:[\w-]+\s+){0,2})plans? to|planning|hopes?|hoped|preparing|intends?|coming|next|later|upcoming)\b|['’]ll\b/i;
const FORWARD_TIME = /\b(?:coming|next|later|upcoming|within|in a few|soon)\b/i;
const CALLED_OFF =
  /\b(?:postponed|delayed|called off|cancel(?:l)?ed|did not take place|was not held|were not held|put off|pushed back|scrapped|fell through)\b/i;

interface Candidate extends LedgerStatement {
  actorId: string | null;
  terms: Set<string>;
  action: PlanAction | null;
}

function fromCommitment(x: ExtractedReport, c: Commitment): PlanStatement | null {
  const action = actionOf(c.what);
  // With neither a date nor an act to see done, a clause is a forecast, not a plan to follow.
  if (REFUSAL.test(c.what) || NO_ANSWER.test(c.what) || NO_SIGN.test(c.what)) return null;
  if (!c.due && !action) return null;
  return {
    reportId: x.report.id,
    sourceId: c.id,
    via: "commitment",
    sentence: c.sentence,
    what: c.what.replace(/\s+/g, " ").trim(),
    asOf: x.report.published,
    due: c.due ? dueWindow(c.due, x.report.published) : null,
    actorId: c.actorId,
    terms: [...termsOf(x, c.span, c.actorId)],
    action,
  };
}

function fromPlannedEvent(x: ExtractedReport, e: NegotiationEvent): PlanStatement | null {
  if (e.kind === "attack") return null;
  if (!FORWARD.test(e.text) || REFUSAL.test(e.text) || NO_ANSWER.test(e.text)) return null;
  const published = x.report.published.slice(0, 10);
  // The sentence looks forward, so a time whose days run past its publication is when it is due.
  const due = x.times
    .filter((t) => t.sentence === e.sentence)
    .map((t) => ({ t, w: dueWindow(t, x.report.published) }))
    .find(
      ({ t, w }) =>
        w !== null &&
        (t.future || FORWARD_TIME.test(t.text) ? w.until >= published : w.until > published),
    )?.w;
  if (!due) return null;
  return {
    reportId: x.report.id,
    sourceId: e.id,
    via: "event",
    sentence: e.sentence,
    what: e.text.replace(/\s+/g, " ").trim(),
    asOf: x.report.published,
    due,
    actorId: e.participants[0] ?? null,
    terms: [...termsOf(x, e.span)],
    action:
      actionOf(e.text) ?? (e.kind === "call" ? "call" : e.kind === "meeting" ? "meeting" : null),
  };
}

/** The plans one report states, in its order: what its digest keeps for the ledger. */
export function plansOf(x: ExtractedReport): PlanStatement[] {
  const out: PlanStatement[] = [];
  const stated = new Set<number>();
  for (const c of x.commitments) {
    const plan = fromCommitment(x, c);
    if (plan) out.push(plan);
    stated.add(c.sentence);
  }
  for (const e of x.events) {
    if (stated.has(e.sentence)) continue;
    const plan = fromPlannedEvent(x, e);
    if (plan) {
      out.push(plan);
      stated.add(e.sentence);
    }
  }
  return out;
}

/** Every statement of a plan in the reports, oldest first. */
function ledgerStatements(digests: TrackingDigest[]): Candidate[] {
  const out: Candidate[] = digests.flatMap((d) =>
    d.plans.map((p) => ({ ...p, terms: new Set(p.terms), action: p.action as PlanAction | null })),
  );
  return out.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.reportId.localeCompare(b.reportId));
}

function compatible(a: Candidate, b: Candidate): boolean {
  const sameAct = a.action !== null && a.action === b.action && a.actorId === b.actorId;
  // One report repeating its own plan (in a quote and in its own words) is one plan.
  if (a.reportId === b.reportId && sameAct && a.due?.value === b.due?.value) return true;
  if (a.due && b.due) return windowsOverlap(a.due, b.due) && samePlan(a.terms, b.terms, true);
  return !a.due && !b.due && samePlan(a.terms, b.terms, sameAct);
}

/**
 * Groups statements of one plan: windows that overlap (or none on both) and
 * the same words. Linked transitively, so a statement can bridge two others.
 * Only statements that share a term (or a report) can fit, so each is compared
 * with those alone, found through an index of terms.
 */
export function groupStatements(candidates: Candidate[]): Candidate[][] {
  const parent = candidates.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const byTerm = new Map<string, number[]>();
  const byReport = new Map<string, number[]>();
  const post = <K>(index: Map<K, number[]>, key: K, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  candidates.forEach((c, i) => {
    const near = new Set<number>(byReport.get(c.reportId) ?? []);
    for (const t of c.terms) for (const j of byTerm.get(t) ?? []) near.add(j);
    for (const j of near) {
      if (root(j) !== root(i) && compatible(candidates[j]!, c)) parent[root(i)] = root(j);
    }
    for (const t of c.terms) post(byTerm, t, i);
    post(byReport, c.reportId, i);
  });
  const groups = new Map<number, Candidate[]>();
  candidates.forEach((c, i) => {
    const key = root(i);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  });
  return [...groups.values()].sort((a, b) => candidates.indexOf(a[0]!) - candidates.indexOf(b[0]!));
}

interface Settlement {
  status: "met" | "missed";
  by: LedgerEntry["settledBy"] & {};
}

/** The day a sentence tells something happened: its own past date, else its report's day. */
function toldDays(x: ExtractedReport, sentence: number): string[] {
  const dated = x.times.filter((t) => t.sentence === sentence && !t.future);
  if (dated.length === 0) return [x.report.published.slice(0, 10)];
  return dated.flatMap((t) => daysCovered(t.value, t.text) ?? []);
}

/**
 * The report's sentences that could settle a plan, with their terms and days:
 * what its digest keeps for the ledger. Only a sentence telling an act done or
 * called off settles one, so the others are left out.
 */
export function toldOf(x: ExtractedReport): TrackingDigest["told"] {
  const out: TrackingDigest["told"] = [];
  for (const s of x.sentences) {
    const text = x.report.text.slice(s.start, s.end).replace(/\s+/g, " ").trim();
    if (!CALLED_OFF.test(text) && !tellsAnyDone(text) && !tellsAnyNotDone(text)) continue;
    const days = [...new Set(toldDays(x, s.index))];
    out.push({ sentence: s.index, text, terms: [...termsOf(x, s)], days });
  }
  return out;
}

/** A report sentence with its terms, worked out once for every plan it is checked against. */
interface ToldSentence {
  reportId: string;
  published: string;
  index: number;
  text: string;
  terms: Set<string>;
  days: string[];
}

function toldSentences(digests: TrackingDigest[]): ToldSentence[] {
  return digests.flatMap((d) =>
    d.told.map((t) => ({
      reportId: d.reportId,
      published: d.published,
      index: t.sentence,
      text: t.text,
      terms: new Set(t.terms),
      days: t.days,
    })),
  );
}

function settle(
  group: Candidate[],
  due: DueWindow | null,
  told: ToldSentence[],
): Settlement | null {
  const first = group[0]!;
  const action = commonest(group.map((c) => c.action));
  const statedIn = new Set(group.map((c) => c.reportId));
  const terms = new Set(group.flatMap((c) => [...c.terms]));
  const firstDay = first.asOf.slice(0, 10);
  // A plan with no window is settled only by news of a later day than it was stated.
  const from = due ? due.from : addDays(firstDay, 1);
  const until = due ? addDays(due.until, 7) : "9999-12-31";
  for (const { reportId, published, index, text, terms: sentenceTerms, days } of told) {
    if (statedIn.has(reportId) || published <= first.asOf) continue;
    if (!tellsOf(terms, sentenceTerms)) continue;
    const by = { reportId, sentence: index, text, asOf: published };
    if (CALLED_OFF.test(text) || (action && tellsNotDone(action, text)))
      return { status: "missed", by };
    // Only an act of the plan's kind, told as done, on a day the plan allows, meets it.
    if (!action || !tellsDone(action, text)) continue;
    if (days.some((d) => d >= from && d <= until)) return { status: "met", by };
  }
  return null;
}

function entryOf(
  group: Candidate[],
  n: number,
  told: ToldSentence[],
  asOf: string | null,
): LedgerEntry {
  const due = group.reduce<DueWindow | null>(
    (w, c) => (c.due ? (w ? narrower(w, c.due) : c.due) : w),
    null,
  );
  // The plainest telling: the shortest statement with the narrowest window.
  const lead = group
    .filter((c) => c.due?.from === due?.from && c.due?.until === due?.until)
    .sort((a, b) => a.what.length - b.what.length)[0]!;
  const actorId = mostNamed(group);
  const settled = settle(group, due, told);
  const today = asOf?.slice(0, 10) ?? null;
  let status: LedgerEntry["status"] = "pending";
  let reason = due
    ? `due ${describe(due)}; not yet passed`
    : "no date given; no later report tells it happened";
  if (settled) {
    status = settled.status;
    reason = `${settled.status === "met" ? "a later report tells it happened" : "a later report tells it was called off or put off"} (${settled.by.asOf.slice(0, 10)})`;
  } else if (due && today && due.until < today) {
    status = "unknown";
    reason = `due ${describe(due)}; the window passed with no report of it (latest report ${today})`;
  }
  return {
    id: `d${n + 1}`,
    actorId,
    what: lead.what,
    due,
    status,
    reason,
    settledBy: settled?.by ?? null,
    statements: group.map(
      ({ terms: _terms, actorId: _actor, action: _action, ...statement }) => statement,
    ),
  };
}

function commonest<T>(values: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The actor most statements bind; extraction's commitments weigh more than a
 * planned event's first participant. Ties go to the earliest statement.
 */
function mostNamed(group: Candidate[]): string | null {
  const counts = new Map<string, number>();
  for (const c of group) {
    if (!c.actorId) continue;
    const weight = c.via === "commitment" ? 2 : 1;
    counts.set(c.actorId, (counts.get(c.actorId) ?? 0) + weight);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

export function describe(w: DueWindow): string {
  return w.from === w.until ? w.from : `${w.from} to ${w.until}`;
}

const STATUS_ORDER = { pending: 0, unknown: 1, missed: 2, met: 3 };

/**
 * The ledger over the reports in scope; `asOf` (the latest report's date)
 * decides which windows have passed. Entries: open ones first, by due date.
 */
export function buildLedger(digests: TrackingDigest[], asOf: string | null): LedgerEntry[] {
  const ordered = [...digests].sort((a, b) => a.published.localeCompare(b.published));
  const groups = groupStatements(ledgerStatements(ordered));
  // Every sentence of the scope, worked out only when there is a plan to settle.
  const told = groups.length > 0 ? toldSentences(ordered) : [];
  return groups
    .map((g, i) => entryOf(g, i, told, asOf))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (a.due?.until ?? "9999").localeCompare(b.due?.until ?? "9999") ||
        a.id.localeCompare(b.id, undefined, { numeric: true }),
    );
}
