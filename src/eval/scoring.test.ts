/** The scoring rules of FORMAT.md on small hand-made sets and predictions. */
import { describe, expect, it } from "vitest";
import type { GoldArticle, GoldSet, GoldStance } from "./gold.js";
import { tokenOverlap } from "./match.js";
import type { Predictions } from "./predictions.js";
import { scoreDates } from "./score-dates.js";
import { scoreFacts } from "./score-facts.js";
import { scoreQuantities } from "./score-quantities.js";
import { scoreQuotes } from "./score-quotes.js";
import { scoreStances } from "./score-stances.js";
import { scoreSyndication } from "./score-syndication.js";
import { goldTracking, scoreTracking } from "./score-tracking.js";
import { allVariantsListed, numbersIn } from "./variant-match.js";

const empty = { quotes: [], quantities: [], dates: [], stances: [] };

function article(
  id: string,
  owner: string,
  text: string,
  gold: Partial<GoldArticle["gold"]> = {},
  from: string | null = null,
): GoldArticle {
  return {
    id,
    file: `${id}.json`,
    source: { id: owner, name: owner, owner, country: "US", kind: "outlet" },
    url: null,
    published: "2025-12-28T12:00:00Z",
    title: "",
    byline: null,
    text,
    syndicated_from: from,
    gold: { ...empty, ...gold },
  };
}

function set(articles: GoldArticle[], facts: GoldSet["facts"] = []): GoldSet {
  return { name: "t", dir: "/t", actors: [], articles, facts, hasFacts: true };
}

function predict(
  byArticle: Record<string, Partial<GoldArticle["gold"]>>,
  rest: Partial<Predictions> = {},
): Predictions {
  const articles: Predictions["articles"] = {};
  for (const [id, a] of Object.entries(byArticle)) articles[id] = { ...empty, ...a };
  return { articles, facts: [], syndication: [], ...rest };
}

describe("quotes", () => {
  const gold = set([
    article("a", "o", "…", {
      quotes: [
        { speaker: "trump", kind: "direct", text: "closer than ever before" },
        {
          speaker: "putin",
          kind: "indirect",
          text: "Russia would not accept foreign troops in Ukraine",
        },
      ],
    }),
  ]);

  it("matches the same speaker with at least 60% token overlap, and not another speaker", () => {
    const s = scoreQuotes(
      gold,
      predict({
        a: {
          quotes: [
            { speaker: "trump", kind: "direct", text: "closer than ever before," },
            {
              speaker: "peskov",
              kind: "indirect",
              text: "Russia would not accept foreign troops in Ukraine",
            },
          ],
        },
      }),
    );
    expect(s.matched).toBe(1);
    expect(s.misses[0]?.note).toBe("text found with speaker peskov");
    expect(s.byKind.direct.f1).toBe(1);
    expect(s.byKind.indirect.recall).toBe(0);
  });

  it("does not match a prediction that swallows a long stretch around a short quote", () => {
    expect(
      tokenOverlap(
        "closer than ever before",
        "the two sides were closer than ever before, but he cautioned that issues remain",
      ),
    ).toBeLessThan(0.6);
  });
});

describe("quantities and stances", () => {
  it("needs the same value and unit, ranges included", () => {
    const gold = set([
      article("a", "o", "…", {
        quantities: [
          { text: "60 to 90 days", value: [60, 90], unit: "day", approx: false },
          { text: "about 500 drones", value: 500, unit: "drone", approx: true },
        ],
      }),
    ]);
    const s = scoreQuantities(
      gold,
      predict({
        a: {
          quantities: [
            { text: "60 to 90 days", value: [60, 90], unit: "day", approx: false },
            { text: "500", value: 500, unit: "missile", approx: true },
          ],
        },
      }),
    );
    expect([s.matched, s.precision, s.recall]).toEqual([1, 0.5, 0.5]);
  });

  it("needs actor, issue and position to agree", () => {
    const gold = set([
      article("a", "o", "…", {
        stances: [{ actor: "russia", issue: "ceasefire", position: "rejects", evidence: "x" }],
      }),
    ]);
    const wrong = predict({
      a: { stances: [{ actor: "russia", issue: "ceasefire", position: "opposes", evidence: "x" }] },
    });
    expect(scoreStances(gold, wrong).f1).toBe(0);
  });
});

describe("dates", () => {
  const text = "They met on Sunday and will meet again in early January.";
  const gold = set([
    article("a", "o", text, {
      dates: [
        { text: "on Sunday", value: "2025-12-28" },
        { text: "early January", value: "2026-01", granularity: "month-part" },
      ],
    }),
  ]);

  it("scores values, and value accuracy over the dates found at their place", () => {
    const s = scoreDates(
      gold,
      predict({
        a: {
          dates: [
            { text: "Sunday", value: "2025-12-21" },
            { text: "early January", value: "2026-01", granularity: "month" },
          ],
        },
      }),
    );
    expect(s.matched).toBe(1);
    expect(s.spanRecall).toBe(1);
    expect(s.valueAccuracy).toBe(0.5);
    expect(s.granularityAccuracy).toBe(0.5);
    expect(s.wrongValues[0]?.predicted.value).toBe("2025-12-21");
  });
});

describe("facts and syndication", () => {
  const articles = [
    article("w1", "wire-owner", "Zelenskyy said about 90 percent was agreed."),
    article("r1", "other-owner", "Zelenskyy said about 90 percent was agreed.", {}, "w1"),
    article("o1", "third-owner", "Trump said 95 percent of the plan was agreed."),
  ];
  const facts: GoldSet["facts"] = [
    {
      id: "F1",
      claim: "share agreed",
      status: "conflicting",
      variants: [
        { value: "90%", articles: ["w1", "r1"], asserted_by: null },
        { value: "95%", articles: ["o1"], asserted_by: null },
      ],
      evidence: [{ article: "o1", text: "95 percent of the plan" }],
    },
  ];
  const cluster = (status: Predictions["facts"][number]["status"], values: string[]) => ({
    id: "c1",
    claim: "share",
    status,
    variants: values.map((value) => ({ value, articles: ["w1", "r1", "o1"], asserted_by: null })),
    evidence: [{ article: "o1", text: "Trump  said 95 percent of the plan was agreed." }],
  });

  it("finds a fact through an evidence sentence and checks verdict and variants", () => {
    const s = scoreFacts(
      set(articles, facts),
      predict({}, { facts: [cluster("conflicting", ["about 90%", "95%"])] }),
    );
    expect([s.found, s.verdictAccuracy, s.variantShare]).toEqual([1, 1, 1]);
    const one = scoreFacts(
      set(articles, facts),
      predict({}, { facts: [cluster("conflicting", ["95%"])] }),
    );
    expect(one.variantShare).toBe(0);
  });

  it("takes, of clusters holding as much of a fact's evidence, the one listing its values", () => {
    const statement = { ...cluster("corroborated", ["Trump said the plan was agreed"]), id: "c0" };
    const figures = { ...cluster("conflicting", ["about 90%", "95%"]), id: "c1" };
    for (const order of [
      [statement, figures],
      [figures, statement],
    ]) {
      const s = scoreFacts(set(articles, facts), predict({}, { facts: order }));
      expect(s.outcomes[0]?.cluster).toBe("c1");
      expect(s.verdictAccuracy).toBe(1);
    }
  });

  it("counts a corroborated cluster resting on a wire and its reprint as a copy confirmation", () => {
    const c = {
      ...cluster("corroborated", ["90%"]),
      evidence: [
        { article: "w1", text: "x" },
        { article: "r1", text: "x" },
      ],
    };
    c.variants = [{ value: "90%", articles: ["w1", "r1"], asserted_by: null }];
    expect(scoreFacts(set(articles, facts), predict({}, { facts: [c] })).copiesAsConfirmation).toBe(
      1,
    );
  });

  it("scores reprint pairs in their direction", () => {
    const s = scoreSyndication(
      set(articles),
      predict(
        {},
        {
          syndication: [
            { article: "r1", original: "w1" },
            { article: "o1", original: "w1" },
          ],
        },
      ),
    );
    expect([s.precision, s.recall]).toEqual([0.5, 1]);
  });
});

describe("variant values", () => {
  it("reads numbers from digits, words, months and 'an hour'", () => {
    expect(numbersIn("just over an hour")).toEqual([1]);
    expect(numbersIn("two hours")).toEqual([2]);
    expect(numbersIn("26 December 2025")).toEqual([26, 12, 2025]);
    expect(numbersIn("60–90 days")).toEqual([60, 90]);
  });

  it("lists each gold value by a different system value", () => {
    expect(
      allVariantsListed(["at least 60 days", "60 to 90 days"], ["60 days", "60 to 90 days"]),
    ).toBe(true);
    expect(
      allVariantsListed(["2025-12-26", "2025-12-24"], ["24 December", "26 December 2025"]),
    ).toBe(false);
    expect(allVariantsListed(["2025-12-26", "2025-12-24"], ["2025-12-24", "2025-12-26"])).toBe(
      true,
    );
    expect(allVariantsListed(["90%", "95%"], ["90%"])).toBe(false);
  });

  it("takes a gold value's other form in brackets or after a slash as the same value", () => {
    expect(
      allVariantsListed(
        ["40 minutes (two thirds of an hour)", "an hour"],
        ["40 minutes", "1 hour"],
      ),
    ).toBe(true);
    expect(allVariantsListed(["40 minutes (two thirds of an hour)"], ["30 minutes"])).toBe(false);
    expect(allVariantsListed(["signed / initialled"], ["initialled on Monday"])).toBe(true);
    expect(allVariantsListed(["signed / initialled"], ["postponed"])).toBe(false);
  });
});

describe("tracking", () => {
  const on = (a: GoldArticle, day: string): GoldArticle => ({
    ...a,
    published: `${day}T09:00:00Z`,
  });
  const stance = (actor: string, issue: string, position: GoldStance["position"]) => ({
    actor,
    issue,
    position,
    evidence: "…",
  });
  const gold = set([
    on(article("a", "o1", "…", { stances: [stance("kel", "dam", "demands")] }), "2026-01-01"),
    on(article("b", "o2", "…", { stances: [stance("kel", "dam", "accepts")] }), "2026-01-03"),
    // A copy says nothing of its own: its later day and position do not count.
    on(article("c", "o3", "…", { stances: [stance("kel", "dam", "rejects")] }, "b"), "2026-01-05"),
    on(
      article("d", "o4", "…", {
        stances: [stance("var", "truce", "supports"), stance("var", "truce", "opposes")],
      }),
      "2026-01-02",
    ),
    // A denial is about a fact: no cell.
    on(article("e", "o5", "…", { stances: [stance("var", "strikes", "denies")] }), "2026-01-02"),
  ]);

  it("takes each cell's group from its latest day, and a change of group between days as a shift", () => {
    const implied = goldTracking(gold);
    expect(implied.cells).toEqual([
      { actor: "kel", issue: "dam", day: "2026-01-03", groups: ["for"] },
      { actor: "var", issue: "truce", day: "2026-01-02", groups: ["against", "for"] },
    ]);
    expect(implied.shifts).toEqual([{ actor: "kel", issue: "dam", from: "insists", to: "for" }]);
  });

  it("scores cells by group (any group of a mixed day) and shifts by both ends", () => {
    const scores = scoreTracking(
      gold,
      predict(
        {},
        {
          tracking: {
            stances: [
              { actor: "kel", issue: "dam", position: "supports", as_of: "2026-01-03" },
              { actor: "var", issue: "truce", position: "rejects", as_of: "2026-01-02" },
              { actor: "var", issue: "strikes", position: "opposes", as_of: "2026-01-02" },
            ],
            shifts: [
              { actor: "kel", issue: "dam", from: "demands", to: "proposes", on: "2026-01-03" },
              { actor: "var", issue: "truce", from: "supports", to: "accepts", on: "2026-01-02" },
              { actor: "kel", issue: "dam", from: "accepts", to: "rejects", on: "2026-01-05" },
            ],
          },
        },
      ),
    );
    expect([scores.matrix.matched, scores.matrix.predicted, scores.matrix.gold]).toEqual([2, 3, 2]);
    expect(scores.matrix.falseHits).toEqual([{ actor: "var", issue: "strikes", group: "against" }]);
    // "supports → accepts" stays in one group: no shift, so it is not counted as predicted.
    expect([scores.shifts.matched, scores.shifts.predicted, scores.shifts.gold]).toEqual([1, 2, 1]);
  });

  it("scores predictions without tracking as finding nothing", () => {
    const scores = scoreTracking(gold, predict({}));
    expect(scores.matrix.recall).toBe(0);
    expect(scores.shifts.predicted).toBe(0);
  });
});
