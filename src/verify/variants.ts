/**
 * Splits a cluster's affirming claims into variants: the distinct values
 * reported for its one thing, and which pairs of them cannot both be true.
 * - With figures: claims whose figures are "same" share a variant; a vaguer
 *   figure (a bound, a range) that fits exactly one other variant and clashes
 *   with none is folded into it ("over an hour" beside "two hours").
 * - Without figures: one variant named by a label, unless the claims name
 *   different calendar days for the event (more than a day apart): then each
 *   day is a variant and the days conflict. Undated claims join the largest.
 */
import type { Claim, Quantity } from "../model/index.js";
import { append } from "../util/append.js";
import { valueKey } from "./tally.js";
import { exactDay } from "./time.js";
import { compareQuantities, formatQuantity, isPointValue, type ValueRelation } from "./values.js";
import { isVenue, venueGroups } from "./venues.js";

export interface VariantDraft {
  value: string;
  claims: Claim[];
  /** The figure the variant stands for, or null for figure-less variants. */
  quantity: Quantity | null;
}

export interface VariantSet {
  variants: VariantDraft[];
  /** Pairs of variant indices (i < j) whose values cannot both be true. */
  conflicts: Array<[number, number]>;
  /** Indices of vaguer variants left apart because they fit more than one value. */
  fitting: number[];
}

const DAY_MS = 86_400_000;

/** A value of a cluster of figures: its first claim stands for the `count` claims that give it. */
export interface ValueLike {
  claim: Claim;
  count: number;
}

/** A variant of figures: the values that read as one, and the figure that stands for them. */
export interface ValueVariant<T extends ValueLike> {
  value: string;
  values: T[];
  quantity: Quantity;
}

export interface ValueVariantSet<T extends ValueLike> {
  variants: ValueVariant<T>[];
  /** Pairs of variant indices (i < j) whose values cannot both be true. */
  conflicts: Array<[number, number]>;
  /** Indices of vaguer variants left apart because they fit more than one value. */
  fitting: number[];
}

const claimsIn = (values: readonly ValueLike[]): number =>
  values.reduce((sum, v) => sum + v.count, 0);

/** The display most claims use for the variant; ties go to the first seen. */
function commonDisplay(values: readonly ValueLike[]): string {
  const counts = new Map<string, number>();
  for (const v of values) {
    const shown = formatQuantity(v.claim.quantity!);
    counts.set(shown, (counts.get(shown) ?? 0) + v.count);
  }
  let best = "";
  let bestCount = 0;
  for (const [shown, count] of counts) {
    if (count > bestCount) {
      best = shown;
      bestCount = count;
    }
  }
  return best;
}

/** Points first (they anchor variants), exact before hedged, then by claim id. */
function anchorOrder(a: Claim, b: Claim): number {
  const rank = (c: Claim) => (isPointValue(c.quantity!) ? (c.quantity!.approx ? 1 : 0) : 2);
  return rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function relationMatrix(quantities: readonly Quantity[]): ValueRelation[][] {
  return quantities.map((a) => quantities.map((b) => compareQuantities(a, b)));
}

/**
 * The variants of a cluster's figures, from its values (verify/tally.ts):
 * values whose figures are "same" share a variant; a vaguer figure (a bound, a
 * range) that fits exactly one other variant and clashes with none is folded
 * into it ("over an hour" beside "two hours"). Every claim of a value gives
 * the same figure, so the variants are those its claims one by one would make.
 */
export function figureVariants<T extends ValueLike>(values: readonly T[]): ValueVariantSet<T> {
  const groups: T[][] = [];
  for (const value of [...values].sort((a, b) => anchorOrder(a.claim, b.claim))) {
    const home = groups.find(
      (g) => compareQuantities(g[0]!.claim.quantity!, value.claim.quantity!) === "same",
    );
    if (home) home.push(value);
    else groups.push([value]);
  }
  let drafts = groups.map((g) => ({ value: "", values: g, quantity: g[0]!.claim.quantity! }));
  // Fold vaguer variants into the single value they fit.
  for (let i = drafts.length - 1; i >= 0; i--) {
    const vague = drafts[i]!.quantity;
    if (isPointValue(vague)) continue;
    // One row of the relations, not the whole matrix: a cluster may hold hundreds of values.
    const relations = drafts.map((b) => compareQuantities(vague, b.quantity));
    const fits = relations.flatMap((r, j) => (j !== i && r === "fits" ? [j] : []));
    if (fits.length === 1 && !relations.includes("conflict")) {
      append(drafts[fits[0]!]!.values, drafts[i]!.values);
      drafts = drafts.filter((_, j) => j !== i);
    }
  }
  const variants = drafts
    .map((d) => ({ ...d, value: commonDisplay(d.values) }))
    .sort(
      (a, b) =>
        claimsIn(b.values) - claimsIn(a.values) ||
        anchorOrder(a.values[0]!.claim, b.values[0]!.claim),
    );
  const relations = relationMatrix(variants.map((v) => v.quantity));
  const conflicts: Array<[number, number]> = [];
  const fitting: number[] = [];
  relations.forEach((row, i) => {
    row.forEach((r, j) => {
      if (j > i && r === "conflict") conflicts.push([i, j]);
    });
    if (!row.includes("conflict") && row.includes("fits")) fitting.push(i);
  });
  return { variants, conflicts, fitting };
}

/** Claims of figures grouped by value (verify/tally.ts valueKey), each value with its claims. */
function claimValues(claims: readonly Claim[]): Array<ValueLike & { claims: Claim[] }> {
  const byKey = new Map<string, ValueLike & { claims: Claim[] }>();
  for (const claim of claims) {
    const key = valueKey(claim.quantity!);
    const value = byKey.get(key);
    if (!value) byKey.set(key, { claim, count: 1, claims: [claim] });
    else {
      value.claims.push(claim);
      value.count++;
      if (claim.id < value.claim.id) value.claim = claim;
    }
  }
  return [...byKey.values()];
}

/** The variants of claims that all give figures, each with its claims. */
function figureClaimVariants(claims: readonly Claim[]): VariantSet {
  const set = figureVariants(claimValues(claims));
  return {
    variants: set.variants.map((v) => ({
      value: v.value,
      claims: v.values.flatMap((x) => x.claims),
      quantity: v.quantity,
    })),
    conflicts: set.conflicts,
    fitting: set.fitting,
  };
}

/**
 * Predicates of happenings that take place on a day (the claims stage's event
 * classes). A date beside a position or a statement ("said on Monday that it
 * wants…") does not date the thing claimed, so it makes no variant.
 */
const DATED_PREDICATES = new Set([
  "meeting",
  "venue",
  "call",
  "visit",
  "capture",
  "attack_claim",
  "proposal",
]);

/** "January 7", "7 Jan.", "2026-01-07": a day named on the calendar, not worked out from "Tuesday". */
const CALENDAR_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b/i;
/** Happenings held on a set day: two calendar dates a day apart are two days, not a night across midnight. */
const SCHEDULED_PREDICATES = new Set(["meeting", "call", "visit", "venue"]);

const onCalendar = (claim: Claim): boolean =>
  SCHEDULED_PREDICATES.has(claim.predicate) && CALENDAR_DATE.test(claim.time?.text ?? "");

/**
 * Claims grouped by the calendar day they give. Days within one day of each
 * other go together ("overnight into Sunday" and "on Saturday" name one attack),
 * except two calendar dates of a scheduled meeting or call ("on January 6" and
 * "on January 7"), which differ.
 */
function dayGroups(claims: readonly Claim[]): Array<{ day: string; claims: Claim[] }> {
  const dated = claims
    .filter((claim) => DATED_PREDICATES.has(claim.predicate))
    .map((claim) => ({ claim, day: exactDay(claim.time) }))
    .filter((d): d is { claim: Claim; day: string } => d.day !== null)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const groups: Array<{ day: string; claims: Claim[]; last: number; lastClaims: Claim[] }> = [];
  for (const { claim, day } of dated) {
    const at = Date.parse(day) / DAY_MS;
    const group = groups[groups.length - 1];
    const slack =
      group && at > group.last && onCalendar(claim) && group.lastClaims.some(onCalendar) ? 0 : 1;
    if (group && at - group.last <= slack) {
      group.claims.push(claim);
      if (at > group.last) group.lastClaims = [];
      group.lastClaims.push(claim);
      group.last = at;
    } else {
      groups.push({ day, claims: [claim], last: at, lastClaims: [claim] });
    }
  }
  return groups;
}

function wordVariants(claims: readonly Claim[], label: string): VariantSet {
  const days = dayGroups(claims);
  if (days.length < 2) {
    return {
      variants: [{ value: label, claims: [...claims], quantity: null }],
      conflicts: [],
      fitting: [],
    };
  }
  return dayVariants(claims, days);
}

/** Each day a variant, the claims that give none with the largest; the days conflict. */
function dayVariants(
  claims: readonly Claim[],
  days: ReadonlyArray<{ day: string; claims: Claim[] }>,
): VariantSet {
  const variants: VariantDraft[] = days.map((d) => ({
    value: d.day,
    claims: d.claims,
    quantity: null,
  }));
  const largest = variants.reduce((a, b) => (b.claims.length > a.claims.length ? b : a));
  const datedIds = new Set(days.flatMap((d) => d.claims.map((c) => c.id)));
  append(
    largest.claims,
    claims.filter((c) => !datedIds.has(c.id)),
  );
  const conflicts: Array<[number, number]> = [];
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) conflicts.push([i, j]);
  }
  return { variants, conflicts, fitting: [] };
}

/**
 * Where and when a meeting is held, from a cluster of venue claims: the places
 * given, each a variant, when they cannot all be one ("Mar-a-Lago" against
 * "Miami"); else the days given, when they differ as days do (see dayGroups);
 * else one variant, the innermost place ("Mar-a-Lago" rather than "Florida").
 */
function placeVariants(claims: readonly Claim[]): VariantSet {
  const places = venueGroups(claims);
  if (places.length === 1) {
    const days = dayGroups(claims);
    if (days.length > 1) return dayVariants(claims, days);
  }
  const variants: VariantDraft[] = places.map((g) => ({
    value: g[0]!.object,
    claims: g,
    quantity: null,
  }));
  const conflicts: Array<[number, number]> = [];
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) conflicts.push([i, j]);
  }
  return { variants, conflicts, fitting: [] };
}

/** The variants of a cluster's affirming claims. `label` names a figure-less statement. */
export function buildVariants(claims: readonly Claim[], label: string): VariantSet {
  if (claims.length === 0) return { variants: [], conflicts: [], fitting: [] };
  if (claims.every(isVenue)) return placeVariants(claims);
  return claims.every((c) => c.quantity !== null)
    ? figureClaimVariants(claims)
    : wordVariants(claims, label);
}
