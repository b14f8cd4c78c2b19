import { describe, expect, it } from "vitest";
import { plainSentences } from "./test-dossier.js";
import { findTimes } from "./times.js";

const THURSDAY_8_JAN = "2026-01-08T09:00:00Z";
const dates = (text: string) =>
  findTimes(text, plainSentences(text), THURSDAY_8_JAN).map((t) => [t.text, t.value]);

describe("days counted from another day", () => {
  it("counts from the day named just before", () => {
    expect(dates("Envoys met on January 3. The day before, shelling hit Odesa.")).toEqual([
      ["on January 3", "2026-01-03"],
      ["The day before", "2026-01-02"],
    ]);
    expect(dates("The deal was signed Monday and ratified two days later.")).toEqual([
      ["Monday", "2026-01-05"],
      ["two days later", "2026-01-07"],
    ]);
    expect(dates("Strikes resumed on Tuesday; the previous day had been calm.")).toEqual([
      ["on Tuesday", "2026-01-06"],
      ["the previous day", "2026-01-05"],
    ]);
    expect(dates("She landed on December 30 and spoke the same day.")).toEqual([
      ["on December 30", "2025-12-30"],
      ["the same day", "2025-12-30"],
    ]);
  });

  it("counts back from the publication day when no day was named", () => {
    expect(dates("A day earlier, the minister resigned.")).toEqual([
      ["A day earlier", "2026-01-07"],
    ]);
    expect(dates("Rebels shelled the port the day before.")).toEqual([
      ["the day before", "2026-01-07"],
    ]);
  });

  it("leaves out phrases with their own anchor, comparisons, and later days with no anchor", () => {
    expect(dates("Aid arrived the day after the vote.")).toEqual([]);
    expect(dates("The tour began three days later than planned.")).toEqual([]);
    expect(dates("A week of talks ended; a day later, ministers left.")).toEqual([]);
  });

  it("takes the whole word before the days as the count, and only a word", () => {
    expect(dates("Envoys met on January 3. Two\u00a0days  later, they left.")).toEqual([
      ["on January 3", "2026-01-03"],
      ["Two\u00a0days  later", "2026-01-05"],
    ]);
    expect(
      dates("Envoys met on January 3. Some 4days later, or x2 days later, they left."),
    ).toEqual([["on January 3", "2026-01-03"]]);
  });
});

describe("days counted from a named event or the story's day", () => {
  const at = (text: string, published = "2026-05-12T09:00:00Z") =>
    findTimes(text, plainSentences(text), published).map((t) => [t.text, t.value]);

  it("counts from the day the text gives the event", () => {
    expect(
      at("The summit in Rome opened on 4 May. Two days after the summit, the rebels struck again."),
    ).toEqual([
      ["on 4 May", "2026-05-04"],
      ["Two days after the summit", "2026-05-06"],
    ]);
    expect(
      at("Friday's vote went badly. The day before the vote, the mayor had resigned."),
    ).toEqual([
      ["Friday's", "2026-05-08"],
      ["The day before the vote", "2026-05-07"],
    ]);
    expect(
      at("The ministers spoke by phone on Tuesday. Markets fell the day after the phone call."),
    ).toEqual([
      ["on Tuesday", "2026-05-12"],
      ["the day after the phone call", "2026-05-13"],
    ]);
  });

  it("gives no day when the text does not date the event", () => {
    expect(at("The day after the election, crowds gathered.")).toEqual([]);
    expect(at("Three days before the launch, the crew was replaced.")).toEqual([]);
    expect(
      at("The board reported losses on Monday. The day before the auditor reported, shares fell."),
    ).toEqual([["on Monday", "2026-05-11"]]);
  });

  it("reads 'that day' as the day last named, and as no date with none named", () => {
    expect(at("Envoys met on Monday. Orsk signed the text that day and left.")).toEqual([
      ["on Monday", "2026-05-11"],
      ["that day", "2026-05-11"],
    ]);
    expect(at("The strike hit Varn on 2 May, and on that same day the talks broke off.")).toEqual([
      ["on 2 May", "2026-05-02"],
      ["on that same day", "2026-05-02"],
    ]);
    expect(at("Nobody in Keld knows when that day will come.")).toEqual([]);
    expect(
      at("The Front signed on Monday. Keld sent a delegation to that day-long meeting."),
    ).toEqual([["on Monday", "2026-05-11"]]);
  });

  it("reads 'earlier in the day' as the story's day", () => {
    expect(
      at(
        "Talks were held on Saturday in Geneva. Many delegates arrived late. The envoy had met the minister earlier in the day.",
      ),
    ).toEqual([
      ["on Saturday", "2026-05-09"],
      ["earlier in the day", "2026-05-09"],
    ]);
    expect(at("Officials said later that day the border would reopen.")).toEqual([
      ["later that day", "2026-05-12"],
    ]);
    expect(at("The strike came on 2 May. Earlier that morning, sirens sounded.")).toEqual([
      ["on 2 May", "2026-05-02"],
      ["Earlier that morning", "2026-05-02"],
    ]);
  });
});
