/**
 * What a word or phrase is known to name, for the entity recogniser
 * (entities.ts): a place, an organisation, a given name, a surname.
 *
 * The lists come from compromise's English lexicon (already a dependency):
 * its Country, City, Region and Place entries, its Organization entries, and
 * its given-name and surname entries. A few public facts it lacks (common
 * short forms of countries, continents and world regions) are added below.
 * Lookups are by lower-cased text with dots dropped ("U.S." -> "us").
 */
import nlp from "compromise";

export type GazetteerKind = "place" | "org" | "given" | "surname" | "person" | "demonym" | "common";

/**
 * Public facts compromise's lexicon lacks: short forms of countries in common
 * use, continents and regions, and seats of government that news names as
 * places. Source: common English usage of ISO 3166 country names and the
 * usual continent/region names.
 */
const EXTRA_PLACES = [
  "us",
  "usa",
  "britain",
  "great britain",
  "england",
  "scotland",
  "wales",
  "north america",
  "south america",
  "latin america",
  "central america",
  "middle east",
  "east asia",
  "southeast asia",
  "south asia",
  "central asia",
  "eastern europe",
  "western europe",
  "asia pacific",
  "antarctica",
  "oceania",
  "earth",
  "white house",
  "west bank",
];

let table: Map<string, Set<GazetteerKind>> | null = null;

function kindsOf(tags: string | string[]): GazetteerKind[] {
  const list = Array.isArray(tags) ? tags : [tags];
  const out: GazetteerKind[] = [];
  for (const t of list) {
    if (t === "Country" || t === "City" || t === "Region" || t === "Place") out.push("place");
    else if (t === "Organization" || t === "SportsTeam") out.push("org");
    else if (t === "FirstName" || t === "MaleName" || t === "FemaleName") out.push("given");
    else if (t === "LastName") out.push("surname");
    else if (t === "Person") out.push("person");
    else if (t === "Demonym") out.push("demonym");
    else if (t !== "ProperNoun" && t !== "Abbreviation") out.push("common");
  }
  return out;
}

function build(): Map<string, Set<GazetteerKind>> {
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: object } } } }).world()
    .model.one.lexicon as Record<string, string | string[]>;
  const out = new Map<string, Set<GazetteerKind>>();
  const add = (key: string, kind: GazetteerKind) => {
    const set = out.get(key) ?? new Set<GazetteerKind>();
    set.add(kind);
    out.set(key, set);
  };
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const k of kindsOf(tags)) add(word, k);
  }
  for (const p of EXTRA_PLACES) add(p, "place");
  // compromise lists "us" as the pronoun; as a capitalised name it is the country.
  out.get("us")?.delete("common");
  return out;
}

/** The normal form a name is looked up by: lower case, dots and curly apostrophes dropped. */
export function gazetteerKey(text: string): string {
  if (/^[a-z]+$/.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\.(?=\w|$)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Answers by raw text: the same words come back many times in a text and across reports. */
const memo = new Map<string, ReadonlySet<GazetteerKind>>();

/** What `text` is known as (empty when unknown). */
export function lookup(text: string): ReadonlySet<GazetteerKind> {
  const cached = memo.get(text);
  if (cached) return cached;
  table ??= build();
  const found = table.get(gazetteerKey(text)) ?? EMPTY;
  if (memo.size > 50_000) memo.clear();
  memo.set(text, found);
  return found;
}

const EMPTY: ReadonlySet<GazetteerKind> = new Set();

let countries: Set<string> | null = null;

/** True when compromise's lexicon lists `text` as a country ("Israel", "United States"). */
export function isCountry(text: string): boolean {
  if (!countries) {
    const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: object } } } }).world()
      .model.one.lexicon as Record<string, string | string[]>;
    countries = new Set();
    for (const [word, tags] of Object.entries(lexicon))
      if (tags === "Country" || (Array.isArray(tags) && tags.includes("Country")))
        countries.add(word);
  }
  return countries.has(gazetteerKey(text));
}

/** True when the lexicon knows `text` as `kind`. */
export function isKnown(text: string, kind: GazetteerKind): boolean {
  return lookup(text).has(kind);
}
