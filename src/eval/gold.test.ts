/** Reading a gold set: bad files are refused with the file and the reason. */
import { rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { dossierFromSet, titlesFromRole } from "./dossier-from-set.js";
import { GoldSetError, readGoldSet } from "./gold.js";
import { TEST_ACTORS, TEST_ARTICLES, writeTestSet } from "./test-set.js";

describe("readGoldSet", () => {
  it("reads actors, articles and facts", async () => {
    const dir = await writeTestSet();
    const set = await readGoldSet(dir);
    expect(set.name).toBe("tiny");
    expect(set.articles.map((a) => a.id)).toEqual(["t-001", "t-002", "t-003"]);
    expect(set.facts[0]?.status).toBe("conflicting");
    await rm(dirname(dir), { recursive: true, force: true });
  });

  it("names the article file and the field of a bad article", async () => {
    const bad = { ...TEST_ARTICLES[0], published: undefined, gold: { quotes: [{ speaker: "x" }] } };
    const dir = await writeTestSet([bad]);
    const error = await readGoldSet(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoldSetError);
    expect((error as GoldSetError).file).toBe(join(dir, "articles", "001.json"));
    expect((error as Error).message).toMatch(/published/);
    await rm(dirname(dir), { recursive: true, force: true });
  });

  it("refuses a quote whose speaker is not in actors.json", async () => {
    const article = structuredClone(TEST_ARTICLES[0]!);
    article.gold.quotes[0]!.speaker = "nobody";
    const dir = await writeTestSet([article]);
    await expect(readGoldSet(dir)).rejects.toThrow(
      /001\.json: gold\.quotes\[0\]\.speaker: unknown actor/,
    );
    await rm(dirname(dir), { recursive: true, force: true });
  });

  it("refuses invalid JSON in actors.json, naming the file", async () => {
    const dir = await writeTestSet();
    await writeFile(join(dir, "actors.json"), "{ not json");
    await expect(readGoldSet(dir)).rejects.toThrow(/actors\.json: not valid JSON/);
    await rm(dirname(dir), { recursive: true, force: true });
  });

  it("works without facts.json and leaves facts unscored", async () => {
    const dir = await writeTestSet(TEST_ARTICLES, TEST_ACTORS, null);
    const set = await readGoldSet(dir);
    expect(set.hasFacts).toBe(false);
    await rm(dirname(dir), { recursive: true, force: true });
  });
});

describe("dossierFromSet", () => {
  it("turns a role into titles with and without 'the', but not a bare 'state'", async () => {
    expect(
      titlesFromRole({
        id: "p",
        name: "P",
        aliases: [],
        kind: "person",
        affiliation: null,
        role: "Kremlin spokesman",
      }),
    ).toEqual(["Kremlin spokesman", "the Kremlin spokesman"]);
    expect(
      titlesFromRole({
        id: "r",
        name: "R",
        aliases: [],
        kind: "state",
        affiliation: null,
        role: "state",
      }),
    ).toEqual([]);
  });

  it("takes the sources from the reports and the issues from the vocabulary given", async () => {
    const dir = await writeTestSet();
    const set = await readGoldSet(dir);
    const d = dossierFromSet(set, [{ id: "ceasefire", label: "Ceasefire", vocabulary: ["truce"] }]);
    expect(d.sources.map((s) => s.id).sort()).toEqual(["hill-post", "river-times", "test-wire"]);
    expect(d.issues).toEqual([{ id: "ceasefire", label: "Ceasefire", vocabulary: ["truce"] }]);
    expect(dossierFromSet(set, []).issues.map((i) => i.id)).toContain("security_guarantees");
    expect(d.actors.every((a) => a.gender === null)).toBe(true);
    await rm(dirname(dir), { recursive: true, force: true });
  });
});
