/**
 * The proposal of `ttm dossier init` written as a dossier YAML: valid as it
 * stands, with a `# check:` comment wherever the reports could not settle a
 * value and the user must decide (an owner not known, a gender guessed, an
 * issue's words). The same proposal always gives the same text.
 */
import type { Proposal, ProposedGroup, ProposedPerson } from "./propose.js";

const RESERVED = /^(?:null|true|false|yes|no|on|off|y|n|~)$/i;

/** A string as YAML: plain where that is safe, else double-quoted (JSON's quoting is YAML's). */
function q(value: string, flow = false): string {
  const plain = flow ? /^[\p{L}][\p{L}\p{N} .'’&/()-]*$/u : /^[\p{L}][\p{L}\p{N} .,'’&/()–;-]*$/u;
  if (plain.test(value) && !RESERVED.test(value) && !/\s$/.test(value)) return value;
  return JSON.stringify(value);
}

const list = (values: readonly string[]) => `[${values.map((v) => q(v, true)).join(", ")}]`;
const comment = (text: string) => `  # ${text}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Ids unique across the dossier's actors (a second "x" becomes "x-2"). */
function uniqueIds<T extends { id: string }>(items: T[]): T[] {
  const used = new Set<string>();
  return items.map((item) => {
    let id = item.id || "actor";
    for (let n = 2; used.has(id); n++) id = `${item.id}-${n}`;
    used.add(id);
    return { ...item, id };
  });
}

function personLines(p: ProposedPerson): string[] {
  const lines = [
    `  - id: ${p.id}${comment(`${plural(p.mentions, "mention")} in ${plural(p.reports, "report")}`)}`,
    `    name: ${q(p.name)}`,
    "    kind: person",
    `    aliases: ${list(p.aliases)}`,
  ];
  const seen = p.titlesSeen
    .slice(0, 6)
    .map((t) => `${t.title} (${t.count})`)
    .join(", ");
  lines.push(
    `    titles: ${list(p.titles)}${comment(
      seen
        ? `check: titles the reports give: ${seen}; keep those that name this person alone`
        : "check: no title found; add the descriptions reports use for this person",
    )}`,
  );
  lines.push(
    p.role
      ? `    role: ${q(p.role)}${comment("check: the most frequent title; say what the person is")}`
      : `    role: null${comment('check: what the person is ("Foreign Minister of X")')}`,
  );
  lines.push(
    `    affiliation: ${p.affiliation ?? "null"}${comment(
      p.affiliation
        ? "check: read from the titles"
        : "check: the state or organisation this person speaks for, by id",
    )}`,
  );
  const { he, she } = p.pronouns;
  lines.push(
    `    gender: ${p.gender ?? "null"}${comment(
      p.gender
        ? `check: guessed from pronouns near the name (he ${he}, she ${she})`
        : `check: male or female, for "he" and "she" (pronouns near the name: he ${he}, she ${she})`,
    )}`,
  );
  return lines;
}

function groupLines(g: ProposedGroup): string[] {
  const kindNote =
    g.kind === "state" ? "" : comment("check: organization, or bloc for an alliance of states");
  return [
    `  - id: ${g.id}${comment(`${plural(g.mentions, "mention")} in ${plural(g.reports, "report")}`)}`,
    `    name: ${q(g.name)}`,
    `    kind: ${g.kind}${kindNote}`,
    `    aliases: ${list(g.aliases)}${comment(
      g.kind === "state"
        ? "check: add the capital and the government's bodies as reports name them"
        : "check: add other names and acronyms",
    )}`,
    "    titles: []",
    `    role: null${comment("check: its part in the negotiation")}`,
    "    affiliation: null",
    "    gender: null",
  ];
}

export function proposalYaml(p: Proposal): string {
  const out: string[] = [];
  const span = p.period ? ` (${p.period.from} to ${p.period.until})` : "";
  out.push(
    `# Proposed by \`ttm dossier init\` from ${plural(p.reports, "report")} in ${p.folder}${span}.`,
    '# Everything here was read from the reports. Lines marked "# check:" need your decision;',
    "# `ttm dossier check FILE` lists what is still missing or weak.",
  );
  if (p.notEnglish > 0)
    out.push(
      `# ${plural(p.notEnglish, "report")} not in English: read for sources and dates only.`,
    );
  out.push(`id: ${p.id}${comment("check: a short id for the topic")}`);
  out.push(`title: ${q(`Negotiation from ${p.id}`)}${comment("check: the title briefs carry")}`);
  out.push(
    `description: ${q(`Proposed from ${plural(p.reports, "report")} in ${p.folder}.`)}${comment(
      "check: what the dossier follows, in a sentence or two",
    )}`,
  );
  if (p.period)
    out.push(
      "period:",
      `  from: "${p.period.from}"${comment("the earliest report; check: when the talks began")}`,
      `  until: "${p.period.until}"${comment("the latest report")}`,
    );
  else out.push(`period: null${comment("check: from and until, as YYYY-MM-DD")}`);

  const actors = uniqueIds<{ id: string; lines?: string[] } & (ProposedPerson | ProposedGroup)>([
    ...p.people,
    ...p.groups,
  ]);
  const groupIds = new Map(p.groups.map((g, i) => [g.id, actors[p.people.length + i]!.id]));
  out.push("", "actors:");
  out.push(`  # --- people, most mentioned first (${plural(p.people.length, "person", "people")})`);
  if (p.people.length === 0) out.push("  # none found: add the people who speak in the talks");
  for (const [i, person] of p.people.entries()) {
    const affiliation = person.affiliation ? (groupIds.get(person.affiliation) ?? null) : null;
    out.push(...personLines({ ...person, id: actors[i]!.id, affiliation }));
  }
  out.push(
    `  # --- states, organisations and blocs (${plural(p.groups.length, "found", "found")})`,
  );
  for (const [i, group] of p.groups.entries())
    out.push(...groupLines({ ...group, id: actors[p.people.length + i]!.id }));
  if (actors.length === 0) {
    out.push(
      `  - id: party-a${comment("check: no person, state or organisation was found; name the parties")}`,
      "    name: Party A",
      "    kind: state",
    );
  }

  out.push("", "issues:");
  out.push(
    "  # Noun phrases reports put after demand, reject, propose, accept, insist on, agree to,",
    "  # oppose and the like, grouped by their head noun; most reports first.",
  );
  if (p.issues.length === 0)
    out.push(
      `  - id: talks${comment("check: no recurring issue was found; name what is at stake")}`,
      "    label: The talks",
      "    vocabulary: [talks, negotiations, agreement]",
    );
  for (const issue of p.issues) {
    out.push(
      `  - id: ${issue.id}${comment(`${plural(issue.phrases, "phrase")} in ${plural(issue.reports, "report")}`)}`,
      `    label: ${q(issue.label)}${comment("check: name the issue")}`,
      `    vocabulary: ${list(issue.vocabulary)}${comment("check: keep the words that put a sentence on this issue")}`,
      `    # seen in: ${issue.example.length > 150 ? `${issue.example.slice(0, 147)}…` : issue.example}`,
    );
  }

  out.push("", "sources:");
  if (p.sources.length === 0) out.push("  []");
  for (const s of p.sources) {
    out.push(
      `  - id: ${s.id}${comment(plural(s.reports, "report"))}`,
      `    name: ${q(s.name)}`,
      `    owner: ${q(s.owner)}${
        s.ownerFrom === "guess"
          ? comment("check: owner unknown; the outlet's own name until you know it")
          : s.ownerFrom === "table"
            ? comment("from the table of outlets")
            : ""
      }`,
      `    country: ${s.country}${s.country === "ZZ" ? comment("check: country unknown (ZZ); its two-letter code") : ""}`,
      `    kind: ${s.kind}${s.kindGuessed ? comment("check: outlet, wire or analysis (guessed from the name)") : ""}`,
    );
    if (s.homepage) out.push(`    homepage: ${q(s.homepage)}`);
  }
  out.push(
    "",
    `framework: []${comment("the points of a negotiated text, if there is one: { id, label, issue }")}`,
    "",
  );
  return out.join("\n");
}
