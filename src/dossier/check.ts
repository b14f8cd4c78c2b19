/**
 * `ttm dossier check`: a dossier validated by the loader, then read for what
 * is missing or weak, one finding per field. Errors make the dossier unusable
 * (the loader refuses it); warnings leave it usable but weaker: a person
 * without gender cannot be "he" or "she", an issue with two words finds few
 * sentences, an alias two actors share goes to the first.
 */
import { readFile } from "node:fs/promises";
import type { Dossier } from "../model/index.js";
import { DossierError, loadDossier } from "./load.js";

export interface Finding {
  level: "error" | "warning";
  /** The field, as a path inside the file: "actors[3].gender", "period". */
  field: string;
  message: string;
}

export interface CheckResult {
  file: string;
  valid: boolean;
  errors: number;
  warnings: number;
  findings: Finding[];
}

const MIN_VOCABULARY = 3;
const UNKNOWN_COUNTRY = "ZZ";

export async function checkDossierFile(file: string): Promise<CheckResult> {
  const findings: Finding[] = [];
  let dossier: Dossier | null = null;
  try {
    dossier = await loadDossier(file);
  } catch (err) {
    if (!(err instanceof DossierError)) throw err;
    for (const problem of err.problems) {
      const at = problem.indexOf(": ");
      findings.push(
        at > 0
          ? { level: "error", field: problem.slice(0, at), message: problem.slice(at + 2) }
          : { level: "error", field: "(file)", message: problem },
      );
    }
  }
  if (dossier) {
    findings.push(...weaknesses(dossier));
    findings.push(...leftToCheck(await readFile(file, "utf8")));
  }
  const errors = findings.filter((f) => f.level === "error").length;
  return { file, valid: errors === 0, errors, warnings: findings.length - errors, findings };
}

/** Lines `ttm dossier init` marked for a decision and still marked. */
function leftToCheck(text: string): Finding[] {
  const lines = text.split("\n");
  const marked = lines.flatMap((line, i) => (/#\s*check:/.test(line) ? [i + 1] : []));
  if (marked.length === 0) return [];
  return [
    {
      level: "warning",
      field: "(file)",
      message: `${marked.length} line${marked.length === 1 ? "" : "s"} still marked "# check:" (first at line ${marked[0]}); remove each mark once decided`,
    },
  ];
}

/** What a valid dossier lacks, field by field. */
export function weaknesses(d: Dossier): Finding[] {
  const out: Finding[] = [];
  const warn = (field: string, message: string) => out.push({ level: "warning", field, message });
  if (!d.period) warn("period", "no period: briefs and deadlines cannot say what is in scope");
  if (!d.description.trim()) warn("description", "empty: say what the dossier follows");

  const actorIds = new Set(d.actors.map((a) => a.id));
  d.actors.forEach((a, i) => {
    const at = `actors[${i}]`;
    if (a.aliases.length === 0)
      warn(`${at}.aliases`, `${a.id} has none: only "${a.name}" written in full is found`);
    if (a.kind === "person") {
      if (!a.gender) warn(`${at}.gender`, `${a.id} has none: "he" and "she" never resolve to them`);
      if (!a.role)
        warn(`${at}.role`, `${a.id} has none: "the president"-style phrases cannot find them`);
      if (!a.affiliation)
        warn(
          `${at}.affiliation`,
          `${a.id} names no actor: their words count for no state or group`,
        );
    }
    if (a.affiliation === a.id) warn(`${at}.affiliation`, `${a.id} is affiliated with itself`);
    else if (a.affiliation && !actorIds.has(a.affiliation))
      warn(`${at}.affiliation`, `'${a.affiliation}' is no actor's id`);
  });

  // One alias or title for two actors: the text gives it to one of them only.
  const owners = new Map<string, string[]>();
  d.actors.forEach((a) => {
    for (const form of new Set([a.name, ...a.aliases])) {
      const list = owners.get(form) ?? [];
      if (!list.includes(a.id)) list.push(a.id);
      owners.set(form, list);
    }
  });
  d.actors.forEach((a, i) => {
    a.aliases.forEach((alias, j) => {
      const others = (owners.get(alias) ?? []).filter((id) => id !== a.id);
      if (others.length > 0)
        warn(`actors[${i}].aliases[${j}]`, `"${alias}" is also ${others.join(", ")}'s: ambiguous`);
    });
  });
  const titleOwners = new Map<string, string[]>();
  for (const a of d.actors)
    for (const t of new Set(a.titles.map((x) => x.toLowerCase().replace(/^the\s+/, "")))) {
      titleOwners.set(t, [...(titleOwners.get(t) ?? []), a.id]);
    }
  d.actors.forEach((a, i) => {
    a.titles.forEach((title, j) => {
      const key = title.toLowerCase().replace(/^the\s+/, "");
      const others = (titleOwners.get(key) ?? []).filter((id) => id !== a.id);
      if (others.length > 0)
        warn(`actors[${i}].titles[${j}]`, `"${title}" is also ${others.join(", ")}'s: ambiguous`);
    });
  });

  const issueIds = new Set(d.issues.map((x) => x.id));
  d.issues.forEach((issue, i) => {
    const at = `issues[${i}]`;
    if (issue.vocabulary.length < MIN_VOCABULARY)
      warn(
        `${at}.vocabulary`,
        `${issue.id} has ${issue.vocabulary.length} word${issue.vocabulary.length === 1 ? "" : "s"}: fewer than ${MIN_VOCABULARY} find few sentences`,
      );
  });
  // One line for all issues without `about`: most issues stand alone, and a line each drowned the rest.
  const withoutAbout = d.issues.filter((x) => !x.about || x.about.length === 0).map((x) => x.id);
  if (withoutAbout.length > 0)
    warn(
      "issues[].about",
      `${withoutAbout.join(", ")} ${withoutAbout.length === 1 ? "has" : "have"} none: a stance naming one with another issue is not settled by it (fine for an issue that stands alone)`,
    );

  if (d.sources.length === 0)
    warn("sources", "none: outlets are guessed from each report and their owners inferred");
  d.sources.forEach((s, i) => {
    const at = `sources[${i}]`;
    if (!s.owner.trim()) warn(`${at}.owner`, `${s.id} has none: independence cannot be judged`);
    else if (s.owner === s.name)
      warn(
        `${at}.owner`,
        `${s.id}'s owner is its own name: check it is not one of a group's outlets`,
      );
    if (!s.country || s.country === UNKNOWN_COUNTRY)
      warn(`${at}.country`, `${s.id} has no known country (${s.country || "none"})`);
    if (!s.kind) warn(`${at}.kind`, `${s.id} has none: outlet, wire or analysis`);
  });

  d.framework.forEach((p, i) => {
    if (!issueIds.has(p.issue)) warn(`framework[${i}].issue`, `'${p.issue}' is no issue's id`);
  });
  return out;
}
