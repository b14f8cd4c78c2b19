/**
 * What the words around a figure say about it, when the noun after it does
 * not settle the matter: casualty counts with the noun left out ("killing two
 * and injuring 46", "three dead", "the death toll rose to 67"), labelled
 * figures in fact boxes and lists ("Troops: 800,000"), and counts that are
 * not figures a reader would check (a known set, "the two leaders"). A count
 * of a report's sources ("according to two officials") is a count of people
 * by role, and the format keeps it with its noun.
 */

import { unitOfNoun } from "./number-words.js";
import { isPluralNoun } from "./singular.js";

const HARM = "dead|killed|wounded|injured|hurt|missing|dying";

/** "two dead", "46 were injured", "12 people killed": the count after which harm is named. */
const HARM_AFTER = new RegExp(
  `^\\s+(?:(?:others|more)\\s+)?(?:(?:were|have\\s+been|had\\s+been|are|was|reported|confirmed|now)\\s+){0,2}(?:${HARM})\\b`,
  "i",
);
/** "killing two", "wounding at least 46": a verb of harm right before the count. */
const HARM_BEFORE = /(?<![\p{L}])(?:killing|killed|injuring|injured|wounding|wounded)\s+$/iu;
/** "the death toll rose to 67", "a toll of 30", "casualties climbed to 200". */
const TOLL_BEFORE =
  /(?<![\p{L}])(?:toll|casualties|deaths|fatalities)\s+(?:(?:has|had|have|now|officially)\s+)*(?:(?:rose|risen|climbed|reached|stands?|stood|jumped|increased|grew|passed|hit|topped)\s+)?(?:to|at|of|past)?\s*$/iu;

/** A label at the start of a line or list item, then a colon or dash: "Troops: ", "• Casualties — ". */
const LABEL_BEFORE =
  /(?:^|\n|[;|])[ \t]*(?:[-•*▪][ \t]*)?((?:\p{L}+[ \t]){0,2}(\p{L}+))[ \t]*(?::|—|–|-)[ \t]*$/u;

/**
 * A role a phrase right after a count of people gives them, which the format
 * keeps as their noun: "40 men serving long sentences" are prisoners,
 * "900 Norlanders detained since May" detainees, "12 held hostage" hostages.
 * Harm ("killed", "wounded") names no role: those stay persons.
 */
const ROLES: Array<[string, string]> = [
  [
    "prisoner",
    String.raw`serving\s+(?:(?:life|long|prison|jail)\s+)?(?:sentences?|terms?)|jailed|imprisoned|behind\s+bars`,
  ],
  [
    "hostage",
    String.raw`held\s+(?:as\s+)?(?:hostage|captive)|taken\s+(?:hostage|captive)|abducted|kidnapped`,
  ],
  [
    "detainee",
    String.raw`detained|held\s+(?:without|since|during|in\s+(?:detention|custody))|in\s+(?:detention|custody)`,
  ],
];
const ROLE_AFTER = new RegExp(
  String.raw`^\s+(?:who\s+)?(?:(?:are|were|was|is|have|has|had|been|being|still|now)\s+){0,3}(?:${ROLES.map(([, re]) => `(${re})`).join("|")})(?![\p{L}])`,
  "iu",
);

/** The role given by the words after a count of people ("… serving long sentences"), or null. */
export function roleAfter(text: string, at: number): string | null {
  const m = ROLE_AFTER.exec(text.slice(at, at + 60));
  if (!m) return null;
  const i = m.slice(1).findIndex((g) => g !== undefined);
  return ROLES[i]![0];
}

export interface ContextUnit {
  unit: string;
  /** Where the quantity's text ends (past "dead" in "three dead"). */
  end: number;
}

/**
 * The unit of a figure that has no noun after it, from the words around it:
 * `start` is where the figure (or its hedge) begins, `end` where its digits end.
 */
export function unitFromContext(text: string, start: number, end: number): ContextUnit | null {
  const after = text.slice(end, end + 40);
  const harm = HARM_AFTER.exec(after);
  if (harm) return { unit: "person", end: end + harm[0].length };
  // "of those released, 40 were serving long sentences": the count's role is its noun.
  const role = roleAfter(text, end);
  if (role) return { unit: role, end };
  const before = text.slice(Math.max(0, start - 60), start);
  if (HARM_BEFORE.test(before) || TOLL_BEFORE.test(before)) return { unit: "person", end };
  const label = LABEL_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
  if (label) {
    const head = label[2]!;
    if (new RegExp(`^(?:${HARM}|deaths|fatalities)$`, "i").test(head)) {
      return { unit: "person", end };
    }
    if (isPluralNoun(head)) return { unit: unitOfNoun(head), end };
  }
  return null;
}

/** "the two leaders", "both three", "their five children": a number word naming a known set. */
const SET_BEFORE =
  /(?<![\p{L}])(?:the|these|those|both|all|its|their|his|her|our|your|my|whose|other)\s+$/iu;

export function namesKnownSet(text: string, start: number): boolean {
  return SET_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
