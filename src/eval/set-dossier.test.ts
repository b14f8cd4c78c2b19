/**
 * A gold set about another negotiation carries its own dossier.yaml: the run
 * takes its issues, framework and places, so stances and tracking use its issue
 * ids. The set here is made up: water-sharing talks between two invented states.
 */
import { rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DossierError } from "../dossier/index.js";
import { readGoldSet } from "./gold.js";
import { runEval } from "./main.js";
import { predictionsOf } from "./predictions.js";
import { runPipeline } from "./run-pipeline.js";
import { dossierForSet, evaluateSet } from "./set-mode.js";
import { writeTestSet } from "./test-set.js";

const desk = {
  id: "lumen-desk",
  name: "Lumen Desk",
  owner: "Lumen Press",
  country: "GB",
  kind: "wire",
};
const courier = {
  id: "orsk-courier",
  name: "Orsk Courier",
  owner: "Courier Media",
  country: "US",
  kind: "outlet",
};

const ACTORS = [
  {
    id: "valdoria",
    name: "Valdoria",
    aliases: ["Valdorian government"],
    kind: "state",
    affiliation: null,
    role: "state",
  },
  {
    id: "kestria",
    name: "Kestria",
    aliases: ["Kestrian government"],
    kind: "state",
    affiliation: null,
    role: "state",
  },
  {
    id: "mara-solvik",
    name: "Mara Solvik",
    aliases: ["Solvik"],
    kind: "person",
    affiliation: "valdoria",
    role: "Valdorian foreign minister",
  },
  {
    id: "teodor-brann",
    name: "Teodor Brann",
    aliases: ["Brann"],
    kind: "person",
    affiliation: "kestria",
    role: "Kestrian chief negotiator",
  },
];

const ARTICLES = [
  {
    id: "w-001",
    source: desk,
    url: "https://lumen-desk.example/1",
    published: "2025-03-03T10:00:00Z",
    title: "Valdoria rejects Kestrian water quota",
    byline: "Lumen Desk staff",
    text:
      "TALVEN (Lumen Desk) — Valdorian Foreign Minister Mara Solvik rejected the proposed water quota for the Lumen River on Monday.\n\n" +
      '"We will not accept a quota that leaves our farms dry," Solvik told reporters.\n\n' +
      "Kestrian chief negotiator Teodor Brann proposed joint dam inspections every month.",
    syndicated_from: null,
    gold: {
      quotes: [
        {
          speaker: "mara-solvik",
          kind: "direct",
          text: "We will not accept a quota that leaves our farms dry",
        },
      ],
      quantities: [],
      dates: [{ text: "on Monday", value: "2025-03-03" }],
      stances: [
        {
          actor: "mara-solvik",
          issue: "water_quota",
          position: "rejects",
          evidence: "rejected the proposed water quota",
        },
        {
          actor: "teodor-brann",
          issue: "dam_inspections",
          position: "proposes",
          evidence: "proposed joint dam inspections",
        },
      ],
    },
  },
  {
    id: "w-002",
    source: courier,
    url: "https://orsk-courier.example/2",
    published: "2025-03-10T09:00:00Z",
    title: "Solvik accepts revised quota",
    byline: "Courier staff",
    text:
      "Valdorian Foreign Minister Mara Solvik accepted a revised water quota for the Lumen River on Sunday.\n\n" +
      "Teodor Brann welcomed the move.",
    syndicated_from: null,
    gold: {
      quotes: [],
      quantities: [],
      dates: [{ text: "on Sunday", value: "2025-03-09" }],
      stances: [
        {
          actor: "mara-solvik",
          issue: "water_quota",
          position: "accepts",
          evidence: "accepted a revised water quota",
        },
      ],
    },
  },
];

const DOSSIER = `# The set's own dossier: no actors, no sources.
id: lumen-water-2025
title: Lumen River water-sharing talks
period: { from: "2025-03-01", until: "2025-03-31" }
issues:
  - id: water_quota
    label: Share of the river's water
    vocabulary: [water quota, quota, share of the river, cubic metres]
  - id: dam_inspections
    label: Inspections of the dams
    about: [water_quota]
    vocabulary: [dam inspections, inspections, inspectors]
framework:
  - { id: monthly-inspections, label: Joint inspections of every dam each month, issue: dam_inspections }
places:
  - { id: talven, name: Talven, aliases: [] }
`;

const dirs: string[] = [];
async function lumenSet(dossier: string | null = DOSSIER): Promise<string> {
  const dir = await writeTestSet(ARTICLES, ACTORS, null);
  dirs.push(dirname(dir));
  if (dossier !== null) await writeFile(join(dir, "dossier.yaml"), dossier);
  return dir;
}

afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe("a set with its own dossier.yaml", () => {
  it("reads its issues, framework and places, and runs with them instead of the bundled dossier's", async () => {
    const set = await readGoldSet(await lumenSet());
    expect(set.dossier?.issues.map((i) => i.id)).toEqual(["water_quota", "dam_inspections"]);
    const { dossier, from } = await dossierForSet(set, undefined);
    expect(from).toBe(set.dossierFile);
    expect(from).toMatch(/dossier\.yaml$/);
    expect(dossier.issues.map((i) => i.id)).toEqual(["water_quota", "dam_inspections"]);
    expect(dossier.issues[1]?.about).toEqual(["water_quota"]);
    expect(dossier.framework.map((p) => p.id)).toEqual(["monthly-inspections"]);
    expect(dossier.places?.map((p) => p.id)).toEqual(["talven"]);
    expect(dossier.period).toEqual({ from: "2025-03-01", until: "2025-03-31" });
    expect(dossier.actors.map((a) => a.id)).toContain("mara-solvik");
    expect(dossier.sources.map((s) => s.id).sort()).toEqual(["lumen-desk", "orsk-courier"]);
  });

  it("gives stances and the stance matrix under the set's issue ids", async () => {
    const set = await readGoldSet(await lumenSet());
    const { dossier } = await dossierForSet(set, undefined);
    const predictions = predictionsOf(set, await runPipeline(set, dossier));
    const stances = Object.values(predictions.articles).flatMap((a) => a.stances);
    for (const [actor, issue, position] of [
      ["mara-solvik", "water_quota", "rejects"],
      ["teodor-brann", "dam_inspections", "proposes"],
      ["mara-solvik", "water_quota", "accepts"],
    ])
      expect(stances).toContainEqual(expect.objectContaining({ actor, issue, position }));
    expect(predictions.tracking?.stances).toContainEqual(
      expect.objectContaining({ actor: "mara-solvik", issue: "water_quota", position: "accepts" }),
    );
    expect(predictions.tracking?.shifts).toContainEqual(
      expect.objectContaining({
        actor: "mara-solvik",
        issue: "water_quota",
        from: "rejects",
        to: "accepts",
      }),
    );
  }, 60_000);

  it("scores stances against the set's issue ids, which the bundled dossier's issues cannot reach", async () => {
    const own = await evaluateSet(await lumenSet(), {});
    expect(own.scores.stance_recall).toBe(1);
    expect(own.scores.matrix_f1).toBe(1);
    expect(own.scores.shift_f1).toBe(1);
    expect((own.report as { issueVocabulary: string }).issueVocabulary).toMatch(/dossier\.yaml$/);
    const bundled = await evaluateSet(await lumenSet(null), {});
    expect(bundled.scores.stance_recall).toBe(0);
  }, 60_000);

  it("without the file, uses the bundled dossier's issues as before", async () => {
    const set = await readGoldSet(await lumenSet(null));
    expect(set.dossier).toBeNull();
    const { dossier, from } = await dossierForSet(set, undefined);
    expect(from).toMatch(/ukraine-peace-2025\.yaml$/);
    expect(dossier.issues.map((i) => i.id)).toContain("security_guarantees");
    expect(dossier.framework).toEqual([]);
  });
});

describe("a set that cannot be evaluated", () => {
  function capture() {
    const lines: string[] = [];
    return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
  }

  it("refuses a dossier.yaml that lists actors, naming the file and the reason", async () => {
    const dir = await lumenSet(
      `${DOSSIER}actors:\n  - { id: valdoria, name: Valdoria, kind: state }\n`,
    );
    const { lines, io } = capture();
    expect(await runEval([dir], io)).toBe(1);
    const message = lines.join("\n");
    expect(message).toContain(join(dir, "dossier.yaml"));
    expect(message).toMatch(
      /actors: not part of this file; the set's actors are listed in actors\.json/,
    );
  });

  it("refuses an issue without vocabulary and a framework point on an unknown issue", async () => {
    const bad = DOSSIER.replace(
      "vocabulary: [dam inspections, inspections, inspectors]",
      "vocabulary: []",
    ).replace("issue: dam_inspections }", "issue: dams }");
    const error = await readGoldSet(await lumenSet(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as Error).message).toMatch(/dossier\.yaml: invalid dossier/);
    expect((error as Error).message).toMatch(
      /issues\[1\]\.vocabulary: an issue needs at least one term/,
    );
    expect((error as Error).message).toMatch(/framework\[0\]\.issue: unknown issue 'dams'/);
  });

  it("says so when the articles/ folder is missing or empty", async () => {
    const dir = await lumenSet();
    for (const name of ["001.json", "002.json"]) await rm(join(dir, "articles", name));
    const { lines, io } = capture();
    expect(await runEval([dir], io)).toBe(1);
    expect(lines.join("\n")).toMatch(
      /articles: no article \.json files, so there are no reports to evaluate/,
    );
    await rm(join(dir, "articles"), { recursive: true });
    const again = capture();
    expect(await runEval([dir], again.io)).toBe(1);
    expect(again.lines.join("\n")).toMatch(
      /articles: no articles\/ folder, so there are no reports to evaluate/,
    );
  });
});
