/** Renders a compiled brief as Markdown. Report text is escaped so it cannot inject markup. */
import { type Brief, type Citation, citationNotes, type Statement } from "./brief.js";
import { trackingMarkdown } from "./markdown-tracking.js";
import {
  ATTRIBUTED,
  citationRefs,
  countsNote,
  day,
  moreStatements,
  moreThanShown,
  reasonsText,
  STATEMENTS_SHOWN,
  STATUS_LABEL,
  sourcesInWords,
} from "./words.js";

/** Escapes the characters Markdown would read as markup, and HTML tags. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\s+/g, " ");
}

const refs = (ns: number[]) => citationRefs(ns, (n) => `[${n}]`);

function statementLines(s: Statement): string[] {
  const who = s.holders.length
    ? ` (${ATTRIBUTED} ${s.holders.map(escapeMarkdown).join(", ")})`
    : "";
  const head = `- **${STATUS_LABEL[s.status]}** (${sourcesInWords(s.independentSources, s.reports)}): ${escapeMarkdown(s.text)}${who} ${refs(s.citations)}`;
  const lines = [head];
  if (s.status === "conflicting" || s.variants.length > 1) {
    for (const v of s.variants) {
      const who = v.holders.length ? ` (${v.holders.map(escapeMarkdown).join(", ")})` : "";
      lines.push(`  - ${escapeMarkdown(v.value)}${who}: ${refs(v.citations)}`);
    }
  }
  if (s.reasons.length) lines.push(`  - _Why:_ ${reasonsText(s.reasons, escapeMarkdown)}`);
  return lines;
}

function citationLine(c: Citation): string {
  const copy = c.copyOf ? ` (copy of [${c.copyOf}])` : "";
  const url = c.url ? ` <${c.url.replace(/[<>\s]/g, encodeURIComponent)}>` : "";
  const notes = citationNotes(c);
  const noted = notes.length > 0 ? ` (${escapeMarkdown(notes.join("; "))})` : "";
  return `${c.n}. ${escapeMarkdown(c.source)}: “${escapeMarkdown(c.title)}”, ${day(c.published)}${noted}${copy}${url}`;
}

export function renderMarkdown(brief: Brief): string {
  const { summary } = brief;
  const out: string[] = [`# ${escapeMarkdown(brief.title)}`, ""];
  out.push(
    `_Compiled ${day(brief.compiledAt)} from reports published ${day(brief.coverage.from)} to ${day(brief.coverage.until)}: ${sourcesInWords(summary.independentSources, summary.reports)}._`,
    "",
    `Verdicts: ${summary.claims.corroborated} corroborated, ${summary.claims.single_source} single source, ${summary.claims.conflicting} conflicting, ${summary.claims.disputed} disputed (${escapeMarkdown(countsNote(summary))}).`,
    "",
  );
  if (brief.keyJudgments?.length) {
    out.push("## Key judgments", "");
    for (const k of brief.keyJudgments)
      out.push(`- ${escapeMarkdown(k.text)} ${refs(k.citations)} _${escapeMarkdown(k.verdict)}._`);
    out.push("");
  }
  for (const section of brief.sections) {
    out.push(`## ${escapeMarkdown(section.label)}`, "");
    for (const s of section.statements.slice(0, STATEMENTS_SHOWN)) out.push(...statementLines(s));
    const rest = moreThanShown(section);
    if (rest > 0) out.push(`- _…and ${moreStatements(rest)} in the JSON brief._`);
    out.push("");
  }
  out.push(...trackingMarkdown(brief));
  out.push("## Sources", "", ...brief.citations.map(citationLine), "");
  out.push("## Method", "", brief.method, "", `_${escapeMarkdown(brief.closing)}_`, "");
  return out.join("\n");
}
