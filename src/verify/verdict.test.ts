import { describe, expect, it } from "vitest";
import type { Claim, Reprint } from "../model/index.js";
import type { ClaimCluster } from "./cluster.js";
import type { VerifyContext } from "./context.js";
import { buildOriginIndex } from "./origins.js";
import { buildTermWeights } from "./similarity.js";
import { actor, claim, quantity, report, source } from "./test-records.js";
import { buildVerdict, LISTED_REASONS } from "./verdict.js";

const sources = [
  source("north-wire", "North Press Agency", "wire"),
  source("bell-times", "Bell Media"),
  source("bell-herald", "Bell Media"),
  source("river-post", "River Holdings"),
  source("lake-daily", "Lake Group"),
];
const reports = [
  report("r-1", "north-wire", "2025-12-28T10:00:00Z"),
  report("r-2", "bell-times", "2025-12-28T12:00:00Z"),
  report("r-3", "bell-herald", "2025-12-28T13:00:00Z"),
  report("r-4", "river-post", "2025-12-29T09:00:00Z"),
  report("r-5", "lake-daily", "2025-12-30T09:00:00Z"),
  report("r-6", "river-post", "2025-12-31T09:00:00Z"),
];
const actors = [
  actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy"),
  actor("donald-trump", "Donald Trump"),
  { ...actor("kremlin", "Kremlin"), kind: "organization" as const },
  { ...actor("united-states", "United States"), kind: "state" as const },
];

function judge(
  claims: Claim[],
  denials: Claim[] = [],
  reprints: Reprint[] = [],
  lent: Claim[] = [],
) {
  const all = [...claims, ...denials, ...lent];
  const ctx: VerifyContext = {
    reportsById: new Map(reports.map((r) => [r.id, r])),
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    actorsById: new Map(actors.map((a) => [a.id, a])),
    origins: buildOriginIndex(reports, sources, reprints),
    reprints,
    weights: buildTermWeights(all, actors),
  };
  const first = all[0]!;
  const cluster: ClaimCluster = {
    id: "c-test",
    slot: first.slot,
    issue: first.issue,
    claims,
    denials,
    ...(lent.length > 0 ? { lent } : {}),
  };
  return buildVerdict(ctx, cluster, "Trump hosted Zelenskyy");
}

const reprint = (
  reportId: string,
  originalId: string,
  reason: Reprint["reason"] = "near-duplicate",
): Reprint => ({
  reportId,
  originalId,
  similarity: 0.8,
  reason,
});
const hosted = (reportId: string, fields: Partial<Claim> = {}) =>
  claim(reportId, {
    sentence: 1,
    slot: "talks:meeting",
    terms: ["trump", "host", "zelenskyy"],
    ...fields,
  });
const share = (reportId: string, value: number, holderId: string | null) =>
  claim(reportId, {
    sentence: 2,
    slot: "framework:share_agreed:percent",
    holderId,
    terms: ["framework", "agreed"],
    quantity: quantity(`${value}%`, value, "percent"),
  });

describe("buildVerdict status", () => {
  it("corroborates what two independent origins report", () => {
    const verdict = judge([hosted("r-2"), hosted("r-4"), hosted("r-6")]);
    expect(verdict.status).toBe("corroborated");
    expect(verdict.independentSources).toBe(2);
    expect(verdict.reports).toBe(3);
    expect(verdict.reasons[0]).toBe("2 independent sources / 3 reports");
    expect(verdict.variants).toEqual([
      {
        value: "Trump hosted Zelenskyy",
        reportIds: ["r-2", "r-4", "r-6"],
        sourceIds: ["bell-times", "river-post"],
        holderIds: [],
        origins: 2,
      },
    ]);
  });

  it("counts a wire story and all its reprints as one source", () => {
    const verdict = judge(
      [hosted("r-1"), hosted("r-4"), hosted("r-5")],
      [],
      [reprint("r-4", "r-1"), reprint("r-5", "r-1")],
    );
    expect(verdict.status).toBe("single_source");
    expect(verdict.independentSources).toBe(1);
    expect(verdict.reprints).toHaveLength(2);
    expect(verdict.reasons).toContain("River Post (r-4) reprints North Wire (r-1): counted once");
  });

  it("counts reprints alone as no confirmation, even without the original among the claims", () => {
    const verdict = judge(
      [hosted("r-4"), hosted("r-5")],
      [],
      [reprint("r-4", "r-1"), reprint("r-5", "r-1")],
    );
    expect(verdict.status).toBe("single_source");
    expect(verdict.independentSources).toBe(1);
  });

  it("counts two outlets of one owner once, with their owner named", () => {
    const verdict = judge([hosted("r-2"), hosted("r-3")]);
    expect(verdict.status).toBe("single_source");
    expect(verdict.reasons).toContain(
      "Bell Herald and Bell Times share an owner (Bell Media): counted once",
    );
  });

  it("names a same-owner copy for what it is", () => {
    const verdict = judge(
      [hosted("r-2"), hosted("r-3")],
      [],
      [reprint("r-3", "r-2", "same-owner")],
    );
    expect(verdict.reasons).toContain(
      "Bell Herald (r-3) reuses the text of Bell Times (r-2), which has the same owner (Bell Media): counted once",
    );
  });

  it("finds rival figures from independent sources conflicting and lists both", () => {
    const verdict = judge([
      share("r-2", 90, "volodymyr-zelenskyy"),
      share("r-3", 90, "volodymyr-zelenskyy"),
      share("r-4", 95, "donald-trump"),
    ]);
    expect(verdict.status).toBe("conflicting");
    expect(verdict.variants.map((v) => [v.value, v.reportIds, v.holderIds, v.origins])).toEqual([
      ["90%", ["r-2", "r-3"], ["volodymyr-zelenskyy"], 1],
      ["95%", ["r-4"], ["donald-trump"], 1],
    ]);
    expect(verdict.reasons).toContain(
      "values differ: 90% (Zelenskyy; 2 reports, 1 origin) vs 95% (Trump; 1 report)",
    );
  });

  it("finds one holder's bound and range conflicting", () => {
    const needs = (
      reportId: string,
      text: string,
      value: number | [number, number],
      bound: "at_least" | "range",
    ) =>
      claim(reportId, {
        sentence: 3,
        slot: "ceasefire:needed:day",
        holderId: "volodymyr-zelenskyy",
        terms: ["ceasefire"],
        quantity: quantity(text, value, "day", bound),
      });
    const verdict = judge([
      needs("r-2", "at least 60 days", 60, "at_least"),
      needs("r-5", "60 to 90 days", [60, 90], "range"),
    ]);
    expect(verdict.status).toBe("conflicting");
    expect(verdict.variants.map((v) => v.value).sort()).toEqual([
      "60 to 90 days",
      "at least 60 days",
    ]);
  });

  it("takes a holder's later figure as an update, not a conflict", () => {
    const downed = (reportId: string, value: number) =>
      claim(reportId, {
        sentence: 4,
        slot: "attacks:downed:drone",
        holderId: "kremlin",
        terms: ["drone", "downed"],
        quantity: quantity(String(value), value, "drone"),
      });
    const verdict = judge([downed("r-2", 20), downed("r-5", 35)]);
    expect(verdict.status).toBe("corroborated");
    expect(verdict.reasons).toContain(
      "Kremlin updated its figure from 20 drones to 35 drones on 2025-12-30: not counted as a conflict",
    );
  });

  it("lists different holders' own positions in one slot without calling them a conflict", () => {
    const position = (
      reportId: string,
      holderId: string,
      predicate: string,
      q: ReturnType<typeof quantity>,
    ) =>
      claim(reportId, {
        sentence: 5,
        slot: "security_guarantees:guarantee:year",
        predicate,
        holderId,
        terms: ["guarantee"],
        quantity: q,
      });
    const verdict = judge([
      position("r-2", "united-states", "offers_guarantee", quantity("15 years", 15, "year")),
      position(
        "r-4",
        "volodymyr-zelenskyy",
        "asks_guarantee",
        quantity("30 to 50 years", [30, 50], "year", "range"),
      ),
    ]);
    expect(verdict.status).toBe("corroborated");
    expect(verdict.variants).toHaveLength(2);
    expect(verdict.reasons).toContain(
      "positions of different holders, not a conflict: 15 years (United States; 1 report) vs 30 to 50 years (Zelenskyy; 1 report)",
    );
  });

  it("finds two holders' lengths of one call conflicting: a measure is no position", () => {
    const length = (reportId: string, holderId: string, q: ReturnType<typeof quantity>) =>
      claim(reportId, {
        sentence: 2,
        slot: "talks:call_length:minute",
        predicate: "call_length",
        holderId,
        terms: ["call"],
        quantity: q,
      });
    const verdict = judge([
      length("r-2", "kremlin", quantity("75 minutes", 75, "minute")),
      length("r-4", "united-states", quantity("about 90 minutes", 90, "minute", "approx")),
    ]);
    expect(verdict.status).toBe("conflicting");
  });

  it("finds a claim an actor denies disputed, and names the denial", () => {
    const attack = (reportId: string) =>
      claim(reportId, {
        sentence: 6,
        slot: "attacks:attack_claim",
        holderId: "kremlin",
        terms: ["attack", "residence"],
      });
    const denial = claim("r-4", {
      sentence: 7,
      slot: "attacks:attack_claim",
      polarity: "deny",
      holderId: "volodymyr-zelenskyy",
      terms: ["deny", "attack"],
    });
    const verdict = judge([attack("r-2"), attack("r-5")], [denial]);
    expect(verdict.status).toBe("disputed");
    expect(verdict.denials).toEqual([denial.id]);
    expect(verdict.reasons).toContain("Zelenskyy denied it (report r-4)");
  });

  it("does not take an outlet's 'not confirmed' for a denial", () => {
    const doubt = claim("r-4", {
      sentence: 7,
      slot: "talks:meeting",
      polarity: "deny",
      holderId: null,
      terms: ["confirm"],
    });
    const verdict = judge([hosted("r-2"), hosted("r-5")], [doubt]);
    expect(verdict.status).toBe("corroborated");
    expect(verdict.denials).toEqual([]);
    expect(verdict.reasons).toContain(
      "River Post (r-4) says it is not confirmed: not a denial by a party",
    );
  });

  it("finds a denial of something no report affirms disputed", () => {
    const denial = claim("r-4", {
      sentence: 8,
      slot: "talks:trip",
      polarity: "deny",
      holderId: "kremlin",
      terms: ["trip"],
    });
    const verdict = judge([], [denial]);
    expect(verdict.status).toBe("disputed");
    expect(verdict.variants[0]!.value).toBe("denied: Trump hosted Zelenskyy");
  });
});

describe("a figure of a denied event", () => {
  it("is disputed by the denial its event's cluster lends it, and says so", () => {
    const count = (id: string) =>
      claim(id, {
        slot: "attacks:launched:drone",
        terms: ["drone"],
        quantity: quantity("91 drones", 91, "drone"),
      });
    const denial = claim("r-5", {
      slot: "attacks:attack_claim",
      terms: ["attack"],
      polarity: "deny",
      holderId: "volodymyr-zelenskyy",
    });
    const v = judge([count("r-1"), count("r-4")], [], [], [denial]);
    expect(v.status).toBe("disputed");
    expect(v.denials).toEqual([denial.id]);
    expect(v.reasons).toContain("Zelenskyy denied what this figure is told of (report r-5)");
  });
});

describe("a verdict over many copies", () => {
  it("lists the first copies one by one and counts the rest in one reason", () => {
    const copies = Array.from({ length: LISTED_REASONS + 7 }, (_, i) =>
      report(`r-c${String(i).padStart(3, "0")}`, "river-post", "2025-12-29T09:00:00Z"),
    );
    const all = [reports[0]!, ...copies];
    const links = copies.map((r) => reprint(r.id, "r-1"));
    const claims = all.map((r) => hosted(r.id));
    const ctx: VerifyContext = {
      reportsById: new Map(all.map((r) => [r.id, r])),
      sourcesById: new Map(sources.map((s) => [s.id, s])),
      actorsById: new Map(actors.map((a) => [a.id, a])),
      origins: buildOriginIndex(all, sources, links),
      reprints: links,
      weights: buildTermWeights(claims, actors),
    };
    const cluster: ClaimCluster = {
      id: "c-many",
      slot: "talks:meeting",
      issue: "talks",
      claims,
      denials: [],
    };
    const verdict = buildVerdict(ctx, cluster, "Trump hosted Zelenskyy");
    expect(verdict.reports).toBe(all.length);
    expect(verdict.independentSources).toBe(1);
    expect(verdict.reprints).toEqual(links.slice(0, LISTED_REASONS));
    expect(verdict.reasons.filter((r) => r.includes("reprints"))).toHaveLength(LISTED_REASONS);
    expect(verdict.reasons).toContain("and 7 more copies, each counted with its original");
  });
});
