import { describe, expect, it } from "vitest";
import type { Claim } from "../model/index.js";
import type { ClaimCluster } from "./cluster.js";
import { lentDenials } from "./lent-denials.js";
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
});
