import { describe, expect, it } from "vitest";
import type { Claim } from "../model/index.js";
import type { ClaimCluster } from "./cluster.js";
import {
  COMMON_TERM_CLUSTERS,
  DENIAL_CANDIDATES,
  DenialPostings,
  DenialTargets,
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
