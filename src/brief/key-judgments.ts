/**
 * Key judgments: the few lines an analyst writes first, built from the brief's
 * own rows so that every line carries the citations and the verdict of what it
 * rests on. In this order, at most 8 lines:
 * - the open issues: where one actor is against what another supports or
 *   insists on, with who holds which;
 * - the headline figures: figures that reports give differently, then the best
 *   corroborated ones;
 * - who moved: the latest shifts of position;
 * - what is due next: the earliest pending commitment with a date.
 * Nothing here knows a dossier's names: issues, actors and figures come from the rows.
 */
import { groupOf, type Position, type PositionGroup } from "../model/index.js";
import type { Brief, ShiftRow, StanceRow, Statement } from "./brief.js";
import { day, POSITION_LABEL, STATUS_LABEL } from "./words.js";

export type JudgmentKind = "open_issue" | "figure" | "moved" | "due";

export interface KeyJudgment {
  kind: JudgmentKind;
  text: string;
  /** The verdict of what the line rests on, in words ("Corroborated (3)", "Conflicting"). */
  verdict: string;
  citations: number[];
}

const MAX_LINES = 8;
const MAX_OPEN_ISSUES = 3;
const MAX_FIGURES = 2;
const MAX_MOVES = 2;

type Side = Exclude<PositionGroup, "conditional">;
/** The side a position takes; a condition or a denial takes none. */
const sideOf = (position: Position): Side | null => {
  const group = groupOf(position);
  return group === "conditional" ? null : group;
};

const support = (row: StanceRow) => row.verdict?.independentSources ?? 1;

function rowVerdict(row: StanceRow): string {
  const v = row.verdict;
  if (!v) return "";
  if (v.status === "conflicting") return "reports disagree";
  if (v.status === "contested") return `corroborated by ${v.independentSources}, contested`;
  return v.status === "corroborated" ? `corroborated by ${v.independentSources}` : "single source";
}

const firstCites = (ns: number[], n = 2) => ns.slice(0, n);

/** Issues on which two actors hold positions that cannot both stand, best supported first. */
function openIssues(brief: Brief): KeyJudgment[] {
  const byIssue = new Map<string, StanceRow[]>();
  for (const row of brief.stances) {
    if (!sideOf(row.position)) continue;
    const list = byIssue.get(row.issue);
    if (list) list.push(row);
    else byIssue.set(row.issue, [row]);
  }
  const open: { weight: number; judgment: KeyJudgment }[] = [];
  for (const rows of byIssue.values()) {
    // The best supported holder of each side.
    const best = new Map<Side, StanceRow>();
    for (const row of [...rows].sort((a, b) => support(b) - support(a))) {
      const side = sideOf(row.position)!;
      if (!best.has(side)) best.set(side, row);
    }
    const sides = [...best.values()].sort((a, b) => support(b) - support(a));
    const actors = new Set(sides.map((r) => r.actorId));
    // Open: someone is against what someone else supports or insists on, and at least one
    // side stands on more than one source (a clash of two single reports is not a judgment).
    if (!best.has("against") || sides.length < 2 || actors.size < 2) continue;
    if (sides.every((r) => support(r) < 2)) continue;
    const shown = sides.slice(0, 3);
    const text =
      `${shown[0]!.issueLabel} is open: ` +
      shown
        .map((r) => `${r.actor} ${POSITION_LABEL[r.position]} it (${rowVerdict(r)})`)
        .join("; ") +
      ".";
    open.push({
      weight: shown.reduce((sum, r) => sum + support(r), 0),
      judgment: {
        kind: "open_issue",
        text,
        verdict: shown.every((r) => r.verdict?.status === "corroborated")
          ? "Corroborated"
          : "Mixed support",
        citations: [...new Set(shown.flatMap((r) => firstCites(r.citations)))],
      },
    });
  }
  return open
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_OPEN_ISSUES)
    .map((o) => o.judgment);
}

const isFigure = (s: Statement) => s.variants.some((v) => /\d/.test(v.value));

const clip = (text: string, n = 140) => {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > n ? `${clean.slice(0, n - 1).trimEnd()}…` : clean;
};

/** A conflicting figure with at least two values at odds (a value that fits others is at odds with none). */
const apartVariants = (s: Statement) => s.variants.filter((v) => !v.fits).slice(0, 3);

/**
 * The statements headlineFigures can take, kept as statements pass one by one
 * (a brief written as it is read): the best supported conflicting figures and
 * the best corroborated ones, the earlier first among equals, as its sort keeps them.
 */
export class HeadlineCandidates {
  private readonly conflicting: Statement[] = [];
  private readonly corroborated: Statement[] = [];

  add(s: Statement): void {
    if (!isFigure(s)) return;
    if (s.status === "conflicting" && s.variants.length > 1 && apartVariants(s).length >= 2)
      keepBest(this.conflicting, s);
    else if (s.status === "corroborated") keepBest(this.corroborated, s);
  }

  statements(): Statement[] {
    return [...this.conflicting, ...this.corroborated];
  }
}

/** Inserts after every statement as well supported, and keeps the first MAX_FIGURES. */
function keepBest(list: Statement[], s: Statement): void {
  let at = list.length;
  while (at > 0 && list[at - 1]!.independentSources < s.independentSources) at--;
  if (at >= MAX_FIGURES) return;
  list.splice(at, 0, s);
  list.length = Math.min(list.length, MAX_FIGURES);
}

/** Figures that reports give differently, then the best corroborated ones. */
function headlineFigures(brief: Brief): KeyJudgment[] {
  const statements = brief.sections.flatMap((s) => s.statements).filter(isFigure);
  const conflicting = statements
    .filter((s) => s.status === "conflicting" && s.variants.length > 1)
    .sort((a, b) => b.independentSources - a.independentSources);
  const corroborated = statements
    .filter((s) => s.status === "corroborated")
    .sort((a, b) => b.independentSources - a.independentSources);
  const out: KeyJudgment[] = [];
  for (const s of conflicting) {
    // A value that fits several others ("not finished" beside 90% and 95%) is at odds with none.
    const apart = apartVariants(s);
    if (apart.length < 2) continue;
    const variants = apart.map((v) => {
      const who = v.holders.length
        ? v.holders.join(", ")
        : `${v.origins} source${v.origins === 1 ? "" : "s"}`;
      return `${v.value} (${who})`;
    });
    out.push({
      kind: "figure",
      text: `Reports give different figures: ${variants.join(" against ")}. “${clip(s.text)}”`,
      verdict: STATUS_LABEL.conflicting,
      citations: [...new Set(apart.flatMap((v) => firstCites(v.citations, 1)))],
    });
  }
  for (const s of corroborated) {
    out.push({
      kind: "figure",
      text: `${s.variants[0]!.value}, given alike by ${s.independentSources} independent sources: “${clip(s.text)}”`,
      verdict: `${STATUS_LABEL.corroborated} (${s.independentSources})`,
      citations: firstCites(s.citations),
    });
  }
  return out.slice(0, MAX_FIGURES);
}

function moveText(m: ShiftRow): string {
  return (
    `${m.actor} moved on ${m.issueLabel}: ${POSITION_LABEL[m.from.position]} (${day(m.from.asOf)}) ` +
    `to ${POSITION_LABEL[m.to.position]} (${day(m.to.asOf)}).`
  );
}

/** The latest shifts; the verdict is that of the cell the later end now stands in. */
function moves(brief: Brief): KeyJudgment[] {
  const latest = [...(brief.changes ?? [])].sort((a, b) => b.to.asOf.localeCompare(a.to.asOf));
  return latest.slice(0, MAX_MOVES).map((m) => {
    const row = brief.stances.find((r) => r.actorId === m.actorId && r.issue === m.issue);
    const standing = row && row.position === m.to.position ? rowVerdict(row) : "";
    return {
      kind: "moved",
      text: moveText(m),
      verdict: standing ? `now ${standing}` : "Single source at each end",
      citations: [...firstCites(m.from.citations, 1), ...firstCites(m.to.citations, 1)],
    };
  });
}

/** The earliest pending commitment or deadline that has a date. */
function dueNext(brief: Brief): KeyJudgment[] {
  const pending = (brief.due ?? [])
    .filter((d) => d.status === "pending" && d.due)
    .sort((a, b) => a.due!.localeCompare(b.due!));
  const next = pending[0];
  if (!next) return [];
  const who = next.actor ? `${next.actor}: ` : "";
  return [
    {
      kind: "due",
      text: `Next due (${next.due}${next.dueText ? `, “${next.dueText}”` : ""}): ${who}${clip(next.what)}`,
      verdict: "Pending",
      citations: firstCites(next.citations),
    },
  ];
}

export function keyJudgments(brief: Brief): KeyJudgment[] {
  return [
    ...openIssues(brief),
    ...headlineFigures(brief),
    ...moves(brief),
    ...dueNext(brief),
  ].slice(0, MAX_LINES);
}
