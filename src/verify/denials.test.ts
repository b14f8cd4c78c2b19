import { describe, expect, it } from "vitest";
import type { Claim } from "../model/index.js";
import type { ClaimCluster } from "./cluster.js";
import {
  COMMON_TERM_CLUSTERS,
  DENIAL_CANDIDATES,
  DenialPostings,
  DenialTargets,
  deniedCluster,
  toldJustBefore,
} from "./denials.js";
import { ClaimMeasure } from "./measure.js";
import { buildTermWeights } from "./similarity.js";
import { actor, claim } from "./test-records.js";

const statement = (reportId: string, terms: string[], issue = "ceasefire") =>
  claim(reportId, { slot: `${issue}:states`, terms: [`issue:${issue}`, ...terms] });

function cluster(id: string, claims: Claim[]): ClaimCluster {
  return { id, slot: claims[0]!.slot, issue: claims[0]!.issue, claims, denials: [] };
}

describe("DenialPostings", () => {
  // A word every cluster carries ("russia"), one hundreds carry ("truce"), and rare ones.
  const clusters: ClaimCluster[] = [];
  for (let i = 0; i < COMMON_TERM_CLUSTERS + 140; i++) {
    const terms = ["russia", ...(i % 2 === 0 ? ["truce"] : []), `place-${i % 37}`];
    if (i % 50 === 0) terms.push("moratorium");
    clusters.push(
      cluster(`c-${String((i * 7919) % 1000).padStart(4, "0")}-${i}`, [statement(`r-${i}`, terms)]),
    );
  }
  // One cluster of another issue shares the rare word: it is never a candidate.
  clusters.push(cluster("c-other", [statement("r-x", ["moratorium", "russia"], "energy")]));
  const denials = [
    statement("d-1", ["russia", "moratorium", "deny"]),
    statement("d-2", ["russia", "truce"]),
    statement("d-3", ["russia"]),
    statement("d-4", ["place-5", "truce", "russia"]),
    statement("d-5", ["russia", "unheard-of"], "shipping"),
  ].map((d) => ({ ...d, polarity: "deny" as const }));
  const claims = [...clusters.flatMap((c) => c.claims), ...denials];
  const m = new ClaimMeasure(buildTermWeights(claims, [actor("russia", "Russia")]));

  it("gives each denial the candidates DenialTargets gives, from ids filed a cluster at a time", () => {
    const targets = new DenialTargets(clusters, m);
    const postings = new DenialPostings(
      new Set(denials.flatMap((d) => DenialPostings.keysOf(d, m))),
      m,
    );
    for (const c of clusters) postings.add(c);
    for (const denial of denials) {
      expect(postings.candidates(denial).sort()).toEqual(
        targets
          .candidates(denial)
          .map((c) => c.id)
          .sort(),
      );
    }
    expect(postings.candidates(denials[2]!)).toHaveLength(DENIAL_CANDIDATES);
    expect(postings.candidates(denials[4]!)).toEqual([]);
    expect(postings.candidates(denials[0]!)).not.toContain("c-other");
  });

  it("keeps the same first clusters by id whatever order they are filed in", () => {
    const keys = new Set(denials.flatMap((d) => DenialPostings.keysOf(d, m)));
    const forward = new DenialPostings(keys, m);
    const backward = new DenialPostings(keys, m);
    for (const c of clusters) forward.add(c);
    for (const c of [...clusters].reverse()) backward.add(c);
    expect(backward.candidates(denials[2]!)).toEqual(forward.candidates(denials[2]!));
  });
});

describe("deniedCluster", () => {
  // Two attack statements share the denial's words equally; one was told in
  // the denial's own report, just before it.
  const attack = (reportId: string, sentence: number, place: string) =>
    claim(reportId, {
      sentence,
      slot: "attacks:attack_claim",
      terms: ["issue:attacks", "attack", "soldier", place],
    });
  const denialIn = (reportId: string, sentence: number) => ({
    ...claim(reportId, {
      sentence,
      slot: "attacks:attack_claim",
      terms: ["issue:attacks", "attack", "involvement", "front"],
    }),
    polarity: "deny" as const,
  });
  const earlier = cluster("c-a", [attack("r-1", 3, "ford"), attack("r-2", 1, "ford")]);
  const later = cluster("c-b", [attack("r-3", 4, "mill"), attack("r-4", 2, "mill")]);
  const clusters = [earlier, later];
  const all = [...clusters.flatMap((c) => c.claims), denialIn("r-3", 5), denialIn("r-3", 9)];
  const m = new ClaimMeasure(buildTermWeights(all, [actor("front", "The Front")]));
  const targets = new DenialTargets(clusters, m);

  it("prefers the cluster its own report told just before it", () => {
    expect(toldJustBefore(denialIn("r-3", 5), later.claims)).toBe(true);
    expect(deniedCluster(denialIn("r-3", 5), targets, m)?.id).toBe("c-b");
    expect(deniedCluster(denialIn("r-3", 6), targets, m)?.id).toBe("c-b");
  });

  it("goes by words alone when that claim stands further back", () => {
    expect(toldJustBefore(denialIn("r-3", 9), later.claims)).toBe(false);
    expect(toldJustBefore(denialIn("r-3", 4), later.claims)).toBe(false);
    expect(deniedCluster(denialIn("r-3", 9), targets, m)?.id).toBe("c-a");
  });

  it("needs shared words beside the bonus", () => {
    const stray = {
      ...claim("r-3", { sentence: 5, slot: "attacks:attack_claim", terms: ["weather"] }),
      polarity: "deny" as const,
    };
    expect(deniedCluster(stray, targets, m)).toBeNull();
  });
});
