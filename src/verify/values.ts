/**
 * Compares two reported figures for the same thing, respecting hedges, bounds
 * and ranges, and shows a figure in words.
 *
 * Each figure becomes an interval in a base unit (durations in minutes):
 * - exact 40 → [40, 40]; approx "about 500" → 500 ± APPROX_TOLERANCE (3%).
 *   Writers round hedged figures, so two different round numbers are two
 *   estimates: "about 75%" and "roughly 80%" disagree, "about 500" and
 *   "nearly 500" agree.
 * - "more than 600" → (600, ∞), "at least 60" → [60, ∞), "fewer than" /
 *   "at most" → [0, v). "At least" states a floor and stays open. For "more
 *   than", writers pick the round figure just below the true value, so the
 *   open side is capped at OPEN_SPAN (50%) of the value: "more
 *   than an hour" is (60, 90] minutes and disagrees with "two hours", while
 *   "more than 600" still fits 650. A narrowing word ("just over", "a little
 *   over", "nearly") caps it at NARROW_SPAN (25%).
 * - "60 to 90" → [60, 90].
 *
 * Relations: "same" (one variant), "fits" (a vaguer figure that the other
 * satisfies: "over an hour" beside "80 minutes"; not a conflict), "conflict",
 * and "unrelated" (different units that do not convert: not comparable).
 * An open bound beside a range ("at least 60 days" vs "60 to 90 days") is a
 * conflict: the gold treats them as two accounts of one demand.
 */
import type { Quantity } from "../model/index.js";

export const APPROX_TOLERANCE = 0.03;
export const NARROW_SPAN = 0.25;
export const OPEN_SPAN = 0.5;

export type ValueRelation = "same" | "fits" | "conflict" | "unrelated";
type Shape = "point" | "range" | "above" | "below";

interface Interval {
  unit: string;
  shape: Shape;
  lo: number;
  hi: number;
  /** For points: the stated value; for bounds: the bound; for ranges: the low end. */
  value: number;
  exact: boolean;
  narrow: boolean;
}

/** Minutes per duration unit: durations compare across units. */
const MINUTES: Record<string, number> = {
  second: 1 / 60,
  minute: 1,
  hour: 60,
  day: 1440,
  week: 10080,
  month: 43200,
  year: 525600,
};

const IRREGULAR: Record<string, string> = {
  people: "person",
  "%": "percent",
  percentage: "percent",
  min: "minute",
  mins: "minute",
  hr: "hour",
  hrs: "hour",
  personnel: "personnel",
};

/** Lower case, singular: "Hours" → "hour", "%" → "percent". */
export function canonicalUnit(unit: string): string {
  const lower = unit.trim().toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

const NARROWING = /\b(just|a little|slightly|barely|marginally|nearly|almost|a bit)\b/i;

/** Intervals of the figures seen, kept per figure: a large cluster compares each many times. */
const intervals = new WeakMap<Quantity, Interval>();

/** The figure as an interval in its base unit. */
function toInterval(q: Quantity): Interval {
  let interval = intervals.get(q);
  if (!interval) {
    interval = intervalOf(q);
    intervals.set(q, interval);
  }
  return interval;
}

function intervalOf(q: Quantity): Interval {
  const unit = canonicalUnit(q.unit);
  const scale = MINUTES[unit] ?? 1;
  const base = MINUTES[unit] === undefined ? unit : "minute";
  const narrow = NARROWING.test(q.text);
  if (Array.isArray(q.value)) {
    const [lo, hi] = q.value;
    return {
      unit: base,
      shape: "range",
      lo: lo * scale,
      hi: hi * scale,
      value: lo * scale,
      exact: !q.approx,
      narrow,
    };
  }
  const v = q.value * scale;
  const bound = q.bound === "range" ? "exact" : q.bound;
  const cap = v * (narrow ? NARROW_SPAN : OPEN_SPAN);
  switch (bound) {
    case "more_than":
      return { unit: base, shape: "above", lo: v, hi: v + cap, value: v, exact: false, narrow };
    case "at_least": {
      // "at least 19 injured" states a floor that later counts rise above, not an estimate.
      const hi = narrow ? v + cap : Number.POSITIVE_INFINITY;
      return { unit: base, shape: "above", lo: v, hi, value: v, exact: false, narrow };
    }
    case "less_than":
    case "at_most":
      return {
        unit: base,
        shape: "below",
        lo: v - cap,
        hi: v,
        value: v,
        exact: false,
        narrow,
      };
    default: {
      const exact = bound === "exact" && !q.approx;
      const slack = exact ? 0 : Math.abs(v) * APPROX_TOLERANCE;
      return {
        unit: base,
        shape: "point",
        lo: v - slack,
        hi: v + slack,
        value: v,
        exact,
        narrow: false,
      };
    }
  }
}

const nearlyEqual = (a: number, b: number, tolerance: number): boolean =>
  Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;

const overlaps = (a: Interval, b: Interval): boolean => a.lo <= b.hi && b.lo <= a.hi;

/** How two figures for the same thing relate; see the module comment. */
export function compareQuantities(a: Quantity, b: Quantity): ValueRelation {
  const x = toInterval(a);
  const y = toInterval(b);
  if (x.unit !== y.unit) return "unrelated";
  if (x.shape === "point" && y.shape === "point") {
    const tolerance = x.exact && y.exact ? 0 : APPROX_TOLERANCE;
    return nearlyEqual(x.value, y.value, tolerance) ? "same" : "conflict";
  }
  if (x.shape === "range" && y.shape === "range") {
    return nearlyEqual(x.lo, y.lo, 0) && nearlyEqual(x.hi, y.hi, 0) ? "same" : "conflict";
  }
  if (x.shape === "point" || y.shape === "point") return overlaps(x, y) ? "fits" : "conflict";
  if (x.shape === "range" || y.shape === "range") return "conflict";
  if (x.shape === y.shape) {
    return nearlyEqual(x.value, y.value, 0) && x.narrow === y.narrow ? "same" : "fits";
  }
  return overlaps(x, y) ? "fits" : "conflict";
}

/** Whether a figure is a single value (exact or hedged) rather than a bound or a range. */
export function isPointValue(q: Quantity): boolean {
  return toInterval(q).shape === "point";
}

/** A figure's size in its base unit, for ordering updates ("from 20 to 35"). */
export function baseValue(q: Quantity): number {
  return toInterval(q).value;
}

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function unitWords(unit: string, value: number): string {
  if (value === 1) return unit;
  if (unit === "person") return "people";
  if (unit.endsWith("y") && !/[aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  return unit.endsWith("s") ? unit : `${unit}s`;
}

function withUnit(value: number, unit: string): string {
  if (unit === "percent") return `${NUMBER.format(value)}%`;
  if (unit === "dollar") return `$${NUMBER.format(value)}`;
  return `${NUMBER.format(value)} ${unitWords(unit, value)}`;
}

/** The figure as a reader sees it: "90%", "about 500 drones", "60 to 90 days", "just over 1 hour". */
export function formatQuantity(q: Quantity): string {
  const unit = canonicalUnit(q.unit);
  // A share agreed told in words ("details remain open", "fully agreed") reads as words.
  if (unit === "percent" && !/\d/.test(q.text)) {
    if (q.value === 99 && q.bound === "at_most") return "not finished";
    if (q.value === 100 && q.bound === "exact") return "fully agreed";
  }
  if (Array.isArray(q.value)) {
    const [lo, hi] = q.value;
    return unit === "percent"
      ? `${NUMBER.format(lo)}% to ${NUMBER.format(hi)}%`
      : `${NUMBER.format(lo)} to ${withUnit(hi, unit)}`;
  }
  const shown = withUnit(q.value, unit);
  const narrow = NARROWING.test(q.text);
  switch (q.bound) {
    case "more_than":
      return `${narrow ? "just over" : "more than"} ${shown}`;
    case "at_least":
      return `at least ${shown}`;
    case "less_than":
      return `${narrow ? "nearly" : "less than"} ${shown}`;
    case "at_most":
      return `at most ${shown}`;
    case "approx":
      return `about ${shown}`;
    default:
      return q.approx ? `about ${shown}` : shown;
  }
}
