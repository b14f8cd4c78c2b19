import { describe, expect, it } from "vitest";
import type { Claim } from "../model/index.js";
import type { VerifyContext } from "./context.js";
import { buildOriginIndex } from "./origins.js";
import { tallyValues } from "./tally.js";
import { claim, quantity, report } from "./test-records.js";
import { findUpdates } from "./updates.js";
import { figureVariants } from "./variants.js";

const reports = new Map(
  [
    report("r-1", "s", "2026-01-01T09:00:00Z"),
    report("r-2", "s", "2026-01-01T18:00:00Z"),
    report("r-3", "s", "2026-01-02T09:00:00Z"),
  ].map((r) => [r.id, r]),
);
const count = (
  reportId: string,
  value: number,
  holderId: string | null,
  bound: "exact" | "at_least" = "exact",
): Claim =>
  claim(reportId, {
    sentence: 1,
    slot: "attacks:downed:drone",
    holderId,
    terms: ["drone"],
    quantity: quantity(String(value), value, "drone", bound),
  });

const ctx: VerifyContext = {
  reportsById: reports,
  sourcesById: new Map(),
  actorsById: new Map(),
  origins: buildOriginIndex([...reports.values()], [], []),
  reprints: [],
  weights: { weight: () => 1 },
};

function updatesOf(claims: Claim[]) {
  const set = figureVariants(tallyValues(ctx, claims));
  return findUpdates(set.variants, set.conflicts).map((u) => ({
    holder: u.holderId,
    from: set.variants[u.from]!.value,
    to: set.variants[u.to]!.value,
    on: u.on,
  }));
}

describe("findUpdates", () => {
  it("sees a holder's newer figure on a later day as an update of its older one", () => {
    expect(updatesOf([count("r-1", 20, "kremlin"), count("r-3", 35, "kremlin")])).toEqual([
      { holder: "kremlin", from: "20 drones", to: "35 drones", on: "2026-01-02" },
    ]);
  });

  it("does not call two holders' different figures an update", () => {
    expect(updatesOf([count("r-1", 20, "kremlin"), count("r-3", 35, "ukraine")])).toEqual([]);
  });

  it("does not call same-day figures an update", () => {
    expect(updatesOf([count("r-1", 20, "kremlin"), count("r-2", 35, "kremlin")])).toEqual([]);
  });

  it("leaves an older figure standing when someone else also states it", () => {
    expect(
      updatesOf([count("r-1", 20, "kremlin"), count("r-2", 20, null), count("r-3", 35, "kremlin")]),
    ).toEqual([]);
  });

  it("does not treat a bound followed by a different figure as an update", () => {
    expect(
      updatesOf([count("r-1", 20, "kremlin", "at_least"), count("r-3", 35, "kremlin")]),
    ).toEqual([]);
  });
});
