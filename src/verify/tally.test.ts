import { describe, expect, it } from "vitest";
import type { Claim, ClusterWithClaims, Reprint } from "../model/index.js";
import { GREEDY_SAMPLE } from "./average-link.js";
import { type ClaimCluster, ClaimMeasure } from "./cluster.js";
import type { VerifyContext } from "./context.js";
import { asClaimCluster, clusterJudge } from "./index.js";
import { DENIAL_SAMPLE } from "./measure.js";
import { buildOriginIndex } from "./origins.js";
import { buildTermWeights } from "./similarity.js";
import {
  addToTally,
  type MovedReport,
  moveReports,
  TALLY_SAMPLE,
  tallyOf,
  tallyValues,
} from "./tally.js";
import { actor, claim, quantity, report, source } from "./test-records.js";
import { figureVariants } from "./variants.js";

const sources = [
  source("fen-wire", "Fen Press Agency", "wire"),
  source("oak-times", "Oak Media"),
  source("oak-herald", "Oak Media"),
  source("vale-post", "Vale Holdings"),
];
const outlets = sources.map((s) => s.id);
/** A hundred reports over twenty-five days, each outlet in turn. */
const reports = Array.from({ length: 100 }, (_, i) =>
  report(
    `r-${String(i).padStart(2, "0")}`,
    outlets[i % outlets.length]!,
    `2026-03-${String(1 + Math.floor(i / 4)).padStart(2, "0")}T10:00:00Z`,
  ),
);
const actors = [actor("mira-holt", "Mira Holt"), actor("tomas-reyes", "Tomas Reyes")];

/** A count of shells from a report, in one of several wordings, held by one of two people or the outlet. */
function shells(i: number, sentence = 0): Claim {
  const forms = [
    quantity("40 shells", 40, "shell"),
    quantity("about 40 shells", 40, "shell", "approx"),
    quantity("55 shells", 55, "shell"),
    quantity("more than 50 shells", 50, "shell", "more_than"),
    quantity("forty shells", 40, "shell"),
  ];
  const holders = [null, "mira-holt", "tomas-reyes"];
  const r = reports[i]!.id;
  return {
    ...claim(r, { sentence, slot: "attacks:fired:shell", terms: ["shell", "dam"] }),
    id: `${r}:${sentence}:0`,
    holderId: holders[(i + sentence) % holders.length]!,
    predicate: i % 7 === 0 ? "offers" : "fired",
    quantity: forms[(i * 3 + sentence) % forms.length]!,
  };
}

function context(reprints: Reprint[] = []): VerifyContext {
  return {
    reportsById: new Map(reports.map((r) => [r.id, r])),
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    actorsById: new Map(actors.map((a) => [a.id, a])),
    origins: buildOriginIndex(reports, sources, reprints),
    reprints,
    weights: buildTermWeights([], actors),
  };
}

/** Every claim of the cluster: one per report, and a second figure in every fifth report. */
const all = reports.flatMap((_, i) => (i % 5 === 0 ? [shells(i), shells(i, 1)] : [shells(i)]));

describe("a tally", () => {
  it("keeps as many first and latest claims as any sample of a cluster takes", () => {
    expect(TALLY_SAMPLE).toBeGreaterThanOrEqual(GREEDY_SAMPLE);
    expect(TALLY_SAMPLE).toBeGreaterThanOrEqual(DENIAL_SAMPLE);
  });

  it("is the same whether its claims are added at once or in parts, in any order", () => {
    const ctx = context();
    const denial = { ...shells(3, 4), id: "r-03:4:0", polarity: "deny" as const };
    const whole = tallyOf(ctx, all, [denial]);
    const early = all.filter((c) => c.reportId < "r-55");
    const late = all.filter((c) => c.reportId >= "r-55").reverse();
    const grown = addToTally(ctx, tallyOf(ctx, early, []), late, [denial]);
    expect(grown).toEqual(whole);
    expect(whole.claims).toBe(all.length + 1);
    // A report that gives one value twice counts once for it.
    const forty = whole.values.find((v) => v.claim.quantity!.text === "40 shells")!;
    expect(forty.reportIds).toEqual([...new Set(forty.reportIds)].sort());
  });

  it("counts each value's reports, origins and shared owners as its claims one by one give them", () => {
    const ctx = context();
    for (const value of tallyValues(ctx, all)) {
      const mine = all.filter((c) => c.quantity!.text === value.claim.quantity!.text);
      const ids = [...new Set(mine.map((c) => c.reportId))].sort();
      expect(value.count).toBe(mine.length);
      expect(value.reportIds).toEqual(ids);
      expect(Object.values(value.origins).reduce((a, b) => a + b, 0)).toBe(ids.length);
      expect(value.claim.id).toBe(mine.map((c) => c.id).sort()[0]);
    }
    const oak = tallyValues(ctx, all).flatMap((v) =>
      Object.keys(v.ownerSources["oak media"] ?? {}),
    );
    expect(new Set(oak)).toEqual(new Set(["oak-times", "oak-herald"]));
  });

  it("moves a report that became a copy to its original's origin", () => {
    const link: Reprint = {
      reportId: "r-06",
      originalId: "r-00",
      similarity: 0.9,
      reason: "near-duplicate",
    };
    const before = tallyOf(context(), all, []);
    const after = tallyOf(context([link]), all, []);
    const was = buildOriginIndex(reports, sources, []);
    const is = buildOriginIndex(reports, sources, [link]);
    const moved: MovedReport = {
      reportId: "r-06",
      sourceId: reports[6]!.sourceId,
      before: { origin: was.originOf("r-06"), root: true },
      after: { origin: is.originOf("r-06"), root: false },
    };
    expect(before).not.toEqual(after);
    expect(moveReports(before, [moved])).toEqual(after);
  });
});

describe("figure variants from values", () => {
  it("shows the wording most claims use and orders variants by their claims", () => {
    const ctx = context();
    const claims = [0, 4, 8, 12, 1].map((i) => shells(i));
    const set = figureVariants(tallyValues(ctx, claims));
    const counted = set.variants.map((v) => [v.value, v.values.reduce((n, x) => n + x.count, 0)]);
    for (let i = 1; i < counted.length; i++)
      expect(counted[i - 1]![1] as number).toBeGreaterThanOrEqual(counted[i]![1] as number);
    expect(set.variants.flatMap((v) => v.values).reduce((n, v) => n + v.count, 0)).toBe(5);
  });
});

describe("judging a cluster read by its tally", () => {
  const shape = (c: ClusterWithClaims) => ({
    label: c.label,
    verdict: c.verdict,
    tally: c.tally,
  });

  it("gives the verdict, face and tally of judging all its claims", () => {
    const link: Reprint = {
      reportId: "r-09",
      originalId: "r-01",
      similarity: 0.95,
      reason: "near-duplicate",
    };
    const stored = all.filter((c) => c.reportId < "r-80");
    const added = all.filter((c) => c.reportId >= "r-80");
    const input = {
      reports,
      sources,
      actors,
      reprints: [link],
      measure: new ClaimMeasure(buildTermWeights(all, actors)),
      tallyFrom: 10,
    };
    const judge = clusterJudge(input);
    const cluster = (claims: Claim[]): ClaimCluster => ({
      id: "c-shells",
      slot: "attacks:fired:shell",
      issue: "attacks",
      claims,
      denials: [],
    });
    const [first] = judge([cluster(stored)]);
    expect(first!.tally?.claims).toBe(stored.length);
    // Read back by its tally: its first and latest claims in hand, then the added ones placed.
    const read = asClaimCluster({ ...first!, claims: [], claimIds: [] });
    expect(read.claims.length).toBe(2 * TALLY_SAMPLE);
    read.claims.push(...added);
    const [byTally] = judge([read]);
    const [whole] = judge([cluster(all)]);
    expect(shape(byTally!)).toEqual(shape(whole!));
    expect(byTally!.memberCount).toBe(all.length);
    expect(whole!.memberCount).toBeUndefined();
  });
});
