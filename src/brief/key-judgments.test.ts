import { describe, expect, it } from "vitest";
import type { Brief, StanceRow, Statement } from "./brief.js";
import { HeadlineCandidates, keyJudgments } from "./key-judgments.js";

const row = (
  actor: string,
  issue: string,
  position: StanceRow["position"],
  sources: number,
  citations: number[],
): StanceRow => ({
  actorId: actor.toLowerCase(),
  actor,
  issue,
  issueLabel: `The ${issue}`,
  position,
  asOf: "2026-03-02T09:00:00Z",
  evidence: "…",
  citations,
  earlier: [],
  verdict: {
    status: sources >= 2 ? "corroborated" : "single_source",
    independentSources: sources,
    reports: sources,
  },
});

const figure = (
  text: string,
  status: Statement["status"],
  variants: [string, string[], number[]][],
): Statement => ({
  clusterId: text,
  issue: "dam",
  status,
  text,
  holders: [],
  independentSources: variants.length + 1,
  reports: 3,
  variants: variants.map(([value, holders, citations]) => ({
    value,
    holders,
    citations,
    origins: citations.length,
  })),
  citations: variants.flatMap((v) => v[2]),
  reasons: [],
});

function briefOf(parts: Partial<Brief>): Brief {
  return {
    title: "t",
    dossierId: "d",
    compiledAt: "2026-03-05T00:00:00Z",
    filters: { since: null, until: null, issue: null },
    coverage: { from: null, until: null },
    summary: {
      reports: 0,
      sources: 0,
      independentSources: 0,
      claims: { corroborated: 0, single_source: 0, conflicting: 0, disputed: 0 },
    },
    sections: [],
    stances: [],
    citations: [],
    outlets: [],
    method: "",
    closing: "",
    ...parts,
  };
}

describe("key judgments", () => {
  const brief = briefOf({
    stances: [
      row("Norland", "dam", "demands", 4, [1, 2]),
      row("Suthia", "dam", "rejects", 2, [3]),
      // Both for the truce: supporting and insisting point the same way, nothing is open.
      row("Suthia", "truce", "demands", 3, [4]),
      row("Estmark", "truce", "supports", 1, [5]),
      row("Norland", "hostages", "denies", 2, [6]),
      // Two single reports at odds: too thin for a key judgment.
      row("Estmark", "quota", "demands", 1, [16]),
      row("Suthia", "quota", "opposes", 1, [17]),
    ],
    sections: [
      {
        issue: "dam",
        label: "Dam",
        omitted: 0,
        statements: [
          figure("The reservoir holds 40 or 55 percent of its water.", "conflicting", [
            ["40 percent", ["Norland"], [7]],
            ["55 percent", [], [8, 9]],
          ]),
          figure("The dam is 30 metres high.", "corroborated", [["30 metres", [], [10, 11]]]),
          figure("Talks went well.", "corroborated", [["Talks went well.", [], [12]]]),
        ],
      },
    ],
    changes: [
      {
        actorId: "estmark",
        actor: "Estmark",
        issue: "truce",
        issueLabel: "The truce",
        from: { position: "rejects", asOf: "2026-02-20T00:00:00Z", evidence: "…", citations: [13] },
        to: { position: "supports", asOf: "2026-03-02T00:00:00Z", evidence: "…", citations: [5] },
      },
    ],
    due: [
      {
        actor: "Norland",
        what: "a second round at the dam",
        due: "2026-03-20",
        dueText: "on March 20",
        status: "pending",
        reason: "",
        citations: [14],
        settledBy: null,
      },
      {
        actor: "Suthia",
        what: "a vote",
        due: null,
        dueText: null,
        status: "pending",
        reason: "",
        citations: [15],
        settledBy: null,
      },
    ],
  });
  const lines = keyJudgments(brief);

  it("opens with the issues where one actor is against what another wants, with who holds which", () => {
    expect(lines[0]).toEqual({
      kind: "open_issue",
      text: "The dam is open: Norland demands it (corroborated by 4); Suthia rejects it (corroborated by 2).",
      verdict: "Corroborated",
      citations: [1, 2, 3],
    });
    expect(lines.filter((l) => l.kind === "open_issue")).toHaveLength(1);
  });

  it("gives figures that conflict before corroborated ones, and no figure-less statement", () => {
    const figures = lines.filter((l) => l.kind === "figure");
    expect(figures.map((f) => f.verdict)).toEqual(["Conflicting", "Corroborated (2)"]);
    expect(figures[0]!.text).toContain("40 percent (Norland) against 55 percent (2 sources)");
    expect(figures[0]!.citations).toEqual([7, 8]);
  });

  it("says who moved and what is due next, with its date, each cited", () => {
    const moved = lines.find((l) => l.kind === "moved")!;
    expect(moved.text).toBe(
      "Estmark moved on The truce: rejects (2026-02-20) to supports (2026-03-02).",
    );
    expect(moved.verdict).toBe("now single source");
    expect(moved.citations).toEqual([13, 5]);
    const due = lines.find((l) => l.kind === "due")!;
    expect(due.text).toBe(
      "Next due (2026-03-20, “on March 20”): Norland: a second round at the dam",
    );
    expect(due.citations).toEqual([14]);
    expect(lines.length).toBeLessThanOrEqual(8);
  });

  it("gives nothing where the brief has nothing to say", () => {
    expect(keyJudgments(briefOf({}))).toEqual([]);
  });
});

describe("figures that reports give differently, with a value that fits several", () => {
  it("leaves out the value at odds with none, and the line when fewer than two remain", () => {
    const shares = figure("Shares of the dam agreed", "conflicting", [
      ["40 percent", ["Norland"], [7]],
      ["55 percent", [], [8, 9]],
      ["not finished", ["Suthia"], [10]],
    ]);
    shares.variants[2]!.fits = true;
    const lone = figure("Share of the quota agreed", "conflicting", [
      ["80 percent", ["Norland"], [11]],
      ["not finished", ["Suthia"], [12]],
    ]);
    lone.variants[1]!.fits = true;
    const lines = keyJudgments(
      briefOf({
        sections: [
          { issue: "dam", label: "The dam", statements: [shares, lone], omitted: 0 },
        ] as Brief["sections"],
      }),
    ).filter((l) => l.kind === "figure");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toContain("40 percent (Norland) against 55 percent (2 sources).");
    expect(lines[0]!.citations).toEqual([7, 8]);
  });
});

describe("headline candidates kept as statements pass", () => {
  it("give the key judgments every statement would", () => {
    const withSources = (s: Statement, n: number): Statement => ({ ...s, independentSources: n });
    const statements = [
      withSources(figure("Two dams", "corroborated", [["2 dams", [], [1]]]), 2),
      withSources(
        figure("Spill", "conflicting", [
          ["40%", ["A"], [2]],
          ["60%", ["B"], [3]],
        ]),
        2,
      ),
      // One value only at odds with none: no headline.
      withSources(
        figure("Fits", "conflicting", [
          ["3 gates", [], [4]],
          ["4 gates", [], [5]],
        ]),
        9,
      ),
      withSources(
        figure("Flow", "conflicting", [
          ["5 m", [], [6]],
          ["7 m", [], [7]],
        ]),
        5,
      ),
      withSources(figure("Words", "corroborated", [["open", [], [8]]]), 8),
      withSources(
        figure("Locks", "conflicting", [
          ["1 lock", [], [9]],
          ["2 locks", [], [10]],
        ]),
        2,
      ),
      withSources(figure("Three dams", "corroborated", [["3 dams", [], [11]]]), 4),
    ];
    statements[2]!.variants[1]!.fits = true;
    const sections = [
      { issue: "dam", label: "Dam", statements: statements.slice(0, 4), omitted: 0 },
      { issue: "flow", label: "Flow", statements: statements.slice(4), omitted: 0 },
    ];
    const kept = new HeadlineCandidates();
    for (const s of statements) kept.add(s);
    const fromKept = keyJudgments(
      briefOf({ sections: [{ issue: "", label: "", statements: kept.statements(), omitted: 0 }] }),
    );
    expect(fromKept).toEqual(keyJudgments(briefOf({ sections })));
    expect(fromKept.map((k) => k.text.slice(0, 40))).toEqual([
      "Reports give different figures: 5 m (1 s",
      "Reports give different figures: 40% (A) ",
    ]);
  });
});
