/**
 * The language a report is written in, as a BCP 47 primary tag ("en", "uk").
 * Detection uses franc-min (character trigrams over the most spoken
 * languages); a text's script decides first, since a page in Cyrillic or
 * Arabic script is not English however short it is. Short Latin-script texts
 * (a headline, a one-line note) say too little for trigrams, so there the
 * language the input declares stands, else English: a wrong "not English"
 * would hide a readable report from extraction.
 */
import { francAll } from "franc-min";
import { iso6393 } from "iso-639-3";

/** Fewer letters than this and trigram statistics are guesswork ("Trump says deal 95% done" reads as French). */
const MIN_LETTERS = 160;
/** How much text is looked at: trigram shares settle well before this. */
const SAMPLE_CHARS = 2000;

export interface LanguageGuess {
  /** BCP 47 primary tag, or the ISO 639-3 code where the language has no two-letter one. */
  tag: string;
  /** The language's English name, for reasons shown to a person. */
  name: string;
  /** How it was decided. */
  by: "script" | "trigrams" | "declared" | "default";
}

const byCode3 = new Map(iso6393.map((l) => [l.iso6393, l]));
const byCode1 = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6391!, l]));

/** The name of a language from its tag ("uk" → "Ukrainian"), or the tag itself. */
export function languageName(tag: string): string {
  return (byCode1.get(tag) ?? byCode3.get(tag))?.name ?? tag;
}

/**
 * Individual languages franc names whose BCP 47 tag is their macrolanguage's
 * two-letter code (ISO 639-3 macrolanguage mappings): Mandarin is "zh".
 */
const MACRO: Record<string, string> = {
  cmn: "zh",
  arb: "ar",
  pes: "fa",
  zlm: "ms",
  swh: "sw",
  uzn: "uz",
  azj: "az",
  plt: "mg",
  ydd: "yi",
  khk: "mn",
  npi: "ne",
  ory: "or",
  gaz: "om",
  als: "sq",
  lvs: "lv",
  ekk: "et",
  quy: "qu",
};

function fromCode3(code: string, by: LanguageGuess["by"]): LanguageGuess {
  const entry = byCode3.get(code);
  const tag = entry?.iso6391 ?? MACRO[code] ?? code;
  return { tag, name: languageName(tag), by };
}

/** Scripts other than Latin whose use alone settles that a text is not English. */
const SCRIPTS: readonly { re: RegExp; code: string }[] = [
  { re: /\p{Script=Cyrillic}/gu, code: "rus" },
  { re: /\p{Script=Arabic}/gu, code: "arb" },
  { re: /\p{Script=Han}/gu, code: "cmn" },
  { re: /\p{Script=Hebrew}/gu, code: "heb" },
  { re: /\p{Script=Greek}/gu, code: "ell" },
  { re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, code: "jpn" },
  { re: /\p{Script=Hangul}/gu, code: "kor" },
  { re: /\p{Script=Devanagari}/gu, code: "hin" },
  { re: /\p{Script=Thai}/gu, code: "tha" },
  { re: /\p{Script=Georgian}/gu, code: "kat" },
  { re: /\p{Script=Armenian}/gu, code: "hye" },
];

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * The language of a report's text. `declared` is what the input said (a
 * feed's or page's language field), used where the text is too short to tell.
 */
export function detectLanguage(text: string, declared?: string | null): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = count(sample, /\p{L}/gu);
  const latin = count(sample, /\p{Script=Latin}/gu);
  if (letters > 0 && latin < letters / 2) {
    const script = SCRIPTS.map((s) => ({ ...s, n: count(sample, s.re) })).sort(
      (a, b) => b.n - a.n,
    )[0];
    // Within a script, trigrams tell its languages apart (Ukrainian from Russian).
    const best = francAll(sample, { minLength: 10 })[0]?.[0];
    if (best && best !== "und" && best !== "eng") return fromCode3(best, "script");
    if (script && script.n > 0) return fromCode3(script.code, "script");
  }
  const declaredTag = declared ? declaredLanguage(declared) : null;
  if (letters >= MIN_LETTERS) {
    // franc's scores sit close together (0.96 for English on a German page), so the best one decides.
    const best = francAll(sample, { minLength: 10 })[0]?.[0];
    if (best && best !== "und") return fromCode3(best, "trigrams");
  }
  if (declaredTag) return { tag: declaredTag, name: languageName(declaredTag), by: "declared" };
  return { tag: "en", name: "English", by: "default" };
}

const byName = new Map(iso6393.map((l) => [l.name.toLowerCase(), l]));

/**
 * What an input's language field names, as a tag: "en-GB" and "eng" give "en",
 * and so does a name written out ("English", as some feeds do). A value that
 * names no language ("und", "xx", "n/a") is no declaration at all, so a short
 * report is not left unextracted on the strength of it.
 */
export function declaredLanguage(declared: string): string | null {
  const tag = primaryTag(declared);
  const entry = byCode1.get(tag) ?? byCode3.get(tag) ?? byName.get(declared.trim().toLowerCase());
  if (!entry || entry.iso6393 === "und") return null;
  return entry.iso6391 ?? MACRO[entry.iso6393] ?? entry.iso6393;
}

/** BCP 47 primary tag: "en-GB" → "en". */
export function primaryTag(language: string): string {
  return language.trim().split(/[-_]/)[0]?.toLowerCase() || "en";
}
