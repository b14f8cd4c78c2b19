/** Printing results: JSON for scripts, words and tables for people. */
import type { AnalyzeSummary, IngestSummary, Stats } from "../pipeline.js";

export const print = (text: string) =>
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
export const printJson = (value: unknown) => print(JSON.stringify(value, null, 2));

export function ingestLines(s: IngestSummary): string[] {
  const lines = [
    `ingested: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.quarantined.length} quarantined`,
  ];
  for (const q of s.quarantined) lines.push(`  quarantined ${q.origin}: ${q.reason}`);
  return lines;
}

export function analyzeLines(s: AnalyzeSummary): string[] {
  const how = {
    full: "all reports verified",
    added: "only the added reports verified",
    none: "verification already up to date",
  }[s.verified];
  const lines = [
    `analyzed: ${s.extracted} reports extracted, ${s.reprints} reprints found, ${s.clusters} claim clusters (${how})`,
  ];
  for (const q of s.failed) lines.push(`  quarantined ${q.origin}: ${q.reason}`);
  return lines;
}

/** "en 34, uk 2 (2 not extracted: extraction reads English only)" */
function languageLine(s: Stats): string {
  const counts = Object.entries(s.languages).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  const listed = counts.map(([tag, n]) => `${tag} ${n}`).join(", ") || "none";
  return s.not_extracted > 0
    ? `${listed} (${s.not_extracted} not extracted: extraction reads English only)`
    : listed;
}

export function statsLines(s: Stats): string[] {
  return [
    `reports: ${s.reports}`,
    `sources: ${s.sources} (${s.independent_sources} independent)`,
    `quarantined: ${s.quarantined}${s.off_topic > 0 ? ` (${s.off_topic} off topic, left out of the brief: ttm quarantine --stage relevance)` : ""}`,
    `languages: ${languageLine(s)}`,
    `claims: ${s.claims.corroborated} corroborated, ${s.claims.single_source} single source, ${s.claims.conflicting} conflicting, ${s.claims.disputed} disputed`,
  ];
}
