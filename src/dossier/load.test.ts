import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DossierError, loadDossier } from "./load.js";

async function writeDossier(body: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ttm-dossier-"));
  const file = join(dir, "d.yaml");
  await writeFile(file, body);
  return file;
}

const valid = `
id: test
title: Test
actors:
  - { id: dmitry-peskov, name: Dmitry Peskov, kind: person, aliases: [Peskov], titles: [Kremlin spokesman], affiliation: russia, gender: male }
  - { id: russia, name: Russia, kind: state, aliases: [Moscow, the Kremlin] }
issues:
  - { id: talks, label: Talks, vocabulary: [talks, meeting] }
sources:
  - { id: north-wire, name: North Wire, owner: North Press, country: GB, kind: wire }
`;

describe("dossier loading", () => {
  it("loads a valid dossier and fills defaults", async () => {
    const d = await loadDossier(await writeDossier(valid));
    expect(d.actors[0]?.titles).toEqual(["Kremlin spokesman"]);
    expect(d.actors[1]?.gender).toBeNull();
    expect(d.sources[0]?.feeds).toEqual([]);
    expect(d.framework).toEqual([]);
  });

  it("names the file, the path and the reason for a bad value", async () => {
    const file = await writeDossier(valid.replace("kind: wire", "kind: blog"));
    const err = await loadDossier(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DossierError);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toMatch(/sources\[0\]\.kind: .*outlet/);
  });

  it("refuses an affiliation to an unknown actor", async () => {
    const file = await writeDossier(valid.replace("affiliation: russia", "affiliation: kremlin"));
    await expect(loadDossier(file)).rejects.toThrow(
      /actors\[0\]\.affiliation: unknown actor 'kremlin'/,
    );
  });

  it("refuses an issue said to be about an unknown issue or about itself", async () => {
    const about = (list: string) =>
      writeDossier(
        valid.replace(
          "vocabulary: [talks, meeting] }",
          `vocabulary: [talks, meeting], about: [${list}] }`,
        ),
      );
    await expect(loadDossier(await about("truce"))).rejects.toThrow(
      /issues\[0\]\.about\[0\]: unknown issue 'truce'/,
    );
    await expect(loadDossier(await about("talks"))).rejects.toThrow(/about itself/);
  });

  it("reads places and refuses one said to lie in an unknown place or in itself", async () => {
    const withPlaces = (list: string) => writeDossier(`${valid}places:\n${list}`);
    const d = await loadDossier(
      await withPlaces(
        "  - { id: belo, name: Belo }\n  - { id: hall, name: Harbour Hall, within: belo }\n",
      ),
    );
    expect(d.places).toEqual([
      { id: "belo", name: "Belo", aliases: [], within: null },
      { id: "hall", name: "Harbour Hall", aliases: [], within: "belo" },
    ]);
    await expect(
      loadDossier(await withPlaces("  - { id: hall, name: Harbour Hall, within: belo }\n")),
    ).rejects.toThrow(/places\[0\]\.within: unknown place 'belo'/);
    await expect(
      loadDossier(await withPlaces("  - { id: hall, name: Harbour Hall, within: hall }\n")),
    ).rejects.toThrow(/within itself/);
  });

  it("refuses duplicate ids and unknown fields", async () => {
    const dup = await writeDossier(valid.replace("id: russia,", "id: dmitry-peskov,"));
    await expect(loadDossier(dup)).rejects.toThrow(/actors\[1\]\.id: duplicate id/);
    const extra = await writeDossier(`${valid}colour: blue\n`);
    await expect(loadDossier(extra)).rejects.toThrow(/colour/);
  });

  it("reports YAML syntax errors and missing files with the file name", async () => {
    const bad = await writeDossier("id: [unclosed\n");
    await expect(loadDossier(bad)).rejects.toThrow(/not valid YAML/);
    await expect(loadDossier("/nonexistent/d.yaml")).rejects.toThrow(
      /\/nonexistent\/d.yaml: .*cannot read/s,
    );
  });
});
