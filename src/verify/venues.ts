/**
 * Venue claims (extract/venue-claims.ts) carry the place a meeting is held in
 * and the places it lies in. Two of them speak of one meeting when their days
 * agree and they share a participant, or name places one of which lies in the
 * other; their places agree when one lies in the other ("Mar-a-Lago" and
 * "Palm Beach"), and conflict otherwise ("Palm Beach" and "Miami").
 */
import { type Claim, VENUE_PREDICATE, VENUE_TERMS } from "../model/index.js";
import type { ClaimMeasure } from "./measure.js";

const { with: WITH, venue: VENUE, within: WITHIN } = VENUE_TERMS;

/** A claim of where a meeting is held (a figure never is). */
export const isVenue = (c: Claim): boolean =>
  c.predicate === VENUE_PREDICATE && c.quantity === null;

interface Where {
  place: string;
  around: string[];
}

function whereOf(c: Claim): Where {
  const place = c.terms.find((t) => t.startsWith(VENUE))?.slice(VENUE.length) ?? "";
  return {
    place,
    around: c.terms.filter((t) => t.startsWith(WITHIN)).map((t) => t.slice(WITHIN.length)),
  };
}

/** True when one place lies in the other, or they are one. */
export function placesAgree(a: Claim, b: Claim): boolean {
  const x = whereOf(a);
  const y = whereOf(b);
  return x.place === y.place || x.around.includes(y.place) || y.around.includes(x.place);
}

/**
 * How surely two venue claims speak of one meeting: 1 when their days agree
 * and so do their places, or they share a participant; 0.5 when their places
 * differ and one names no participant; else 0.
 */
export function venueSimilarity(a: Claim, b: Claim, m: ClaimMeasure): number {
  if (!a.time || !b.time || !m.timesCompatible(a, b)) return 0;
  if (placesAgree(a, b)) return 1;
  const withA = new Set(a.terms.filter((t) => t.startsWith(WITH)));
  const withB = b.terms.filter((t) => t.startsWith(WITH));
  // A report that names no one at the meeting neither ties it to another nor sets it apart.
  if (withA.size === 0 || withB.length === 0) return 0.5;
  return withB.some((t) => withA.has(t)) ? 1 : 0;
}

/**
 * The places a cluster's venue claims give, innermost first: each claim joins
 * the first group whose place agrees with its own; groups conflict pairwise.
 */
export function venueGroups(claims: readonly Claim[]): Claim[][] {
  const depth = (c: Claim) => whereOf(c).around.length;
  const ordered = [...claims].sort((a, b) => depth(b) - depth(a) || (a.id < b.id ? -1 : 1));
  const groups: Claim[][] = [];
  for (const claim of ordered) {
    const home = groups.find((g) => placesAgree(g[0]!, claim));
    if (home) home.push(claim);
    else groups.push([claim]);
  }
  return groups.sort((a, b) => b.length - a.length);
}
