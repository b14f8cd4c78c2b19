/**
 * CSV of claim clusters and of stances (RFC 4180: comma separated, quoted when
 * needed, CRLF line ends). Report text ends up in spreadsheets, so a cell that
 * would start a formula (= + - @) is prefixed with an apostrophe.
 */
import type { ExportRecords } from "./records.js";

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export function claimsCsv(records: ExportRecords): string {
  const reports = new Map(records.reports.map((r) => [r.id, r]));
  const sources = new Map(records.sources.map((s) => [s.id, s.name]));
  const actors = new Map(records.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => actors.get(id) ?? id;
  const rows = records.clusters.map((c) => {
    const days = c.claims
      .map((x) => reports.get(x.reportId)?.published.slice(0, 10) ?? "")
      .filter(Boolean)
      .sort();
    const outlets = [...new Set(c.claims.map((x) => reports.get(x.reportId)?.sourceId ?? ""))]
      .filter(Boolean)
      .map((id) => sources.get(id) ?? id);
    const variants = c.verdict.variants
      .map(
        (v) => `${v.value}${v.holderIds.length ? ` per ${v.holderIds.map(name).join(", ")}` : ""}`,
      )
      .join(" | ");
    return [
      c.id,
      c.verdict.status,
      c.issue,
      (c.claims[0]?.evidence.text ?? c.label).replace(/\s+/g, " ").trim(),
      [...new Set(c.claims.flatMap((x) => (x.holderId ? [name(x.holderId)] : [])))].join("; "),
      c.verdict.independentSources,
      c.verdict.reports,
      variants,
      outlets.join("; "),
      days[0] ?? "",
      days[days.length - 1] ?? "",
      c.verdict.reasons.join("; "),
    ];
  });
  return toCsv(
    [
      "cluster_id",
      "verdict",
      "issue",
      "statement",
      "holders",
      "independent_sources",
      "reports",
      "variants",
      "sources",
      "first_reported",
      "last_reported",
      "reasons",
    ],
    rows,
  );
}

export function stancesCsv(records: ExportRecords): string {
  const reports = new Map(records.reports.map((r) => [r.id, r]));
  const sources = new Map(records.sources.map((s) => [s.id, s.name]));
  const actors = new Map(records.actors.map((a) => [a.id, a.name]));
  const rows = records.stances.cells.flatMap((cell) =>
    cell.history.map((s, i) => {
      const report = reports.get(s.reportId);
      return [
        s.actorId,
        actors.get(s.actorId) ?? s.actorId,
        s.issue,
        s.position,
        s.asOf,
        i === cell.history.length - 1 ? "yes" : "no",
        s.reportId,
        report ? (sources.get(report.sourceId) ?? report.sourceId) : "",
        s.evidence.replace(/\s+/g, " ").trim(),
      ];
    }),
  );
  return toCsv(
    [
      "actor_id",
      "actor",
      "issue",
      "position",
      "as_of",
      "latest",
      "report_id",
      "source",
      "evidence",
    ],
    rows,
  );
}
