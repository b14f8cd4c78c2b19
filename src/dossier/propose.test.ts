import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../cli/program.js";
import { loadDossier } from "./load.js";
import { NoReportsError, notAGroup, proposeDossier } from "./propose.js";
import { proposalYaml } from "./propose-yaml.js";

/** A made-up negotiation: Norway and Iceland over fishing quotas, told by three outlets. */
const REPORTS = [
  {
    source: "fjord-wire",
    url: "https://fjord-wire.example/2031/03/02/quota-talks-open",
    published: "2031-03-02T09:00:00Z",
    title: "Quota talks open in Bergen",
    text: "Norwegian Foreign Minister Ingrid Solberg opened the talks in Bergen on Monday. Solberg said Norway rejected the fishing quotas Iceland had proposed for the northern grounds.\n\nArne Dahlberg, the Icelandic negotiator, said Iceland demanded fishing quotas based on the catch of the last decade. He said the talks would go on for a week.",
  },
  {
    source: "saga-post",
    url: "https://saga-post.example/2031/03/03/iceland-holds-firm",
    published: "2031-03-03T10:00:00Z",
    title: "Iceland holds firm",
    text: "Iceland insisted on larger fishing quotas for its fleet, Arne Dahlberg, the Icelandic negotiator, said on Tuesday. He said Reykjavik would not accept a cut.\n\nForeign Minister Ingrid Solberg said Norway opposed any new fishing quotas before a scientific survey. She said the survey could be ready by May.",
  },
  {
    source: "saga-post",
    url: "https://saga-post.example/2031/03/05/survey-deal",
    published: "2031-03-05T10:00:00Z",
    title: "Survey deal",
    text: "Norway and Iceland agreed to a joint scientific survey of the northern grounds. Norwegian Foreign Minister Ingrid Solberg called it a step forward. She said Norway still rejected the fishing quotas Iceland wanted.",
  },
  {
    source: "Reuters",
    url: "https://www.reuters.com/world/europe/quota-talks-2031-03-06/",
    published: "2031-03-06T08:00:00Z",
    title: "Norway, Iceland end first round",
    text: "Norway and Iceland ended the first round of talks on Friday. Iceland rejected the fishing quotas Norway offered, said Arne Dahlberg, the Icelandic negotiator. Foreign Minister Ingrid Solberg said Norway would propose new fishing quotas in April.",
  },
];

async function folderOfReports(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ttm-init-"));
  const folder = join(dir, "quota-talks");
  await mkdir(folder);
  for (const [i, r] of REPORTS.entries())
    await writeFile(join(folder, `${i + 1}.json`), JSON.stringify(r));
  return folder;
}

describe("dossier init", () => {
  it("finds the repeated person with their title, the states, an issue and the outlets", async () => {
    const p = await proposeDossier(await folderOfReports());
    expect(p.reports).toBe(4);
    expect(p.period).toEqual({ from: "2031-03-02", until: "2031-03-06" });
    const solberg = p.people.find((x) => x.name === "Ingrid Solberg");
    expect(solberg?.aliases).toContain("Solberg");
    expect(solberg?.titlesSeen.map((t) => t.title)).toContain("Foreign Minister");
    expect(solberg?.affiliation).toBe("norway");
    expect(solberg?.gender).toBe("female");
    const dahlberg = p.people.find((x) => x.name === "Arne Dahlberg");
    expect(dahlberg?.role).toBe("Icelandic negotiator");
    expect(dahlberg?.affiliation).toBe("iceland");
    expect(p.groups.filter((g) => g.kind === "state").map((g) => g.id)).toEqual(
      expect.arrayContaining(["norway", "iceland"]),
    );
    const quota = p.issues.find((i) => i.id === "quota");
    expect(quota?.vocabulary).toEqual(expect.arrayContaining(["quota", "fishing quotas"]));
    const sources = Object.fromEntries(p.sources.map((s) => [s.id, s]));
    expect(sources["saga-post"]).toMatchObject({ name: "Saga Post", ownerFrom: "guess" });
    expect(sources["fjord-wire"]).toMatchObject({ kind: "wire", country: "ZZ" });
    expect(sources.reuters).toMatchObject({ owner: "Thomson Reuters", ownerFrom: "table" });
  });

  it("writes YAML the dossier loader accepts, the same for the same folder", async () => {
    const folder = await folderOfReports();
    const yaml = proposalYaml(await proposeDossier(folder));
    expect(proposalYaml(await proposeDossier(folder))).toBe(yaml);
    expect(yaml).toContain("# check: owner unknown");
    const file = join(folder, "..", "d.yaml");
    await writeFile(file, yaml);
    const d = await loadDossier(file);
    expect(d.actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(["ingrid-solberg", "norway", "iceland"]),
    );
    expect(d.sources.find((s) => s.id === "reuters")?.owner).toBe("Thomson Reuters");
  });

  it("refuses to overwrite a file without --force, and names a folder with no report", async () => {
    const folder = await folderOfReports();
    const out = join(folder, "..", "out.yaml");
    await writeFile(out, "keep me");
    const args = ["node", "ttm", "dossier", "init", "--from", folder, "--out", out];
    expect(await main(args)).toBe(1);
    expect(await readFile(out, "utf8")).toBe("keep me");
    expect(await main([...args, "--force"])).toBe(0);
    expect(await readFile(out, "utf8")).toContain("id: quota-talks");

    const empty = await mkdtemp(join(tmpdir(), "ttm-empty-"));
    await writeFile(join(empty, "notes.pdf"), "%PDF");
    const err = await proposeDossier(empty).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NoReportsError);
    expect((err as Error).message).toContain(`no readable report in ${empty}`);
  });
});

describe("notAGroup", () => {
  it("drops a piece of a longer name, a place and a noun that only opens sentences", () => {
    const texts = [
      "Leaders met in Port el-Varn on Monday. Families of the crew waited in Tromso.",
      "The summit in Port el-Varn ended late. Families of the crew marched on the quay.",
      "Talks resumed at Tromso, where the Fishers Union said it would strike.",
    ];
    expect(notAGroup("Port", texts)).toBe(true);
    expect(notAGroup("Families", texts)).toBe(true);
    expect(notAGroup("Tromso", texts)).toBe(true);
  });

  it("keeps a name that stands as a group in its sentences", () => {
    const texts = [
      "The Union said it would strike. Norway asked the Union to wait.",
      "A Union spokesman said talks with Oslo had stalled, and the Union left.",
    ];
    expect(notAGroup("Union", texts)).toBe(false);
  });
});
