/**
 * Which of a dossier's issues a piece of text is about, from the issues'
 * vocabulary. Terms match as whole words, case-insensitively, so "NATO" does not
 * match inside "senator" and "troops" does not match "troopship".
 */
import type { Dossier, IssueId } from "../model/index.js";

export interface IssueMatcher {
  /** Issues mentioned in the text, most matches first (ties keep dossier order). */
  issuesOf(text: string): IssueId[];
  /** The terms of one issue found in the text. */
  termsOf(text: string, issue: IssueId): string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function termPattern(term: string): string {
  // Let a space in a term match any run of spaces or a hyphen ("free economic zone", "cease-fire").
  return escapeRegExp(term.trim()).replace(/\\?[\s-]+/g, "[\\s\\u00a0-]+");
}

export function buildIssueMatcher(dossier: Pick<Dossier, "issues">): IssueMatcher {
  const compiled = dossier.issues.map((issue) => {
    const terms = [...issue.vocabulary].sort((a, b) => b.length - a.length);
    const source = terms.map(termPattern).join("|");
    return {
      id: issue.id,
      re: source ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "giu") : null,
    };
  });
  const find = (text: string, re: RegExp | null): string[] =>
    re ? Array.from(text.matchAll(re), (m) => m[0].toLowerCase()) : [];
  return {
    issuesOf(text) {
      return compiled
        .map((c, order) => ({ id: c.id, order, n: find(text, c.re).length }))
        .filter((c) => c.n > 0)
        .sort((a, b) => b.n - a.n || a.order - b.order)
        .map((c) => c.id);
    },
    termsOf(text, issue) {
      const c = compiled.find((x) => x.id === issue);
      return c ? find(text, c.re) : [];
    },
  };
}
