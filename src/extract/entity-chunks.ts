/**
 * Candidate names for the entity recogniser: runs of capitalised words in one
 * sentence, joined across "of", "for", "&", hyphens and name particles when a
 * capitalised word follows ("Bank of England", "AT & T", "Charles de Gaulle").
 *
 * Capitals are weak evidence at the start of a sentence and in a headline
 * (where most words are capitalised), so such a word starts a name only when
 * it is known as a name, is an acronym, or stands capitalised in the middle of
 * some other sentence of the same text.
 */
import {
  NAME_PARTICLES,
  NEVER_NAMES,
  ORG_OF_HEADS,
  OTHER_HEADS,
  PERSON_TITLES,
  PLACE_OF_HEADS,
  TITLE_PARTS,
} from "./entity-cues.js";
import { gazetteerKey, lookup } from "./gazetteer.js";
import type { Token } from "./types.js";

export interface NameRun {
  /** Token indices (inclusive). */
  first: number;
  last: number;
  tokens: Token[];
  /** gazetteerKey of the run's text. */
  key: string;
  /** Index in `tokens` of the first word after a leading title ("President Jane Roe" -> 1). */
  titleEnd: number;
  /** The name only modifies a following noun: "the US economy", "Airbus-led". */
  modifier: boolean;
  /** A lone nationality word ("French"): a cue, not a name. */
  demonym: boolean;
  /** Ends in the head of an event, index or law ("Paris Air Show", "Dow Jones Index"): no entity. */
  otherHead: boolean;
}

const CAPITAL = /^\p{Lu}/u;
/** Letters with the marks names carry ("O'Neill", "Wal-Mart", "U.S."); no digits, no "$". */
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}.'’&-]*$/u;
/** A model or product code right after a name: "Boeing 747", "Airbus A380". */
const MODEL_CODE = /\d/;
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const CLOSED_CLASS = new Set([
  "DET",
  "PRON",
  "ADP",
  "CCONJ",
  "SCONJ",
  "AUX",
  "PART",
  "PUNCT",
  "SYM",
  "NUM",
  "SPACE",
]);
const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "-", "—", "–", ":"]);
const CONNECTORS_OF = new Set([
  ...ORG_OF_HEADS,
  ...PLACE_OF_HEADS,
  ...PERSON_TITLES,
  "centre",
  "center",
  "agency",
  "commission",
  "committee",
  "fund",
  "foundation",
  "coalition",
  "alliance",
  "movement",
  "organisation",
  "organization",
]);

const isTitle = (t: Token) => PERSON_TITLES.has(gazetteerKey(t.text)) || TITLE_PARTS.has(t.normal);

/** A line break or a sentence boundary between two tokens. */
function breakBetween(text: string, a: Token | undefined, b: Token): boolean {
  if (!a) return true;
  if (a.sentence !== b.sentence) return true;
  for (let k = a.end; k < b.start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** For each token, whether a break stands before it (computed once per text). */
function breaksBefore(text: string, tokens: readonly Token[]): boolean[] {
  return tokens.map((t, i) => breakBetween(text, tokens[i - 1], t));
}

/** Token indices where a sentence or line starts (after any opening quote or bracket). */
function initialPositions(tokens: readonly Token[], brk: readonly boolean[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (brk[i] || (prev && OPENERS.has(prev.text) && out.has(i - 1))) out.add(i);
  }
  return out;
}

/**
 * Tokens (by index) of lines written in title case: most longer words capitalised,
 * and at least two of them, past the first word, ordinary words (not proper
 * nouns to wink, seen in lower case elsewhere in the text, or common words
 * to the lexicon), and no full stop. A list of
 * names ("Air Alpha, Beta Airlines and Gamma Air") is not a headline.
 */
function headlineSentences(tokens: readonly Token[], brk: readonly boolean[]): Set<number> {
  const lower = new Set(tokens.filter((t) => !CAPITAL.test(t.text)).map((t) => t.normal));
  // Lines within sentences: a headline often runs into the first sentence without a stop.
  const line: number[] = [];
  tokens.forEach((_, i) => {
    line.push(i === 0 ? 0 : line[i - 1]! + (brk[i] ? 1 : 0));
  });
  const stats = new Map<number, { cap: number; all: number; common: Set<string> }>();
  const closed = new Set<number>();
  tokens.forEach((t, i) => {
    const l = line[i]!;
    if (t.text === ".") closed.add(l);
    if (t.text.length < 4 || !/^\p{L}/u.test(t.text)) return;
    const c = stats.get(l) ?? { cap: 0, all: 0, common: new Set<string>() };
    c.all += 1;
    if (CAPITAL.test(t.text)) {
      c.cap += 1;
      const first = i === 0 || line[i - 1] !== l;
      const common = t.pos !== "PROPN" || lower.has(t.normal) || lookup(t.text).has("common");
      if (!first && common) c.common.add(t.normal);
    }
    stats.set(l, c);
  });
  const lines = new Set<number>();
  for (const [l, c] of stats)
    if (!closed.has(l) && c.all >= 3 && c.cap / c.all >= 0.7 && c.common.size >= 2) lines.add(l);
  // Returned as token indices.
  const out = new Set<number>();
  tokens.forEach((_, i) => {
    if (lines.has(line[i]!)) out.add(i);
  });
  return out;
}

interface CapitalEvidence {
  /** Words seen capitalised mid-sentence in ordinary (non-headline) text. */
  mid: Set<string>;
  /** Words seen capitalised anywhere, with how often. */
  capitalised: Map<string, number>;
  /** Words seen in lower case somewhere in the text. */
  lower: Set<string>;
}

function capitalEvidence(
  tokens: readonly Token[],
  initial: ReadonlySet<number>,
  headlines: ReadonlySet<number>,
): CapitalEvidence {
  const out: CapitalEvidence = { mid: new Set(), capitalised: new Map(), lower: new Set() };
  tokens.forEach((t, i) => {
    if (!CAPITAL.test(t.text)) {
      out.lower.add(t.normal);
      return;
    }
    out.capitalised.set(t.normal, (out.capitalised.get(t.normal) ?? 0) + 1);
    if (!initial.has(i) && !headlines.has(i)) out.mid.add(t.normal);
  });
  return out;
}

/** Evidence, beyond its capital, that a word is a name. */
function knownName(t: Token, seen: CapitalEvidence): boolean {
  if (ACRONYM.test(t.text) || seen.mid.has(t.normal) || isTitle(t)) return true;
  // Capitalised more than once and never written in lower case: "Acme ... Acme".
  if ((seen.capitalised.get(t.normal) ?? 0) >= 2 && !seen.lower.has(t.normal)) return true;
  const kinds = lookup(t.text);
  return (
    kinds.has("place") ||
    kinds.has("org") ||
    kinds.has("person") ||
    kinds.has("surname") ||
    (kinds.has("given") && !kinds.has("common"))
  );
}

export function nameRuns(text: string, tokens: readonly Token[]): NameRun[] {
  const brk = breaksBefore(text, tokens);
  const initial = initialPositions(tokens, brk);
  const headlines = headlineSentences(tokens, brk);
  const seen = capitalEvidence(tokens, initial, headlines);
  const isNameWord = (i: number): boolean => {
    const t = tokens[i];
    if (!t || !NAME_SHAPE.test(t.text) || t.text === "I") return false;
    if (NEVER_NAMES.has(t.normal)) return false;
    if (CLOSED_CLASS.has(t.pos) && !ACRONYM.test(t.text)) return false;
    if (initial.has(i) || headlines.has(i)) return knownName(t, seen);
    return true;
  };
  const sameLine = (a: number, b: number) => {
    for (let k = a + 1; k <= b; k++) if (brk[k]) return false;
    return true;
  };
  /** Index of the name word a connector after token `j` leads to, or -1. */
  const joinAfter = (j: number, run: Token[]): number => {
    const c = tokens[j + 1];
    if (!c) return -1;
    let k = -1;
    if (c.normal === "of" || c.normal === "for") {
      if (!CONNECTORS_OF.has(gazetteerKey(run[run.length - 1]!.text))) return -1;
      k = tokens[j + 2]?.normal === "the" ? j + 3 : j + 2;
    } else if (c.text === "&" || c.text === "-" || NAME_PARTICLES.has(c.text)) k = j + 2;
    return k > 0 && isNameWord(k) && sameLine(j, k) ? k : -1;
  };
  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(i)) continue;
    const run: Token[] = [tokens[i]!];
    let j = i;
    for (;;) {
      if (tokens[j + 1] && sameLine(j, j + 1) && isNameWord(j + 1)) {
        run.push(tokens[++j]!);
        continue;
      }
      const k = joinAfter(j, run);
      if (k < 0) break;
      while (j < k) run.push(tokens[++j]!);
    }
    const made = makeRun(text, tokens, i, j, run);
    if (made) runs.push(made);
    i = j;
  }
  return runs;
}

/** Nouns that stand as adverbs after a subject: "Acme today said". */
const ADVERBIAL_NOUNS = new Set(["today", "yesterday", "tomorrow", "tonight", "now"]);

/**
 * Particles and prepositions that follow a verb far more often than a plural
 * noun: "Acme rolls out", "Acme files for bankruptcy", "Acme pulls back".
 */
const VERB_PARTICLES = new Set("out up down off for with against into back ahead away".split(" "));

/**
 * A word in -s that wink read as a plural noun but that is the verb of its
 * clause, as an object follows it: "Acme releases a phone", "Roe plans to".
 */
function looksLikeVerb(word: Token, next: Token | undefined): boolean {
  if (!/[^s]s$/.test(word.normal) || !next || next.sentence !== word.sentence) return false;
  return (
    ["DET", "NUM", "PROPN", "PRON", "ADJ", "SCONJ"].includes(next.pos) ||
    ["that", "to"].includes(next.normal) ||
    VERB_PARTICLES.has(next.normal)
  );
}

function makeRun(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  run: Token[],
): NameRun | null {
  let titleEnd = 0;
  while (titleEnd < run.length && isTitle(run[titleEnd]!)) titleEnd++;
  // A title alone ("the President said") names no one here.
  if (titleEnd === run.length) return null;
  // "the Paris Air Show", "the Dow Jones Index": events, indices and laws are not entities.
  const otherHead = OTHER_HEADS.has(gazetteerKey(run[run.length - 1]!.text));
  const after = tokens[last + 1];
  const afterAfter = tokens[last + 2];
  const tight = after && after.start === run[run.length - 1]!.end;
  const modifier = Boolean(
    after &&
      after.sentence === run[0]!.sentence &&
      ((after.pos === "NOUN" &&
        /^\p{Ll}/u.test(after.text) &&
        !ADVERBIAL_NOUNS.has(after.normal) &&
        !looksLikeVerb(after, afterAfter) &&
        !text.slice(run[run.length - 1]!.end, after.start).includes("\n")) ||
        (tight && after.text === "-" && afterAfter && /^\p{Ll}/u.test(afterAfter.text)) ||
        MODEL_CODE.test(after.text)),
  );
  const key = gazetteerKey(text.slice(run[0]!.start, run[run.length - 1]!.end));
  return {
    first,
    last,
    tokens: run,
    key,
    titleEnd,
    modifier,
    demonym: run.length === 1 && lookup(run[0]!.text).has("demonym"),
    otherHead,
  };
}
