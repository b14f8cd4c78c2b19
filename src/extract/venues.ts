/**
 * Where a meeting is said to take place: "hosted Zelenskyy at his Mar-a-Lago
 * estate", "before receiving him “in Miami”". Only places the dossier lists
 * are read, each with the places it lies in, so that verification can tell
 * a place that lies in another ("Mar-a-Lago", "Palm Beach") from one that
 * cannot be the same ("Miami").
 */
import type { Place } from "../model/index.js";

/** A venue named in a text: the place and every place it lies in, innermost first. */
export interface Venue {
  id: string;
  name: string;
  start: number;
  end: number;
  /** Ids of the places it lies in, nearest first. */
  within: string[];
}

interface CompiledPlaces {
  re: RegExp | null;
  byName: Map<string, Place>;
  chains: Map<string, string[]>;
}

const compiled = new WeakMap<readonly Place[], CompiledPlaces>();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function chainOf(place: Place, byId: Map<string, Place>): string[] {
  const out: string[] = [];
  let at = place.within ? byId.get(place.within) : undefined;
  while (at && !out.includes(at.id) && at.id !== place.id) {
    out.push(at.id);
    at = at.within ? byId.get(at.within) : undefined;
  }
  return out;
}

function compile(places: readonly Place[]): CompiledPlaces {
  let c = compiled.get(places);
  if (c) return c;
  const byId = new Map(places.map((p) => [p.id, p]));
  const byName = new Map<string, Place>();
  for (const p of places) for (const n of [p.name, ...p.aliases]) byName.set(n.toLowerCase(), p);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  c = {
    re:
      names.length > 0
        ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "giu")
        : null,
    byName,
    chains: new Map(places.map((p) => [p.id, chainOf(p, byId)])),
  };
  compiled.set(places, c);
  return c;
}

/**
 * "in" or "at", then at most three words ("at the president's", "at his",
 * "“in"): a place named as where something is, not a dateline or a name.
 */
const WHERE_BEFORE = /\b(?:in|at)\s+[“"‘']?(?:[\p{L}'’.-]+\s+){0,3}?$/iu;
/** Words that make the place a party, not a venue: "in Moscow's view", "at Kyiv's request". */
const NOT_A_VENUE_AFTER = /^['’]s\s+(?:view|request|behest|expense|insistence|own)\b/i;

/** The venues a span names, in text order. */
export function venuesIn(
  text: string,
  start: number,
  end: number,
  places: readonly Place[],
): Venue[] {
  const c = compile(places);
  if (!c.re) return [];
  const span = text.slice(start, end);
  const out: Venue[] = [];
  c.re.lastIndex = 0;
  for (const m of span.matchAll(c.re)) {
    const at = start + m.index;
    const before = text.slice(Math.max(start, at - 40), at);
    if (!WHERE_BEFORE.test(before)) continue;
    if (NOT_A_VENUE_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 20))) continue;
    const place = c.byName.get(m[0].toLowerCase());
    // A country is where a war is, seldom where a meeting is told to be held.
    if (!place || place.within === null) continue;
    out.push({
      id: place.id,
      name: place.name,
      start: at,
      end: at + m[0].length,
      within: c.chains.get(place.id) ?? [],
    });
  }
  return out;
}

/**
 * The one venue a span gives: the innermost of the places it names when they
 * lie one in another ("at Mar-a-Lago in Palm Beach, Florida"); null when it
 * names none, or places that cannot all be one.
 */
export function venueOf(
  text: string,
  start: number,
  end: number,
  places: readonly Place[],
): Venue | null {
  const found = venuesIn(text, start, end, places);
  if (found.length === 0) return null;
  const inner = [...found].sort((a, b) => b.within.length - a.within.length)[0]!;
  const fits = (v: Venue) => v.id === inner.id || inner.within.includes(v.id);
  return found.every(fits) ? inner : null;
}
