/**
 * The benchmark's figures, their targets (they live here, never in tests), the
 * table printed on the terminal and the JSON written by --json.
 */

export interface Figures {
  reports_per_s: number | null;
  extract_ratio_vs_wink: number | null;
  /** verify_growth_10k_100k in a full run, verify_growth_1k_10k with --quick. */
  verify_growth: number | null;
  peak_rss_mb: number | null;
  brief_s: number | null;
  add100_s: number | null;
  workers_speedup: number | null;
}

interface Target {
  label: string;
  limit: number;
  /** "max": the figure must stay at or below the limit; "min": at or above. */
  kind: "max" | "min";
  /** Where the figure should go beyond the target, when the issue names a goal. */
  goal?: number;
}

export const TARGETS: Record<keyof Figures, Target> = {
  reports_per_s: { label: "reports/s end to end on SQLite", limit: 150, kind: "min", goal: 300 },
  extract_ratio_vs_wink: {
    label: "extraction time / wink readDoc time",
    limit: 5,
    kind: "max",
    goal: 3,
  },
  verify_growth: { label: "verification time growth (10x reports)", limit: 12, kind: "max" },
  peak_rss_mb: { label: "peak RSS (MB)", limit: 1536, kind: "max", goal: 1024 },
  brief_s: { label: "brief compile (s)", limit: 2, kind: "max" },
  add100_s: { label: "+100 reports into the largest database (s)", limit: 5, kind: "max" },
  workers_speedup: { label: "2 workers vs 1 on PostgreSQL", limit: 1.6, kind: "min" },
};

export function meets(key: keyof Figures, value: number | null): boolean | null {
  if (value === null) return null;
  const target = TARGETS[key];
  return target.kind === "max" ? value <= target.limit : value >= target.limit;
}

/** The JSON --json writes: exactly the issue's keys, null where not measured. */
export function figuresJson(figures: Figures, quick: boolean): Record<string, number | null> {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  return {
    reports_per_s: round(figures.reports_per_s),
    extract_ratio_vs_wink: round(figures.extract_ratio_vs_wink),
    [quick ? "verify_growth_1k_10k" : "verify_growth_10k_100k"]: round(figures.verify_growth),
    peak_rss_mb: round(figures.peak_rss_mb),
    brief_s: round(figures.brief_s),
    add100_s: round(figures.add100_s),
    workers_speedup: round(figures.workers_speedup),
  };
}

export function figuresTable(figures: Figures, notes: Partial<Record<keyof Figures, string>>) {
  const rows = (Object.keys(TARGETS) as (keyof Figures)[]).map((key) => {
    const target = TARGETS[key];
    const value = figures[key];
    const verdict = meets(key, value);
    return [
      target.label,
      value === null ? "not measured" : value.toFixed(value < 10 ? 2 : 0),
      `${target.kind === "max" ? "≤" : "≥"} ${target.limit}${target.goal === undefined ? "" : ` (goal ${target.goal})`}`,
      verdict === null ? "-" : verdict ? "ok" : "MISSED",
      notes[key] ?? "",
    ];
  });
  return rows;
}
