/** Wording shared by the Markdown and HTML renderers. */
import type { CommitmentStatus, PointStatus, Position, VerdictStatus } from "../model/index.js";

export const STATUS_LABEL: Record<VerdictStatus, string> = {
  corroborated: "Corroborated",
  single_source: "Single source",
  conflicting: "Conflicting",
  disputed: "Disputed",
};

export const POSITION_LABEL: Record<Position, string> = {
  demands: "demands",
  proposes: "proposes",
  supports: "supports",
  accepts: "accepts",
  rejects: "rejects",
  opposes: "opposes",
  conditions: "accepts on conditions",
  denies: "denies",
};

/**
 * Citation numbers printed for one statement, row or figure in Markdown and
 * HTML (the first ones); the rest are counted. JSON keeps them all.
 */
export const CITATIONS_SHOWN = 10;

/** Citation numbers as printed: each through `one`, then how many more there are. */
export function citationRefs(ns: readonly number[], one: (n: number) => string): string {
  const shown = ns.slice(0, CITATIONS_SHOWN).map(one).join("");
  const more = ns.length - CITATIONS_SHOWN;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/** Reasons printed for one verdict in Markdown and HTML (a copy of each reprint is one). */
export const REASONS_SHOWN = 6;

/** A verdict's reasons as printed: the first ones through `one`, then how many more. */
export function reasonsText(reasons: readonly string[], one: (r: string) => string): string {
  const shown = reasons.slice(0, REASONS_SHOWN).map(one).join("; ");
  const more = reasons.length - REASONS_SHOWN;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

/** How many statements a section shows in Markdown and HTML; JSON keeps them all. */
export const STATEMENTS_SHOWN = 15;

export const moreStatements = (n: number) => `${n} more ${n === 1 ? "statement" : "statements"}`;

/** Statements of a section past the ones Markdown and HTML show, left-out ones included. */
export function moreThanShown(section: { statements: unknown[]; omitted: number }): number {
  return Math.max(0, section.statements.length - STATEMENTS_SHOWN) + section.omitted;
}

/** What the verdict counts cover: every claim cluster, with the repeats listed once. */
export function countsNote(summary: {
  claims: Record<string, number>;
  repeats?: number | undefined;
}): string {
  const total = Object.values(summary.claims).reduce((a, b) => a + b, 0);
  const clusters = `${total} claim ${total === 1 ? "cluster" : "clusters"}`;
  const repeats = summary.repeats ?? 0;
  if (repeats === 0) return `counted over ${clusters}`;
  return `counted over ${clusters}, as ttm stats counts them; ${repeats} repeat the words and figures of another and are listed once`;
}

export function sourcesInWords(independent: number, reports: number): string {
  const s = independent === 1 ? "source" : "sources";
  const r = reports === 1 ? "report" : "reports";
  return `${independent} independent ${s} / ${reports} ${r}`;
}

export const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

/** Said after a statement whose words are someone's, not the outlet's. */
export const ATTRIBUTED = "attributed to";

export const POINT_LABEL: Record<PointStatus, string> = {
  agreed: "Agreed",
  open: "Open",
  disputed: "Disputed",
};

export const DUE_LABEL: Record<CommitmentStatus, string> = {
  pending: "Pending",
  met: "Met",
  missed: "Missed",
  unknown: "Unknown",
};

/** How many timeline events Markdown and HTML list; JSON keeps them all. */
export const TIMELINE_SHOWN = 30;
