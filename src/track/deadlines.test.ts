import { describe, expect, it } from "vitest";
import type { ExtractedReport } from "../model/index.js";
import { groupStatements, buildLedger as ledgerOfDigests } from "./deadlines.js";
import { digestOf } from "./digest.js";
import { actionOf, tellsDone } from "./ledger-terms.js";
import { extracted } from "./test-records.js";

/** The ledger over reports, through their digests as a store keeps them (a JSON round trip). */
const buildLedger = (reports: ExtractedReport[], asOf: string | null) =>
  ledgerOfDigests(
    reports.map((x) => JSON.parse(JSON.stringify(digestOf(x)))),
    asOf,
  );

const announce = extracted(
  "a1",
  "2026-01-02T09:00:00Z",
  "The Elysee said allied leaders will meet in Lyon in early January to settle their pledges. Ministers will not accept any delay.",
  {
    mentions: [["france", "The Elysee"]],
    times: [["in early January", "2026-01", "month-part", true]],
    commitments: [
      [
        "france",
        "allied leaders will meet in Lyon in early January to settle their pledges",
        "in early January",
      ],
      [null, "Ministers will not accept any delay", null],
    ],
  },
);

const restated = extracted(
  "a2",
  "2026-01-03T09:00:00Z",
  "Allied leaders will meet in Lyon on Tuesday, a diplomat said.",
  {
    times: [["on Tuesday", "2026-01-06", "day", true]],
    commitments: [["france", "Allied leaders will meet in Lyon on Tuesday", "on Tuesday"]],
  },
);

const happened = extracted(
  "a3",
  "2026-01-06T20:00:00Z",
  "Allied leaders met in Lyon on Tuesday and agreed their pledges.",
  { times: [["on Tuesday", "2026-01-06", "day", false]] },
);

const callPlan = extracted(
  "b1",
  "2025-12-20T10:00:00Z",
  "The envoy said the two presidents would speak again very soon.",
  { commitments: [["envoy", "the two presidents would speak again very soon", null]] },
);

const courierPlan = extracted(
  "c1",
  "2025-12-10T10:00:00Z",
  "The courier will travel to Oslo on Friday, officials said.",
  {
    times: [["on Friday", "2025-12-12", "day", true]],
    commitments: [["courier", "The courier will travel to Oslo on Friday", "on Friday"]],
  },
);

const latest = extracted("z9", "2026-01-10T12:00:00Z", "Nothing else happened.");

describe("commitments and deadlines ledger", () => {
  it("gathers one plan told by two reports, keeps the narrowest window and marks it met", () => {
    const ledger = buildLedger([announce, restated, happened, latest], latest.report.published);
    const lyon = ledger.find((e) => e.what.includes("Lyon"))!;
    expect(lyon.statements.map((s) => s.reportId)).toEqual(["a1", "a2"]);
    expect(lyon.statements[0]?.due).toMatchObject({ from: "2026-01-02", until: "2026-01-10" });
    expect(lyon.due).toMatchObject({ from: "2026-01-06", until: "2026-01-06", text: "on Tuesday" });
    expect(lyon.status).toBe("met");
    expect(lyon.settledBy?.reportId).toBe("a3");
    expect(lyon.actorId).toBe("france");
  });

  it("leaves refusals out: they are positions, not plans", () => {
    const ledger = buildLedger([announce], announce.report.published);
    expect(ledger.map((e) => e.what)).not.toContain("Ministers will not accept any delay");
  });

  it("keeps a plan pending while its window is open", () => {
    const ledger = buildLedger([announce, restated], restated.report.published);
    expect(ledger[0]?.status).toBe("pending");
    expect(ledger[0]?.reason).toMatch(/not yet passed/);
  });

  it("keeps an undated plan with no news pending", () => {
    const [entry] = buildLedger([callPlan, latest], latest.report.published);
    expect(entry?.due).toBeNull();
    expect(entry?.status).toBe("pending");
  });

  it("marks a plan whose window passed with no word of it unknown", () => {
    const [entry] = buildLedger([courierPlan, latest], latest.report.published);
    expect(entry?.due).toMatchObject({ from: "2025-12-12", until: "2025-12-12" });
    expect(entry?.status).toBe("unknown");
    expect(entry?.reason).toMatch(/passed with no report of it \(latest report 2026-01-10\)/);
  });

  it("marks a plan a later report calls off as missed", () => {
    const off = extracted(
      "c2",
      "2025-12-11T10:00:00Z",
      "The courier's trip to Oslo was postponed, officials said.",
    );
    const [entry] = buildLedger([courierPlan, off, latest], latest.report.published);
    expect(entry?.status).toBe("missed");
    expect(entry?.settledBy?.reportId).toBe("c2");
  });

  it("does not count an earlier-day act as meeting a plan with no date", () => {
    const before = extracted(
      "b0",
      "2025-12-21T10:00:00Z",
      "The two presidents spoke on Friday, the envoy recalled.",
      { times: [["on Friday", "2025-12-19", "day", false]] },
    );
    const after = extracted(
      "b2",
      "2025-12-23T10:00:00Z",
      "The two presidents spoke by phone on Monday.",
      {
        times: [["on Monday", "2025-12-22", "day", false]],
      },
    );
    expect(buildLedger([callPlan, before], before.report.published)[0]?.status).toBe("pending");
    const [entry] = buildLedger([callPlan, before, after], after.report.published);
    expect(entry?.status).toBe("met");
    expect(entry?.settledBy?.reportId).toBe("b2");
  });

  it("adds a planned event the commitment cues missed, due when its time says", () => {
    const planned = extracted(
      "p1",
      "2026-01-10T10:00:00Z",
      "The White House is preparing for the leaders to come to Denver in January.",
      {
        times: [["in January", "2026-01", "month", false]],
        events: [["meeting", "come to Denver", ["united-states"], "2026-01", "month"]],
      },
    );
    const [entry] = buildLedger([planned], planned.report.published);
    expect(entry?.statements[0]?.via).toBe("event");
    expect(entry?.due).toMatchObject({ from: "2026-01-10", until: "2026-01-31" });
  });

  it("takes no plan from a sentence that says when or where was not given", () => {
    const vague = extracted(
      "n1",
      "2026-01-02T09:00:00Z",
      "Officials declined to say when the delegations would meet again.",
      { commitments: [["courier", "the delegations would meet again", null]] },
    );
    const noAnswer = extracted(
      "n2",
      "2026-01-02T10:00:00Z",
      "The courier declined to say when the delegations would meet again.",
      { commitments: [["courier", "declined to say when the delegations would meet again", null]] },
    );
    expect(buildLedger([noAnswer, latest], latest.report.published)).toEqual([]);
    expect(buildLedger([vague, latest], latest.report.published)).toHaveLength(1);
  });

  it("links statements through one that bridges them, and leaves a plan sharing no words apart", () => {
    const c = (id: string, words: string) =>
      ({
        reportId: id,
        terms: new Set(words.split(" ")),
        action: null,
        actorId: null,
        due: null,
      }) as unknown as Parameters<typeof groupStatements>[0][number];
    // a and d share one word; b fits both, so all three are one plan.
    const a = c("r1", "oslo treaty papers courier");
    const x = c("r2", "summit vote allies spring");
    const d = c("r3", "bergen papers signing ceremony");
    const b = c("r4", "oslo treaty bergen signing");
    const groups = groupStatements([a, x, d, b]).map((g) => g.map((y) => y.reportId));
    expect(groups).toEqual([["r1", "r3", "r4"], ["r2"]]);
  });
});

describe("kinds of plans and what settles them", () => {
  const crossingPlan = extracted(
    "k1",
    "2026-02-02T09:00:00Z",
    "Officials said the Keld crossing was expected to reopen on Wednesday for the sick.",
    {
      times: [["on Wednesday", "2026-02-04", "day", true]],
      commitments: [
        [
          "suthia",
          "the Keld crossing was expected to reopen on Wednesday for the sick",
          "on Wednesday",
        ],
      ],
    },
  );
  const later = (text: string, published = "2026-02-03T09:00:00Z") =>
    extracted("k2", published, text);
  const lastReport = extracted("k9", "2026-02-20T12:00:00Z", "Nothing else happened.");

  it.each([
    "Varn said the Keld crossing would stay closed until the prisoners were freed.",
    "The Keld crossing remains shut, the ministry said.",
    "The Keld crossing will not reopen before the talks, Varn said.",
  ])("misses a planned opening when a later report says: %s", (text) => {
    const [entry] = buildLedger([crossingPlan, later(text), lastReport], null);
    expect(entry?.status).toBe("missed");
  });

  it("meets it when a later report tells it opened", () => {
    const [entry] = buildLedger(
      [
        crossingPlan,
        later("The Keld crossing reopened for the sick.", "2026-02-04T18:00:00Z"),
        lastReport,
      ],
      null,
    );
    expect(entry?.status).toBe("met");
  });

  it("leaves out a clause that says nothing was promised", () => {
    const noSign = extracted(
      "n1",
      "2026-02-02T09:00:00Z",
      "The Front has given no sign that it will hand over its weapons.",
      {
        commitments: [
          ["front", "The Front has given no sign that it will hand over its weapons", null],
        ],
      },
    );
    expect(buildLedger([noSign, latest], null)).toEqual([]);
  });
});

describe("actionOf", () => {
  it.each([
    ["Varn will cut the fuel it lets in until the Front frees the prisoners", null],
    [
      "the shelling would stop once both sides sign, and the Front would free the prisoners",
      "handover",
    ],
    ["Keld will pull back its guns from the ridge", "withdrawal"],
    ["the crossing would reopen on Monday", "opening"],
    ["the envoy is due to land in Orsk on Friday", "travel"],
  ] as const)("%s: %s", (text, action) => {
    expect(actionOf(text)).toBe(action);
  });

  it("does not take an agreement in a text for a meeting", () => {
    expect(tellsDone("meeting", "Aid stays at half the figure agreed in the truce.")).toBe(false);
    expect(tellsDone("meeting", "The leaders agreed in Lyon to meet again.")).toBe(true);
  });
});
