/**
 * Date rules for parts of a week or a month that name no day: "over the
 * weekend" (the ISO week holding that Saturday), "the first week of March"
 * (part of a month). A bare "overnight" is no date: it names a part of a day
 * the report does not fix, and gold sets do not mark it.
 */
import { addDays, isoWeekValue, monthValue, nearestYear, resolveWeekday } from "./granularity.js";
import { ci, type Rule, rule } from "./time-rule.js";

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
const SATURDAY = 6;

/**
 * "earlier in the week", "later in the week": the week of the report (or of
 * the story's day: see times.ts), taken from the day before or after it, so
 * that a Monday's "earlier in the week" is the week gone.
 */
export const STORY_WEEK: Rule = rule(
  `(${ci("earlier|later")})\\s+in\\s+the\\s+week`,
  (m, ref) => {
    const shift = /^earlier$/i.test(m[1]!) ? -1 : 1;
    return { value: isoWeekValue(addDays(ref, shift)), granularity: "week" };
  },
  [/in\s+the\s+week/],
);

export const WEEK_PART_RULES: Rule[] = [
  // "over the weekend", "this weekend", "next weekend's talks", "as early as the weekend"
  rule(
    `(?:(${ci("over|during|at|on|by|until|for|through|this|last|next|past|coming|as early as|as soon as")})\\s+)(?:the\\s+)?(?:(last|next|past|coming|this)\\s+)?weekend(?:['’]s)?`,
    (m, ref, tense) => {
      const words = `${m[1] ?? ""} ${m[2] ?? ""}`.toLowerCase();
      let saturday: Date;
      if (/last|past/.test(words)) saturday = resolveWeekday(ref, SATURDAY, "past", true);
      else if (/next|coming/.test(words)) saturday = resolveWeekday(ref, SATURDAY, "future", true);
      // The earliest a thing may happen is still to come, whatever the verb of saying.
      else if (/^as\s/.test(words)) saturday = resolveWeekday(ref, SATURDAY, "future");
      else if (/this/.test(words) && tense !== "past") {
        saturday = resolveWeekday(ref, SATURDAY, "future");
      } else {
        // "over the weekend": the weekend just gone, unless the clause points ahead.
        saturday = resolveWeekday(ref, SATURDAY, tense === "future" ? "future" : "past");
      }
      // A Sunday report's "this weekend" is the one it stands in.
      if (ref.getUTCDay() === 0 && !/last|past|next|coming/.test(words))
        saturday = addDays(ref, -1);
      return { value: isoWeekValue(saturday), granularity: "week" };
    },
    [/weekend/],
  ),

  STORY_WEEK,

  // "the first week of March", "the last days of December", "the second half of January"
  rule(
    `(?:${ci("in|by|during|until|before|after|from|since|over")}\\s+)?${ci("the")}\\s+(?:first|second|third|fourth|last|final|closing|opening)\\s+(?:week|weeks|days|half|fortnight)\\s+of\\s+(${MONTHS})(?:,?\\s+(\\d{4}))?`,
    (m, ref, tense) => {
      const month = MONTHS.split("|").indexOf(m[1]!) + 1;
      const year = m[2] ? Number(m[2]) : nearestYear(ref, month, null, tense);
      return { value: monthValue(year, month), granularity: "month-part" };
    },
    [new RegExp(MONTHS)],
  ),
];
