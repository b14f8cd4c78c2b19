/**
 * Which of a dossier's issues a piece of text is about, from the issues'
 * vocabulary. Terms match as whole words, case-insensitively, so "NATO" does not
 * match inside "senator" and "troops" does not match "troopship". A space or
 * hyphen in a term matches any run of spaces and hyphens ("cease-fire" and
 * "cease fire").
 *
 * Matching walks the text's words once through a trie of every issue's terms,
 * instead of running one large alternation per issue: the claims and stances
 * components ask this for every clause of every report.
 */

import type { Dossier, IssueId } from "../model/index.js";
import { runsWithin } from "./runs.js";
import { letterOrDigitRuns, letterOrDigitWordsOf } from "./terms.js";

export interface IssueMatcher {
  /** Issues mentioned in the text, most matches first (ties keep dossier order). */
  issuesOf(text: string): IssueId[];
  /**
   * Issues mentioned in text[start, end), as issuesOf(text.slice(start, end)):
   * the words of the whole text are split once and shared by its spans.
   */
  issuesIn(text: string, start: number, end: number): IssueId[];
  /** The terms of one issue found in the text. */
  termsOf(text: string, issue: IssueId): string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A run of non-word characters in a term, as a pattern: spaces and hyphens match any such run. */
function gapPattern(gap: string): string {
  return escapeRegExp(gap).replace(/\\?[\s-]+/g, "[\\s\\u00a0-]+");
}

const PIECES = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** One vocabulary term: its words (lower-cased), the gaps between them, what trails the last word. */
interface Term {
  issue: number;
  /** Position in the issue's longest-first order: the lower, the earlier tried. */
  rank: number;
  gaps: RegExp[];
  trail: RegExp | null;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terms: Term[];
}

const newNode = (): TrieNode => ({ next: new Map(), terms: [] });

interface TextWord {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
}

/** The text's runs of letters and digits (/[\p{L}\p{N}]+/gu), lower-cased. */
function wordsOf(text: string): TextWord[] {
  return letterOrDigitRuns(text).map(({ start, end }) => ({
    start,
    end,
    lower: text.slice(start, end).toLowerCase(),
  }));
}

/**
 * Where the words of text[start, end) lie among the whole text's words, or null
 * when a span edge cuts a word (the span must then be split on its own). Words
 * are maximal runs of letters and digits, so those of a span are the whole text's.
 */
function wordsWithin(
  text: string,
  start: number,
  end: number,
): { words: readonly TextWord[]; from: number; to: number } | null {
  if (!(0 <= start && start < end && end <= text.length)) return null;
  const words = letterOrDigitWordsOf(text);
  const range = runsWithin(words, text.length, start, end);
  return range ? { words, ...range } : null;
}

interface Hit {
  issue: number;
  text: string;
}

export function buildIssueMatcher(dossier: Pick<Dossier, "issues">): IssueMatcher {
  const root = newNode();
  const gapCache = new Map<string, RegExp>();
  const gapRe = (gap: string, anchoredEnd: boolean) => {
    const key = `${anchoredEnd ? "$" : "^"}${gap}`;
    let re = gapCache.get(key);
    if (!re) {
      re = new RegExp(`^(?:${gapPattern(gap)})${anchoredEnd ? "$" : ""}`, "iu");
      gapCache.set(key, re);
    }
    return re;
  };
  // Terms that open with punctuation cannot start at a word; they keep a pattern of their own.
  const oddTerms: { issue: number; re: RegExp }[] = [];

  dossier.issues.forEach((issue, issueIndex) => {
    const terms = [...issue.vocabulary].sort((a, b) => b.length - a.length);
    terms.forEach((raw, rank) => {
      const term = raw.trim();
      if (!term) return;
      const pieces = term.match(PIECES) ?? [];
      if (!WORD_CHAR.test(pieces[0]!)) {
        oddTerms.push({
          issue: issueIndex,
          re: new RegExp(`(?<![\\p{L}\\p{N}])${gapPattern(term)}(?![\\p{L}\\p{N}])`, "giu"),
        });
        return;
      }
      let node = root;
      const gaps: RegExp[] = [];
      let trail: RegExp | null = null;
      pieces.forEach((piece, i) => {
        if (WORD_CHAR.test(piece)) {
          const key = piece.toLowerCase();
          let child = node.next.get(key);
          if (!child) {
            child = newNode();
            node.next.set(key, child);
          }
          node = child;
        } else if (i === pieces.length - 1) trail = gapRe(piece, false);
        else gaps.push(gapRe(piece, true));
      });
      node.terms.push({ issue: issueIndex, rank, gaps, trail });
    });
  });

  /**
   * Whether each word of a text's shared word list opens some term, for the
   * list last asked about: the claims and stances ask about many overlapping
   * spans of one text, so each word is looked up in the trie once.
   */
  let opens: { words: readonly TextWord[]; flags: Uint8Array } = {
    words: [],
    flags: new Uint8Array(0),
  };
  const openersOf = (words: readonly TextWord[]): Uint8Array => {
    if (opens.words !== words) {
      const flags = new Uint8Array(words.length);
      for (let i = 0; i < words.length; i++) flags[i] = root.next.has(words[i]!.lower) ? 1 : 0;
      opens = { words, flags };
    }
    return opens.flags;
  };

  /**
   * Every issue's matches in words[from, to) of text[start, end), as the
   * issue's own left-to-right, non-overlapping scan finds them.
   */
  function scan(
    text: string,
    only: number | null,
    start = 0,
    end = text.length,
    words: readonly TextWord[] = wordsOf(text),
    from = 0,
    to = words.length,
    flags: Uint8Array | null = null,
  ): Hit[] {
    const hits: Hit[] = [];
    // Made on the first word that opens a term: most spans have none or few.
    let freeFrom: Map<number, number> | null = null;
    let best: Map<number, { term: Term; end: number }> | null = null;
    const gapAfter = (j: number) =>
      text.slice(words[j]!.end, j + 1 < to ? words[j + 1]!.start : end);
    for (let i = from; i < to; i++) {
      // Most words open no term: skip them before setting anything up.
      if (flags ? flags[i] === 0 : !root.next.has(words[i]!.lower)) continue;
      freeFrom ??= new Map();
      if (best) best.clear();
      else best = new Map();
      let node: TrieNode | undefined = root;
      for (let j = i; j < to; j++) {
        node = node.next.get(words[j]!.lower);
        if (!node) break;
        for (const term of node.terms) {
          if (only !== null && term.issue !== only) continue;
          if ((freeFrom.get(term.issue) ?? 0) > words[i]!.start) continue;
          const current = best.get(term.issue);
          if (current && current.term.rank < term.rank) continue;
          const end = matchEnd(term, i, j);
          if (end !== null) best.set(term.issue, { term, end });
        }
      }
      for (const [issue, { end }] of best) {
        hits.push({ issue, text: text.slice(words[i]!.start, end).toLowerCase() });
        freeFrom.set(issue, end);
      }
    }
    const span = oddTerms.length > 0 ? text.slice(start, end) : "";
    for (const odd of oddTerms) {
      if (only !== null && odd.issue !== only) continue;
      for (const m of span.matchAll(odd.re))
        hits.push({ issue: odd.issue, text: m[0].toLowerCase() });
    }
    return hits;

    /** Where a term whose words sit at words[i..j] ends in the text, or null when its gaps differ. */
    function matchEnd(term: Term, i: number, j: number): number | null {
      for (let k = 0; k < term.gaps.length; k++) {
        if (!term.gaps[k]!.test(gapAfter(i + k))) return null;
      }
      const last = words[j]!;
      // "trade-off", "stand-off": a compound with "off" is another word than its first part.
      if (j + 1 < to && gapAfter(j) === "-" && /^offs?$/.test(words[j + 1]!.lower)) return null;
      if (!term.trail) return last.end;
      const gap = gapAfter(j);
      const m = term.trail.exec(gap);
      if (!m) return null;
      // The term must still end at a word boundary: "90%" but not "90%of".
      if (m[0].length === gap.length && j + 1 < to) return null;
      return last.end + m[0].length;
    }
  }

  const ids = dossier.issues.map((i) => i.id);
  /** Issues of the hits, most hits first (ties keep dossier order). */
  function ranked(hits: Hit[]): IssueId[] {
    if (hits.length === 0) return [];
    if (hits.length === 1) return [ids[hits[0]!.issue]!];
    const counts = new Map<number, number>();
    for (const hit of hits) counts.set(hit.issue, (counts.get(hit.issue) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([issue]) => ids[issue]!);
  }
  return {
    issuesOf(text) {
      return ranked(scan(text, null));
    },
    issuesIn(text, start, end) {
      const within = wordsWithin(text, start, end);
      if (!within) return ranked(scan(text.slice(start, end), null));
      const { words, from, to } = within;
      return ranked(scan(text, null, start, end, words, from, to, openersOf(words)));
    },
    termsOf(text, issue) {
      const index = ids.indexOf(issue);
      return index < 0 ? [] : scan(text, index).map((h) => h.text);
    },
  };
}
