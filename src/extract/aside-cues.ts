/**
 * Attribution asides that name their source after a preposition:
 * "according to X" and "by X's count" (estimate, tally, account, reckoning).
 * The clause they report stands before them ("…, according to X.") or after
 * their comma ("By X's count, …").
 */
import type { Mention } from "../model/index.js";
import type { Cue, MentionIndex } from "./speech-verbs.js";

const TALLY_NOUNS = new Set("count estimate estimates tally account reckoning figures".split(" "));

type Subject = { speaker: Mention | null; text: string | null } | null;

/** The "according to X" or "by X's count" cue starting at token i, or null. */
export function asideCue(
  ix: MentionIndex,
  i: number,
  last: number,
  subjectAfter: (from: number) => Subject,
): Cue | null {
  const { tokens } = ix.doc;
  const t = tokens[i]!;
  const base = { embedded: false, inverted: true, others: [], subjectFirst: -1 };
  if (t.normal === "according" && tokens[i + 1]?.normal === "to") {
    const s = subjectAfter(i + 2) ?? titledName(ix, i + 2, last) ?? ownedTally(ix, i + 2);
    if (!s) return null;
    const text = "according to";
    return { ...base, first: i, last: i + 1, text, kind: "according", ...speakerOf(s) };
  }
  if (t.normal !== "by") return null;
  const owner = ix.byStart.get(tokens[i + 1]?.start ?? -1);
  if (!owner) return null;
  let k = i + 1;
  while (k <= last && tokens[k]!.end <= owner.end) k++;
  if (!/^['’]s?$/.test(tokens[k]?.text ?? "") || !TALLY_NOUNS.has(tokens[k + 1]?.normal ?? ""))
    return null;
  const text = ix.doc.report.text.slice(t.start, tokens[k + 1]!.end);
  return {
    ...base,
    first: i,
    last: k + 1,
    text,
    kind: "according",
    speaker: owner,
    speakerText: owner.text,
  };
}

/** "according to a United Nations estimate": the actor whose tally or report it is. */
function ownedTally(ix: MentionIndex, from: number): Subject {
  const { tokens } = ix.doc;
  const k = ["a", "an", "the"].includes(tokens[from]?.normal ?? "") ? from + 1 : from;
  const m = ix.byStart.get(tokens[k]?.start ?? -1);
  if (!m) return null;
  let j = k;
  while (j < tokens.length && tokens[j]!.end <= m.end) j++;
  return OWNED_REPORTS.has(tokens[j]?.normal ?? "") ? { speaker: m, text: m.text } : null;
}

/** What an actor can own that reports: its estimate, its report, its figures. */
const OWNED_REPORTS = new Set([...TALLY_NOUNS, "report", "assessment", "statement", "data"]);

/**
 * "according to the region's governor, Paulo Costa": a title phrase, a comma and
 * the name that closes the aside.
 */
function titledName(ix: MentionIndex, from: number, last: number): Subject {
  const { tokens } = ix.doc;
  const TITLE = ["DET", "NOUN", "ADJ", "PROPN", "PART"];
  let k = from;
  while (k <= last && k - from < 8 && TITLE.includes(tokens[k]!.pos)) k++;
  if (k === from || tokens[k]?.text !== ",") return null;
  const m = ix.byStart.get(tokens[k + 1]?.start ?? -1);
  if (!m) return null;
  const after = tokens.findIndex((t) => t.start >= m.end);
  const next = after >= 0 ? tokens[after] : undefined;
  if (next && next.pos !== "PUNCT") return null;
  return { speaker: m, text: m.text };
}

const speakerOf = (s: NonNullable<Subject>) => ({ speaker: s.speaker, speakerText: s.text });
