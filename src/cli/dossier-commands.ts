/**
 * `ttm dossier init` proposes a dossier from a folder of reports;
 * `ttm dossier check` validates one and lists what is missing or weak. Neither
 * opens a database.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { type CheckResult, checkDossierFile } from "../dossier/check.js";
import { type Proposal, proposeDossier } from "../dossier/propose.js";
import { proposalYaml } from "../dossier/propose-yaml.js";
import { print, printJson } from "./output.js";

type Wrap = <A extends unknown[]>(
  run: (...args: A) => Promise<number>,
) => (...args: A) => Promise<void>;

export interface InitOptions {
  from: string;
  out: string;
  force?: boolean;
  json?: boolean;
}

export async function dossierInitCommand(opts: InitOptions): Promise<number> {
  if (existsSync(opts.out) && !opts.force)
    throw new Error(`${opts.out} exists; pass --force to overwrite it`);
  const proposal = await proposeDossier(opts.from);
  await writeFile(opts.out, proposalYaml(proposal));
  if (opts.json) printJson({ out: resolve(opts.out), ...summary(proposal) });
  else print(initLines(proposal, opts.out).join("\n"));
  return 0;
}

function summary(p: Proposal) {
  return {
    reports: p.reports,
    not_english: p.notEnglish,
    period: p.period,
    people: p.people.map((x) => x.id),
    states: p.groups.filter((g) => g.kind === "state").map((g) => g.id),
    organizations: p.groups.filter((g) => g.kind !== "state").map((g) => g.id),
    issues: p.issues.map((i) => i.id),
    sources: p.sources.map((s) => s.id),
  };
}

function initLines(p: Proposal, out: string): string[] {
  const s = summary(p);
  const names = (ids: string[]) => (ids.length > 0 ? ids.join(", ") : "none");
  return [
    `read ${p.reports} reports from ${p.folder}${p.period ? ` (${p.period.from} to ${p.period.until})` : ""}`,
    `people: ${names(s.people)}`,
    `states: ${names(s.states)}`,
    `organisations: ${names(s.organizations)}`,
    `issues: ${names(s.issues)}`,
    `sources: ${names(s.sources)}`,
    `wrote ${resolve(out)}: decide the lines marked "# check:", then run ttm dossier check ${out}`,
  ];
}

export async function dossierCheckCommand(file: string, opts: { json?: boolean }): Promise<number> {
  const result = await checkDossierFile(file);
  if (opts.json) printJson(result);
  else print(checkLines(result).join("\n"));
  return result.valid ? 0 : 1;
}

export function checkLines(r: CheckResult): string[] {
  const lines = r.findings.map((f) => `${f.level}: ${f.field}: ${f.message}`);
  lines.push(
    r.valid
      ? `${r.file}: valid, ${r.warnings} warning${r.warnings === 1 ? "" : "s"}`
      : `${r.file}: invalid, ${r.errors} error${r.errors === 1 ? "" : "s"}, ${r.warnings} warning${r.warnings === 1 ? "" : "s"}`,
  );
  return lines;
}

export function registerDossierCommands(program: Command, action: Wrap): void {
  const dossier = program
    .command("dossier")
    .description("start a dossier from reports, or check one");
  dossier
    .command("init")
    .description(
      "propose a dossier from a folder of reports: people, states, organisations, issues, outlets",
    )
    .requiredOption("--from <folder>", "a folder of reports (any format ingest reads)")
    .requiredOption("--out <file>", "the dossier YAML to write")
    .option("--force", "overwrite the file if it exists")
    .option("--json", "print the result as JSON")
    .action(action((o: InitOptions) => dossierInitCommand(o)));
  dossier
    .command("check")
    .description("validate a dossier and list what is missing or weak, one line per field")
    .argument("<file>", "the dossier YAML")
    .option("--json", "print as JSON")
    .action(action((file: string, o: { json?: boolean }) => dossierCheckCommand(file, o)));
}
