import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../cli/program.js";
import { checkDossierFile } from "./check.js";

async function writeDossier(body: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ttm-check-"));
  const file = join(dir, "d.yaml");
  await writeFile(file, body);
  return file;
}

/** A made-up negotiation with planted weaknesses. */
const WEAK = `
id: quota-talks
title: Quota talks
actors:
  - { id: ingrid-solberg, name: Ingrid Solberg, kind: person, aliases: [Solberg], affiliation: norway }
  - { id: arne-dahlberg, name: Arne Dahlberg, kind: person, aliases: [Dahlberg, Bergen], role: negotiator, gender: male, affiliation: iceland }
  - { id: norway, name: Norway, kind: state, aliases: [Oslo, Bergen] }
  - { id: iceland, name: Iceland, kind: state }
issues:
  - { id: quotas, label: Fishing quotas, vocabulary: [quota, quotas] }
  - { id: survey, label: Survey, vocabulary: [survey, scientific survey, study], about: [quotas] }
sources:
  - { id: saga-post, name: Saga Post, owner: Saga Post, country: ZZ, kind: outlet }
  - { id: fjord-wire, name: Fjord Wire, owner: Fjord Media, country: NO, kind: wire }  # check: owner
`;

describe("dossier check", () => {
  afterEach(() => vi.restoreAllMocks());

  it("names each planted weakness by its field", async () => {
    const r = await checkDossierFile(await writeDossier(WEAK));
    expect(r.valid).toBe(true);
    const lines = r.findings.map((f) => `${f.level} ${f.field}: ${f.message}`);
    const has = (re: RegExp) =>
      expect(
        lines.some((l) => re.test(l)),
        String(re),
      ).toBe(true);
    has(/^warning period: no period/);
    has(/^warning actors\[0\]\.gender: ingrid-solberg/);
    has(/^warning actors\[0\]\.role: ingrid-solberg/);
    has(/^warning actors\[3\]\.aliases: iceland has none/);
    has(/^warning actors\[1\]\.aliases\[1\]: "Bergen" is also norway's/);
    has(/^warning actors\[2\]\.aliases\[1\]: "Bergen" is also arne-dahlberg's/);
    has(/^warning issues\[0\]\.vocabulary: quotas has 2 words/);
    has(/^warning issues\[\]\.about: quotas has none/);
    has(/^warning sources\[0\]\.owner: saga-post's owner is its own name/);
    has(/^warning sources\[0\]\.country: saga-post has no known country/);
    has(/^warning \(file\): 1 line still marked "# check:"/);
    expect(lines.some((l) => l.includes("issues[1].vocabulary"))).toBe(false);
    expect(lines.some((l) => l.includes("actors[1].gender"))).toBe(false);
  });

  it("gives errors from the loader for a dossier it refuses, and exit code 1", async () => {
    const bad = WEAK.replace("affiliation: iceland", "affiliation: greenland").replace(
      "kind: wire",
      "kind: blog",
    );
    const bad2 = `${bad}framework:\n  - { id: p1, label: Point one, issue: fisheries }\n`;
    const file = await writeDossier(bad2);
    const r = await checkDossierFile(file);
    expect(r.valid).toBe(false);
    const errors = r.findings.filter((f) => f.level === "error").map((f) => f.field);
    expect(errors).toContain("sources[1].kind");
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    expect(await main(["node", "ttm", "dossier", "check", file, "--json"])).toBe(1);
    const json = JSON.parse(String(out.mock.calls.map((c) => c[0]).join("")));
    expect(json).toMatchObject({ valid: false, file });
    expect(json.findings[0]).toMatchObject({ level: "error" });
  });

  it("passes both bundled dossiers with exit code 0", async () => {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    for (const name of ["ukraine-peace-2025", "gaza-ceasefire-2025"]) {
      const file = resolve("dossiers", `${name}.yaml`);
      expect(await main(["node", "ttm", "dossier", "check", file])).toBe(0);
      const r = await checkDossierFile(file);
      expect(r.errors).toBe(0);
    }
    expect(out).toHaveBeenCalled();
  });
});
