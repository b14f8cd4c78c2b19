import { describe, expect, it } from "vitest";
import type { Claim } from "../model/index.js";
import type { ClaimCluster } from "./cluster.js";
import { FigureSentences, lentDenials } from "./lent-denials.js";
import { claim, quantity } from "./test-records.js";

const cluster = (id: string, claims: Claim[], denials: Claim[] = []): ClaimCluster => ({
  id,
  slot: claims[0]?.slot ?? "x",
  issue: "attacks",
  claims,
  denials,
});

/** The statement and the figure one sentence gives: "Orsk says Keld fired 40 shells at the dam". */
function told(reportId: string, sentence: number) {
  return {
    statement: claim(reportId, { sentence, slot: "attacks:attack_claim", terms: ["dam", "shell"] }),
    figure: {
      ...claim(reportId, { sentence, slot: "attacks:launched:shells", terms: ["dam"] }),
      id: `${reportId}:${sentence}:1`,
      quantity: quantity("40 shells", 40, "shell"),
    },
  };
}

describe("denials lent to the figures of a denied event", () => {
  const a = told("r1", 0);
  const b = told("r2", 3);
  const c = told("r3", 1);
  const denial = (holderId: string | null) =>
    claim("r4", {
      sentence: 2,
      slot: "attacks:attack_claim",
      terms: ["dam"],
      polarity: "deny",
      holderId,
    });

  it("lends a party's denial to a figure told in most of the denied statement's sentences", () => {
    const statements = cluster("s", [a.statement, b.statement], [denial("keld")]);
    const figures = cluster("f", [a.figure, b.figure, c.figure]);
    const lent = lentDenials([statements, figures], [statements, figures]);
    expect(lent.get("f")?.map((d) => d.holderId)).toEqual(["keld"]);
    expect(lent.has("s")).toBe(false);
  });

  it("lends nothing for a doubt without a party, one shared sentence, or a figure told mostly elsewhere", () => {
    const doubted = cluster("s", [a.statement, b.statement], [denial(null)]);
    const figures = cluster("f", [a.figure, b.figure]);
    expect(lentDenials([figures], [doubted, figures]).size).toBe(0);
    const once = cluster("s", [a.statement], [denial("keld")]);
    expect(lentDenials([figures], [once, figures]).size).toBe(0);
    const d = told("r5", 0);
    const e = told("r6", 0);
    const mostlyElsewhere = cluster("f", [a.figure, b.figure, c.figure, d.figure, e.figure]);
    const denied = cluster("s", [a.statement, b.statement], [denial("keld")]);
    expect(lentDenials([mostlyElsewhere], [denied, mostlyElsewhere]).size).toBe(0);
  });

  it("counts a sentence once, however many claims of the denied statement it gives", () => {
    // Two statements of one sentence (r1#0) and one figure elsewhere: one shared sentence of three.
    const again = { ...a.statement, id: "r1:0:7" };
    const denied = cluster("s", [a.statement, again], [denial("keld")]);
    const figures = cluster("f", [a.figure, b.figure, c.figure]);
    expect(lentDenials([figures], [denied, figures]).size).toBe(0);
  });
});

describe("FigureSentences", () => {
  const a = told("r1", 0);
  const b = told("r2", 3);
  const c = told("r3", 1);
  const d = told("r5", 2);
  const party = claim("r4", {
    sentence: 2,
    slot: "attacks:attack_claim",
    terms: ["dam"],
    polarity: "deny",
    holderId: "keld",
  });

  it("lends what lentDenials lends, from figures' sentences kept when they were made", () => {
    const lenders = [
      cluster("s1", [a.statement, b.statement], [party]),
      cluster("s2", [a.statement, { ...a.statement, id: "r1:0:7" }], [party]),
      cluster("s3", [c.statement, d.statement], [{ ...party, id: "r4:2:1", holderId: null }]),
    ];
    const figures = [
      cluster("f1", [a.figure, b.figure, c.figure]),
      cluster("f2", [a.figure, b.figure, c.figure, d.figure, told("r6", 0).figure]),
      cluster("f3", [c.figure, d.figure]),
    ];
    const kept = new FigureSentences();
    for (const f of figures) kept.add(f);
    const lent = new Map<string, Map<string, Claim>>();
    for (const lender of lenders) kept.lend(lender, lent);
    const expected = lentDenials(figures, [...lenders, ...figures]);
    expect([...lent.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...lent.keys()]).toEqual(["f1"]);
    for (const [id, denials] of lent) {
      expect([...denials.keys()].sort()).toEqual(expected.get(id)!.map((x) => x.id));
    }
  });
});
