/**
 * `--min key=value` and `--max key=value`: the scores a run must reach (or
 * stay under, for counts of errors such as copies_as_confirmation).
 */

export interface Threshold {
  key: string;
  kind: "min" | "max";
  value: number;
}

export class ThresholdError extends Error {}

function parseOne(text: string, kind: Threshold["kind"]): Threshold {
  const m = /^([a-z0-9_]+)=(-?\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!m) throw new Error(`--${kind} ${text}: expected KEY=NUMBER, e.g. quote_f1=0.9`);
  return { key: m[1]!, kind, value: Number(m[2]) };
}

export function parseThresholds(mins: string[], maxes: string[]): Threshold[] {
  return [...mins.map((t) => parseOne(t, "min")), ...maxes.map((t) => parseOne(t, "max"))];
}

/** The failed thresholds in words; throws ThresholdError for a key the mode does not report. */
export function checkThresholds(scores: Record<string, number>, thresholds: Threshold[]): string[] {
  const failed: string[] = [];
  for (const t of thresholds) {
    const score = scores[t.key];
    if (score === undefined) {
      throw new ThresholdError(
        `unknown score ${t.key}; this mode reports: ${Object.keys(scores).join(", ")}`,
      );
    }
    if (t.kind === "min" && score < t.value) failed.push(`${t.key} = ${score} is under ${t.value}`);
    if (t.kind === "max" && score > t.value) failed.push(`${t.key} = ${score} is over ${t.value}`);
  }
  return failed;
}
