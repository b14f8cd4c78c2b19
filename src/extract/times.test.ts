import { describe, expect, it } from "vitest";
import { plainSentences } from "./test-dossier.js";
import { mayMatch } from "./time-rule.js";
import { ALL_RULES, findTimes } from "./times.js";

const MONDAY_29_DEC = "2025-12-29T14:05:00Z";
const TUESDAY_30_DEC = "2025-12-30T09:00:00Z";
const find = (text: string, published: string) => findTimes(text, plainSentences(text), published);
const values = (text: string, published: string) =>
  find(text, published).map((t) => [t.value, t.granularity]);

describe("times", () => {
  it("resolves a weekday of a past event to the latest such day", () => {
    const [t] = find("Trump hosted Zelenskyy on Sunday.", MONDAY_29_DEC);
    expect(t).toMatchObject({
      text: "on Sunday",
      value: "2025-12-28",
      granularity: "day",
      future: false,
    });
  });

  it("resolves a weekday of a planned event to the next such day", () => {
    const [t] = find("Allies will meet in Paris on Friday.", MONDAY_29_DEC);
    expect(t).toMatchObject({ value: "2026-01-02", future: true });
    expect(values("Allies meet in Paris on Tuesday.", "2026-01-05T13:00:00Z")).toEqual([
      ["2026-01-06", "day"],
    ]);
  });

  it("reads parts of months, whole months and years", () => {
    const [early] = find("Allies will gather in early January.", TUESDAY_30_DEC);
    expect(early).toMatchObject({ value: "2026-01", granularity: "month-part", future: true });
    expect(
      values("The draft came last month and talks resume next month.", TUESDAY_30_DEC),
    ).toEqual([
      ["2025-11", "month"],
      ["2026-01", "month"],
    ]);
    expect(
      values("Troops have held it since March 2022, after the war began in 2022.", TUESDAY_30_DEC),
    ).toEqual([
      ["2022-03", "month"],
      ["2022", "year"],
    ]);
    expect(values("He announced it late last month.", "2026-01-06T10:00:00Z")).toEqual([
      ["2025-12", "month-part"],
    ]);
  });

  it("gives a month without a year the year nearest the report", () => {
    expect(values("Witkoff would travel to Moscow in January.", TUESDAY_30_DEC)).toEqual([
      ["2026-01", "month"],
    ]);
    // One sentence given by hand: the abbreviation's dot would end a sentence in the test splitter.
    const text = "Allies will gather on January 6, as set out on Dec. 28.";
    const oneSentence = [{ index: 0, start: 0, end: text.length, paragraph: 0 }];
    expect(findTimes(text, oneSentence, TUESDAY_30_DEC).map((t) => [t.text, t.value])).toEqual([
      ["on January 6", "2026-01-06"],
      ["on Dec. 28", "2025-12-28"],
    ]);
  });

  it("reads dates written day first, with or without a year", () => {
    expect(
      values("The text was signed on 5 December and on 24 February 2022.", TUESDAY_30_DEC),
    ).toEqual([
      ["2025-12-05", "day"],
      ["2022-02-24", "day"],
    ]);
  });

  it("reads this week as an ISO week", () => {
    expect(values("Envoys are in Miami this week.", TUESDAY_30_DEC)).toEqual([
      ["2026-W01", "week"],
    ]);
  });

  it("puts vague future phrases in the month they most likely fall in", () => {
    const [t] = find("The outcome will be known in a few weeks.", "2025-12-28T23:45:00Z");
    expect(t).toMatchObject({ value: "2026-01", granularity: "vague", future: true });
    expect(values("A deal is possible within weeks.", "2026-01-05T13:00:00Z")).toEqual([
      ["2026-01", "vague"],
    ]);
  });

  it("reads days counted back from the report", () => {
    expect(values("Eleven days ago, Trump hosted Zelenskyy.", "2026-01-08T20:00:00Z")).toEqual([
      ["2025-12-28", "day"],
    ]);
  });

  it("does not take unanchored phrases, times of day or datelines for dates", () => {
    const text =
      "Putin and Trump will speak very soon. They talk in the very near future and now. " +
      "The call began at 3 p.m. Published 30 December. It was the heaviest in weeks.";
    expect(find(text, TUESDAY_30_DEC)).toEqual([]);
  });

  it("refuses a publication date that is not a timestamp", () => {
    expect(() => find("on Sunday", "last Tuesday")).toThrow(/report\.published "last Tuesday"/);
  });
});

describe("tense of -eed verbs", () => {
  it("reads 'agreed … on Tuesday' as the past Tuesday even with a later 'would'", () => {
    const text =
      "Leaders agreed in Paris on Tuesday on the outline of guarantees that would take effect after a ceasefire.";
    const [t] = findTimes(
      text,
      [{ index: 0, start: 0, end: text.length, paragraph: 0 }],
      "2026-01-07T07:00:00Z",
    );
    expect(t?.value).toBe("2026-01-06");
  });
  it("reads both ends of a range of written dates", () => {
    const text = "The truce runs from December 29 to January 4, envoys said.";
    expect(find(text, MONDAY_29_DEC).map((t) => [t.text, t.value])).toEqual([
      ["December 29", "2025-12-29"],
      ["January 4", "2026-01-04"],
    ]);
    expect(values("Talks ran December 20-22 in Miami.", MONDAY_29_DEC)).toEqual([
      ["2025-12-20", "day"],
    ]);
    const dashed = find("They met on December 27–28 in Florida.", MONDAY_29_DEC);
    expect(dashed.map((t) => [t.text, t.value])).toEqual([["on December 27–28", "2025-12-27"]]);
  });

  it("reads a date after a part of the day", () => {
    const [t] = find("The order was signed on the night of December 26.", MONDAY_29_DEC);
    expect(t).toMatchObject({ text: "December 26", value: "2025-12-26" });
    const [u] = find("Troops left on the morning of November 30, 2025.", MONDAY_29_DEC);
    expect(u).toMatchObject({ value: "2025-11-30" });
  });
});

describe("which way a weekday points", () => {
  const TUESDAY_12_MAY = "2026-05-12T08:00:00Z";
  const SATURDAY_16_MAY = "2026-05-16T08:00:00Z";
  const MONDAY_18_MAY = "2026-05-18T08:00:00Z";
  const FRIDAY_15_MAY = "2026-05-15T08:00:00Z";
  const day = (text: string, published: string) => find(text, published).map((t) => t.value);

  it("reads 'a plan to' as a noun, not as a plan of the speaker's", () => {
    expect(
      day("Ada Morel set out a ten-point plan to end the blockade on Monday.", TUESDAY_12_MAY),
    ).toEqual(["2026-05-11"]);
    expect(day("Varn put forward its plan to reopen the port on Monday.", TUESDAY_12_MAY)).toEqual([
      "2026-05-11",
    ]);
    // The verb still points ahead.
    expect(day("Norland plans to reopen the border on Monday.", TUESDAY_12_MAY)).toEqual([
      "2026-05-18",
    ]);
  });

  it("reads an obligation as yet to be met, and a guess about the past as past", () => {
    expect(day("Keld must hand over the list on Friday.", SATURDAY_16_MAY)).toEqual(["2026-05-22"]);
    expect(day("Keld must have handed over the list on Friday.", SATURDAY_16_MAY)).toEqual([
      "2026-05-15",
    ]);
  });

  it("does not read a participle of state as a past event", () => {
    expect(
      day(
        "The truce gives the Front two days to free the captives believed to be alive, a window that closes at dawn on Sunday.",
        FRIDAY_15_MAY,
      ),
    ).toEqual(["2026-05-17"]);
    // A verb in the past before an infinitive of action still tells of the past.
    expect(day("The Front agreed to free the captives on Sunday.", FRIDAY_15_MAY)).toEqual([
      "2026-05-10",
    ]);
  });

  it("leaves a clause subordinate to the day out of its direction", () => {
    expect(
      day(
        "The talks follow Suthia's statement on Friday that it would lift the blockade.",
        MONDAY_18_MAY,
      ),
    ).toEqual(["2026-05-15"]);
    expect(
      day(
        "The meeting comes after Orsk's pledge on Saturday, which Estmark says will not hold.",
        MONDAY_18_MAY,
      ),
    ).toEqual(["2026-05-16"]);
    // Only the subordinate clause is left out, not the main verb after it.
    expect(
      day(
        "Before her speech on Saturday, Ada Morel, who took office in Keld, had not appeared in public.",
        "2026-05-15T08:00:00Z",
      ),
    ).toEqual(["2026-05-09"]);
    // The day inside the subordinate clause keeps that clause's direction.
    expect(day("Keld said that the blockade would end on Friday.", MONDAY_18_MAY)).toEqual([
      "2026-05-22",
    ]);
    expect(day("Ivo Tesk said on Friday that the blockade would end.", MONDAY_18_MAY)).toEqual([
      "2026-05-15",
    ]);
  });
});

describe("days set for something, and deadlines", () => {
  const SATURDAY_16_MAY = "2026-05-16T08:00:00Z";
  const THURSDAY_14_MAY = "2026-05-14T08:00:00Z";
  const dated = (text: string, published: string) =>
    find(text, published).map((t) => [t.text, t.value]);

  it("does not let the past tense of setting a day place the day set", () => {
    expect(
      dated("Keld replied to a deadline Ada Morel had set for Sunday.", SATURDAY_16_MAY),
    ).toEqual([["Sunday", "2026-05-17"]]);
    expect(dated("The vote was scheduled for Sunday.", SATURDAY_16_MAY)).toEqual([
      ["Sunday", "2026-05-17"],
    ]);
    // A day that is not the one set keeps its clause's past.
    expect(dated("Keld had replied on Sunday.", SATURDAY_16_MAY)).toEqual([
      ["on Sunday", "2026-05-10"],
    ]);
  });

  it("reads a deadline with its hour as still to come when the clause says nothing", () => {
    expect(dated("The window runs until noon on Monday.", THURSDAY_14_MAY)).toEqual([
      ["on Monday", "2026-05-18"],
    ]);
    expect(dated("Orsk gave Varn until 6 p.m. on Monday.", THURSDAY_14_MAY)).toEqual([
      ["on Monday", "2026-05-11"],
    ]);
    // A past verb says when it was.
    expect(dated("The talks lasted until noon on Monday.", THURSDAY_14_MAY)).toEqual([
      ["on Monday", "2026-05-11"],
    ]);
  });

  it("counts days before an event from the day given with it", () => {
    expect(
      dated(
        "The Front answered two days before a deadline Orsk had set for Sunday.",
        SATURDAY_16_MAY,
      ),
    ).toEqual([
      ["two days before a deadline", "2026-05-15"],
      ["Sunday", "2026-05-17"],
    ]);
    expect(dated("Ivo Tesk resigned a day before the vote on Friday.", SATURDAY_16_MAY)).toEqual([
      ["a day before the vote", "2026-05-14"],
      ["on Friday", "2026-05-15"],
    ]);
    // A day set off by a comma belongs to another clause.
    expect(
      dated(
        "The Front answered two days before a deadline, and Orsk left on Sunday.",
        SATURDAY_16_MAY,
      ),
    ).toEqual([["on Sunday", "2026-05-10"]]);
  });
});

describe("vague spans and time limits", () => {
  const FRIDAY_9_OCT = "2026-10-09T08:00:00Z";
  it("reads 'in later weeks' and 'in coming weeks' as vague, not a stretch of the past", () => {
    expect(values("Deliveries are expected to rise in later weeks.", FRIDAY_9_OCT)).toEqual([
      ["2026-10", "vague"],
    ]);
    expect(values("Keld will reopen the port in coming weeks.", FRIDAY_9_OCT)).toEqual([
      ["2026-10", "vague"],
    ]);
    expect(values("Supplies ran short in the later weeks of the siege.", FRIDAY_9_OCT)).toEqual([]);
    expect(values("Supplies ran short in later weeks of the siege.", FRIDAY_9_OCT)).toEqual([]);
  });

  it("takes a counted time limit for a duration, not a date", () => {
    expect(values("Varn must free the captives within three days.", FRIDAY_9_OCT)).toEqual([]);
    expect(values("Varn must free the captives within two weeks.", FRIDAY_9_OCT)).toEqual([]);
    expect(values("Varn may free the captives within a few days.", FRIDAY_9_OCT)).toEqual([
      ["2026-10", "vague"],
    ]);
  });
});

describe("rule keys", () => {
  it("never turn away a text a rule matches", () => {
    const phrases = [
      "On Sunday's evening",
      "Friday’s",
      "Late last month",
      "The end of the year",
      "Mid-December 2025",
      "early 2026",
      "Later in January",
      "since March 2022",
      "Earlier this month",
      "The previous week",
      "The following year",
      "In 2022",
      "mid-1990s",
      "Within weeks",
      "Over the coming few days",
      "Soon after New Year's holidays",
      "Before the New\nYear break",
      "Tonight",
      "This afternoon",
      "Last night",
      "Yesterday",
      "Eleven days ago",
      "twenty-one years\tago",
      "Orthodox Christmas",
      "New Year’s Eve",
      "Over the weekend’s talks",
      "This past weekend",
      "In the final days of December, 2025",
      "The second half of January",
      "Earlier in the week",
      "As soon as the weekend",
      "In later weeks",
    ];
    const matched = new Set<number>();
    for (const text of phrases) {
      for (const [i, r] of ALL_RULES.entries()) {
        if (!new RegExp(r.re.source, "u").test(text)) continue;
        matched.add(i);
        expect(mayMatch(r, text), `${r.re.source} on ${text}`).toBe(true);
      }
    }
    // Each rule is tried on a phrase it matches.
    expect(matched.size).toBe(ALL_RULES.length);
  });
});
