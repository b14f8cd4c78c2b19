/** Plain-text tables for a terminal: columns padded to their widest cell. */

export function renderTable(headers: string[], rows: string[][], maxWidth = 60): string {
  const clip = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
  const cells = [headers, ...rows].map((r) => r.map((c) => clip(c.replace(/\s+/g, " "))));
  const widths = headers.map((_, i) => cells.reduce((w, r) => Math.max(w, (r[i] ?? "").length), 0));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head!), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
