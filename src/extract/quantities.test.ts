import { describe, expect, it } from "vitest";
import { findQuantities, sentenceIndexAt, sentenceIndexer } from "./quantities.js";
import { plainSentences } from "./test-dossier.js";

const find = (text: string) => findQuantities(text, plainSentences(text));
const brief = (text: string) => find(text).map((q) => [q.text, q.value, q.unit]);

describe("quantities", () => {
  it("scopes a hedge to the figure it stands before", () => {
    const qs = find("Russia launched about 500 drones and 40 missiles overnight.");
    expect(qs.map((q) => [q.text, q.value, q.unit, q.approx, q.bound])).toEqual([
      ["about 500 drones", 500, "drone", true, "approx"],
      ["40 missiles", 40, "missile", false, "exact"],
    ]);
    const both = find("It fired about 500 drones and about 40 missiles.");
    expect(both.map((q) => q.approx)).toEqual([true, true]);
  });

  it("reads lower and upper bounds", () => {
    const [more] = find("Kyiv counted more than 600 drones.");
    expect(more).toMatchObject({ value: 600, unit: "drone", bound: "more_than", approx: true });
    const [least] = find("A vote needs a ceasefire of at least 60 days.");
    expect(least).toMatchObject({ value: 60, unit: "day", bound: "at_least", approx: false });
    const [most] = find("The pause could last up to 30 days.");
    expect(most).toMatchObject({ value: 30, unit: "day", bound: "at_most" });
  });

  it("reads ranges written three ways", () => {
    const qs = find(
      "A truce of 60 to 90 days, guarantees of 30-50 years, or between 30 and 50 years.",
    );
    expect(qs.map((q) => [q.text, q.value, q.unit, q.bound])).toEqual([
      ["60 to 90 days", [60, 90], "day", "range"],
      ["30-50 years", [30, 50], "year", "range"],
      ["between 30 and 50 years", [30, 50], "year", "range"],
    ]);
  });

  it('reads two numbers joined by "or" before a unit as a range, but not "one or two"', () => {
    expect(
      find("Varn gave the Front five or six days to answer.").map((q) => [
        q.text,
        q.value,
        q.unit,
        q.bound,
      ]),
    ).toEqual([["five or six days", [5, 6], "day", "range"]]);
    expect(brief("Keld said talks could take one or two days, or three or more weeks.")).toEqual(
      [],
    );
  });

  it("counts no points a writer makes in words, but counts them in digits", () => {
    expect(brief("Three questions hang over the truce in Varn. Two tests will come soon.")).toEqual(
      [],
    );
    expect(brief("The lab ran 40 tests on the samples from Keld.")).toEqual([
      ["40 tests", 40, "test"],
    ]);
    expect(brief("Two tankers left Keld on Friday.")).toEqual([["Two tankers", 2, "tanker"]]);
  });

  it("reads figures in words and hyphenated adjectives", () => {
    expect(brief("Kyiv wants fifteen-year guarantees under a 20-point plan.")).toEqual([
      ["fifteen-year", 15, "year"],
      ["20-point", 20, "point"],
    ]);
    expect(brief("After a two-hour call, forty missiles hit the city.")).toEqual([
      ["two-hour", 2, "hour"],
      ["forty missiles", 40, "missile"],
    ]);
  });

  it("turns mixed durations into the smaller unit", () => {
    expect(brief("The call lasted an hour and 15 minutes.")).toEqual([
      ["an hour and 15 minutes", 75, "minute"],
    ]);
    const [over] = find("They spoke for just over an hour.");
    expect(over).toMatchObject({ text: "just over an hour", value: 1, unit: "hour", approx: true });
  });

  it("keeps the noun of people counted by role, soldiers too", () => {
    expect(brief("A rocket attack near Varn killed three soldiers on Monday.")).toEqual([
      ["three soldiers", 3, "soldier"],
    ]);
    expect(brief("The base houses about 300 U.S. troops and 40 U.N. monitors.")).toEqual([
      ["about 300 U.S. troops", 300, "troop"],
      ["40 U.N. monitors", 40, "monitor"],
    ]);
  });

  it("gives people the role the words after their count name", () => {
    expect(
      brief("Varn will free 90 Suthians serving long sentences and 400 people detained since May."),
    ).toEqual([
      ["90 Suthians", 90, "prisoner"],
      ["400 people", 400, "detainee"],
    ]);
    expect(
      brief("Of the Varnese released, 35 were serving life terms and 610 had been detained."),
    ).toEqual([
      ["35", 35, "prisoner"],
      ["610", 610, "detainee"],
    ]);
    expect(brief("The Front still has 12 Keldans held hostage in the hills.")).toEqual([
      ["12 Keldans", 12, "hostage"],
    ]);
    // Harm names no role, and a place after "held" no custody: those stay persons.
    expect(brief("Shelling killed 14 people, and 300 Suthians held out in the town.")).toEqual([
      ["14 people", 14, "person"],
      ["300 Suthians", 300, "person"],
    ]);
  });

  it("counts an army's size in troops, with or without the noun", () => {
    expect(brief("Ukraine would keep an army of 800,000 in peacetime.")).toEqual([
      ["800,000", 800000, "troop"],
    ]);
    expect(brief("Its forces would stay at 800,000 soldiers.")).toEqual([
      ["800,000 soldiers", 800000, "troop"],
    ]);
  });

  it("reads percentages, shares and money", () => {
    expect(brief("Trump put it at 95% while Kyiv said 90 percent.")).toEqual([
      ["95%", 95, "percent"],
      ["90 percent", 90, "percent"],
    ]);
    expect(
      brief("Russia holds about three-quarters of Donetsk; the remaining quarter is contested."),
    ).toEqual([
      ["about three-quarters", 75, "percent"],
      ["the remaining quarter", 25, "percent"],
    ]);
    expect(brief("The fund would hold $10 billion for 1.5 million people.")).toEqual([
      ["$10 billion", 10_000_000_000, "dollar"],
      ["1.5 million people", 1_500_000, "person"],
    ]);
  });

  it("gives a bare figure the unit of the figure it is compared with", () => {
    expect(brief("The plan was cut from 28 points to 20.")).toEqual([
      ["28 points", 28, "point"],
      ["20", 20, "point"],
    ]);
  });

  it("leaves out years, dates, times, ordinals, names and vague counts", () => {
    const text =
      "In 2022 the war widened. On December 28 they met at 3 p.m. for the first time. " +
      "One or two issues remain, the two sides said. Article 5 guarantees were raised. " +
      "Eleven days ago, they spoke of dozens of missiles.";
    expect(find(text)).toEqual([]);
  });

  it("counts any noun after a number word, made singular", () => {
    expect(brief("Inspectors found seven centrifuges and nine warehouses.")).toEqual([
      ["seven centrifuges", 7, "centrifuge"],
      ["nine warehouses", 9, "warehouse"],
    ]);
    expect(brief("Fourteen senators and three bishops wrote to the court.")).toEqual([
      ["Fourteen senators", 14, "senator"],
      ["three bishops", 3, "bishop"],
    ]);
    expect(brief("The court will hear eleven cases in two sessions.")).toEqual([
      ["eleven cases", 11, "case"],
      ["two sessions", 2, "session"],
    ]);
  });

  it("leaves out known sets and a lone one before a noun", () => {
    expect(brief("The three envoys met, and both two delegations left.")).toEqual([]);
    expect(brief("One proposal remains on the table.")).toEqual([]);
  });

  it("keeps counts of sources and of people harmed, named by role", () => {
    expect(brief("Four diplomats briefed on the talks said six tankers sailed.")).toEqual([
      ["Four diplomats", 4, "diplomat"],
      ["six tankers", 6, "tanker"],
    ]);
    expect(brief("The plan stalled, according to three European officials.")).toEqual([
      ["three European officials", 3, "official"],
    ]);
    expect(brief("The blast killed four people, regional officials said.")).toEqual([
      ["four people", 4, "person"],
    ]);
    expect(brief("A strike wounded 12 people, local authorities said on Friday.")).toEqual([
      ["12 people", 12, "person"],
    ]);
  });

  it("counts casualties when the noun is left out", () => {
    expect(brief("A shell hit the square, killing three and wounding 21.")).toEqual([
      ["three", 3, "person"],
      ["21", 21, "person"],
    ]);
    expect(brief("Police reported five dead after the flood.")).toEqual([
      ["five dead", 5, "person"],
    ]);
    expect(brief("The toll climbed to 1,450, with 300 injured.")).toEqual([
      ["1,450", 1450, "person"],
      ["300 injured", 300, "person"],
    ]);
  });

  it("reads labelled figures in fact boxes", () => {
    expect(brief("At a glance\nWarships: 14\nCasualties — 2,300")).toEqual([
      ["14", 14, "warship"],
      ["2,300", 2300, "casualty"],
    ]);
  });

  it("reads dozens, halves and quarters of longer spans", () => {
    expect(brief("Nearly half a century on, a dozen towns remain empty.")).toEqual([
      ["Nearly half a century", 50, "year"],
      ["a dozen towns", 12, "town"],
    ]);
    expect(brief("It took a quarter of a century and half a dozen rounds.")).toEqual([
      ["a quarter of a century", 25, "year"],
      ["half a dozen rounds", 6, "round"],
    ]);
  });

  it("reads currency codes and scale words", () => {
    expect(brief("Lenders pledged US$ 4.5 bn, EUR 300 million and £2bn.")).toEqual([
      ["US$ 4.5 bn", 4_500_000_000, "dollar"],
      ["EUR 300 million", 300_000_000, "euro"],
      ["£2bn", 2_000_000_000, "pound"],
    ]);
  });

  it("counts a people named by nationality as persons", () => {
    expect(brief("About 40,000 Sudanese crossed and 300 Eritreans waited.")).toEqual([
      ["About 40,000 Sudanese", 40000, "person"],
      ["300 Eritreans", 300, "person"],
    ]);
  });

  it("leaves out ratios and keeps amounts apart from shares", () => {
    expect(brief("One in five voters and 3 out of 10 firms agreed.")).toEqual([]);
    expect(brief("Sales rose 3% to 1.2 trillion rupees.")).toEqual([
      ["3%", 3, "percent"],
      ["1.2 trillion rupees", 1_200_000_000_000, "rupee"],
    ]);
    expect(brief("Output grew 2 percent to 900 million.")).toEqual([["2 percent", 2, "percent"]]);
  });

  it("counts the others hurt alongside a named group", () => {
    expect(brief("Four guards died and six others were injured.")).toEqual([
      ["Four guards", 4, "guard"],
      ["six others were injured", 6, "person"],
    ]);
    expect(brief("Two medics were freed with 90 others.")).toEqual([["Two medics", 2, "medic"]]);
  });

  it("reads short and foreign measure names", () => {
    expect(
      brief("Customs seized 12 kg of gold and 40 tonnes of grain worth 5 million yen."),
    ).toEqual([
      ["12 kg", 12, "kg"],
      ["40 tonnes", 40, "tonne"],
      ["5 million yen", 5_000_000, "yen"],
    ]);
  });

  it("counts a body of people by its strength", () => {
    expect(brief("A 4,000-strong rapid reaction force deployed.")).toEqual([
      ["4,000-strong rapid reaction force", 4000, "troop"],
    ]);
    expect(brief("The 12,000-strong garrison surrendered to a 40-strong delegation.")).toEqual([
      ["12,000-strong garrison", 12000, "troop"],
      ["40-strong delegation", 40, "person"],
    ]);
  });

  it("reads m and k after digits only when a counted noun follows", () => {
    expect(brief("About 2.4m refugees and 30k volunteers, beside a 3m fence.")).toEqual([
      ["About 2.4m refugees", 2_400_000, "refugee"],
      ["30k volunteers", 30_000, "volunteer"],
    ]);
  });

  it("keeps offsets into the text and the sentence index", () => {
    const text = "Talks went on. Russia fired some 40 missiles.";
    const [q] = find(text);
    expect(q).toMatchObject({ text: "some 40 missiles", sentence: 1 });
    expect(text.slice(q!.start, q!.end)).toBe("some 40 missiles");
  });

  it("counts a share in words even after 'the other' or 'the remaining'", () => {
    expect(brief("Most of it is done; the other twenty percent is the hard part.")).toEqual([
      ["twenty percent", 20, "percent"],
    ]);
    expect(brief("They argued over the remaining five per cent of the text.")).toEqual([
      ["five per cent", 5, "percent"],
    ]);
    expect(brief("Only the last fifteen percent of the route is paved.")).toEqual([
      ["fifteen percent", 15, "percent"],
    ]);
  });

  it("merges a duration and a fraction of it into the smaller unit", () => {
    expect(brief("The meeting ran an hour and a quarter.")).toEqual([
      ["an hour and a quarter", 75, "minute"],
    ]);
    expect(brief("Their talk lasted two hours and a half.")).toEqual([
      ["two hours and a half", 150, "minute"],
    ]);
    expect(brief("The siege went on for a year and three quarters.")).toEqual([
      ["a year and three quarters", 21, "month"],
    ]);
  });

  it("reads days counted from an event as a date, not a duration", () => {
    expect(brief("The ministry replied three days after the vote.")).toEqual([]);
    expect(brief("Two weeks before Christmas, the envoy resigned.")).toEqual([]);
    expect(
      brief("Rebels struck a day after their leader spoke and again 4 days after it."),
    ).toEqual([]);
    expect(brief("The truce held for 30 days, then collapsed.")).toEqual([["30 days", 30, "day"]]);
  });

  it("lends a bare figure that ends its clause the unit of the figure before it", () => {
    expect(brief("Lenders proposed a 10-year loan and the firm asked for up to 25.")).toEqual([
      ["10-year", 10, "year"],
      ["up to 25", 25, "year"],
    ]);
    expect(brief("The union wanted 9 percent. Management offered a more modest 4.")).toEqual([
      ["9 percent", 9, "percent"],
      ["a more modest 4", 4, "percent"],
    ]);
    expect(
      brief("The first draft ran to 28 points; the final one has about 20, aides say."),
    ).toEqual([
      ["28 points", 28, "point"],
      ["about 20", 20, "point"],
    ]);
    expect(brief("Rebels hold twelve villages. They had asked for as many as thirty.")).toEqual([
      ["twelve villages", 12, "village"],
      ["as many as thirty", 30, "village"],
    ]);
  });

  it("leaves a bare figure alone when nothing shows its noun was left out", () => {
    expect(
      brief("The army fired 40 shells. Around 30 residents fled, and 25 stayed behind."),
    ).toEqual([
      ["40 shells", 40, "shell"],
      ["Around 30 residents", 30, "resident"],
    ]);
    expect(brief("He served 4 years in office and retired at 70.")).toEqual([
      ["4 years", 4, "year"],
    ]);
    expect(brief("Workers laid 3 km of track. Costs reached about 9000.")).toEqual([
      ["3 km", 3, "km"],
    ]);
  });
});

describe("counts that go on with one told before", () => {
  it('takes the noun of a part from after "of"', () => {
    expect(brief("The army said three of its medics were hurt at the crossing.")).toEqual([
      ["three", 3, "medic"],
    ]);
    // A part of a group counted itself is marked as such: it is no rival value of the whole.
    const parts = find("Only 12 of the 40 stranded sailors reached the shore on Friday.");
    expect(parts.map((q) => [q.text, q.value, q.unit, q.partOfCounted])).toEqual([
      ["12", 12, "sailor", true],
      ["40 stranded sailors", 40, "sailor", undefined],
    ]);
    expect(find("The army said three of its medics were hurt.")[0]?.partOfCounted).toBeUndefined();
  });

  it('marks a figure after a fronted "of the …" as part of that group', () => {
    const marked = (text: string) =>
      find(text).map((q) => [q.text, q.partOfCounted ?? false] as const);
    expect(marked("Of the people rescued, 12 sailors were taken to Varn.")).toEqual([
      ["12 sailors", true],
    ]);
    expect(marked("Of those freed on Monday, some 30 prisoners had served ten years.")).toEqual([
      ["some 30 prisoners", true],
      ["ten years", false],
    ]);
    // No fronted group: a figure after a comma stays whole.
    expect(marked("In the end, 12 sailors were taken to Varn.")).toEqual([["12 sailors", false]]);
    expect(marked("Of course, 12 sailors were taken to Varn.")).toEqual([["12 sailors", false]]);
  });

  it("keeps the role noun of a part that is a casualty, one included", () => {
    expect(brief("Gunmen killed two of its soldiers near Varn on Sunday.")).toEqual([
      ["two", 2, "soldier"],
    ]);
    expect(brief("Norland said a blast killed one of its soldiers at the border.")).toEqual([
      ["one", 1, "soldier"],
    ]);
    expect(brief("One of its medics was wounded near Keld.")).toEqual([["One", 1, "medic"]]);
    // One of a group with no harm told is no count: "one of the envoys said".
    expect(brief("One of the envoys said the talks in Varn would resume.")).toEqual([]);
    // "ones" stands for a noun told elsewhere.
    expect(brief('"Twelve of our loved ones are still missing," she said.')).toEqual([]);
  });

  it('lends the count before it to "the other", "another", "all", "more" and "of whom"', () => {
    expect(brief("Nine miners were lifted out at noon, and the other 14 by nightfall.")).toEqual([
      ["Nine miners", 9, "miner"],
      ["14", 14, "miner"],
    ]);
    expect(brief("The ferry landed six trucks on Monday and four more on Tuesday.")).toEqual([
      ["six trucks", 6, "truck"],
      ["four", 4, "truck"],
    ]);
    expect(
      brief("Officials counted 30 refugees at the border. All 30 were given shelter."),
    ).toEqual([
      ["30 refugees", 30, "refugee"],
      ["30", 30, "refugee"],
    ]);
    expect(brief("The storm stranded 51 travellers, about 20 of whom were children.")).toEqual([
      ["51 travellers", 51, "traveller"],
      ["about 20", 20, "traveller"],
    ]);
  });

  it("counts a figure that a number of things named before it is set to", () => {
    expect(
      brief(
        "Varn will cut the number of ferries sailing to Keld to 12 a week, half the 24 a week agreed in May.",
      ),
    ).toEqual([
      ["12", 12, "ferry"],
      ["24", 24, "ferry"],
    ]);
    expect(
      brief("Divers found two more barges, bringing the number of barges raised to nine."),
    ).toEqual([
      ["two more barges", 2, "barge"],
      ["nine", 9, "barge"],
    ]);
    // Another clause between them: the figure is no longer the number's.
    expect(brief("Varn doubled the number of ferries in May and raised fares to 12.")).toEqual([]);
  });

  it("lends the count before it to what is left of it and to a figure it is measured against", () => {
    expect(
      brief(
        "The Front freed six divers on Monday and four more on Tuesday, leaving 14 still at sea.",
      ),
    ).toEqual([
      ["six divers", 6, "diver"],
      ["four", 4, "diver"],
      ["14", 14, "diver"],
    ]);
    expect(brief("Keld now lets 40 lorries a day cross, half of the 80 promised in May.")).toEqual([
      ["40 lorries", 40, "lorry"],
      ["80", 80, "lorry"],
    ]);
    // A figure far from any count keeps no noun: "leaving" alone lends nothing.
    expect(brief("The talks ended at noon, leaving 14 for the next round.")).toEqual([]);
  });

  it('lends the count before it to a bounded part "of whom", marked as a part', () => {
    const qs = find(
      "The Front still holds 60 divers at the port of Varn, about 25 of whom are ill.",
    );
    expect(qs.map((q) => [q.text, q.value, q.unit, q.approx, q.partOfCounted])).toEqual([
      ["60 divers", 60, "diver", false, undefined],
      ["about 25", 25, "diver", true, true],
    ]);
    expect(brief("The Front still holds 60 divers at the port of Varn and about 25 more.")).toEqual(
      [
        ["60 divers", 60, "diver"],
        ["about 25", 25, "diver"],
      ],
    );
    // With no count before it, a bounded part has no noun.
    expect(brief("Ada Morel said about 25 of them were ill.")).toEqual([]);
  });

  it('lends a count to "others" in a later sentence, not in its own', () => {
    expect(
      brief(
        "Twelve divers were brought up alive. The Front still has to return 30 others lost at sea.",
      ),
    ).toEqual([
      ["Twelve divers", 12, "diver"],
      ["30", 30, "diver"],
    ]);
    // Beside a count in its own sentence, others are people of any kind.
    expect(
      brief("The blast near Varn killed three divers and hurt 30 others at the port."),
    ).toEqual([["three divers", 3, "diver"]]);
  });

  it("lends no share, sum or length of time, and nothing across a paragraph", () => {
    expect(brief("Turnout reached 64% in the capital and the other 12 were absent.")).toEqual([
      ["64%", 64, "percent"],
    ]);
    expect(brief("The talks lasted nine days.\n\nAll 40 delegates went home.")).toEqual([
      ["nine days", 9, "day"],
      ["40 delegates", 40, "delegate"],
    ]);
    expect(brief("Two barges sank. The inquiry named four more causes.")).toEqual([
      ["Two barges", 2, "barge"],
      ["four more causes", 4, "cause"],
    ]);
  });
});

describe("sentence index of an offset", () => {
  it("finds by binary search what the scan finds, in order or not", () => {
    const at = (starts: number[]) =>
      starts.map((start, i) => ({ index: i + 3, start, end: start + 10, paragraph: 0 }));
    for (const starts of [[], [0], [5, 20, 20, 40], [0, 30, 10, 50]]) {
      const sentences = at(starts);
      const indexOf = sentenceIndexer(sentences);
      for (let offset = 0; offset < 60; offset++) {
        expect(indexOf(offset)).toBe(sentenceIndexAt(sentences, offset));
      }
    }
  });
});
