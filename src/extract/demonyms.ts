/**
 * Adjectives and short forms that name a country, so that "the French
 * president" or "the British prime minister" can be matched to a person whose
 * role says "President of France" or "Prime Minister of the United Kingdom".
 * Keys are country names as dossiers write them; the lists hold the other
 * words a report may use for the same country.
 */
import { wordTable } from "../util/lookup.js";

const COUNTRY_FORMS: Record<string, readonly string[]> = wordTable({
  "united states": ["american", "us", "u.s.", "usa", "america"],
  "united kingdom": ["british", "uk", "u.k.", "britain", "english"],
  ukraine: ["ukrainian"],
  russia: ["russian"],
  france: ["french"],
  germany: ["german"],
  poland: ["polish"],
  italy: ["italian"],
  spain: ["spanish"],
  netherlands: ["dutch"],
  belgium: ["belgian"],
  finland: ["finnish"],
  sweden: ["swedish"],
  norway: ["norwegian"],
  iceland: ["icelandic"],
  denmark: ["danish"],
  estonia: ["estonian"],
  latvia: ["latvian"],
  lithuania: ["lithuanian"],
  hungary: ["hungarian"],
  slovakia: ["slovak"],
  romania: ["romanian"],
  moldova: ["moldovan"],
  belarus: ["belarusian"],
  georgia: ["georgian"],
  turkey: ["turkish"],
  turkiye: ["turkish"],
  china: ["chinese"],
  india: ["indian"],
  japan: ["japanese"],
  canada: ["canadian"],
  qatar: ["qatari"],
  "saudi arabia": ["saudi"],
  "united arab emirates": ["emirati", "uae"],
  israel: ["israeli"],
  iran: ["iranian"],
  "north korea": ["north korean"],
  "south korea": ["south korean"],
  switzerland: ["swiss"],
  austria: ["austrian"],
  "czech republic": ["czech"],
  czechia: ["czech"],
  greece: ["greek"],
  cyprus: ["cypriot"],
  armenia: ["armenian"],
  azerbaijan: ["azerbaijani", "azeri"],
  serbia: ["serbian", "serb"],
  kosovo: ["kosovar"],
  bulgaria: ["bulgarian"],
  croatia: ["croatian"],
  portugal: ["portuguese"],
  ireland: ["irish"],
  egypt: ["egyptian"],
  syria: ["syrian"],
  lebanon: ["lebanese"],
  iraq: ["iraqi"],
  jordan: ["jordanian"],
  pakistan: ["pakistani"],
  afghanistan: ["afghan"],
  kazakhstan: ["kazakh"],
  mexico: ["mexican"],
  brazil: ["brazilian"],
  australia: ["australian"],
  "european union": ["european", "eu"],
});

/** The other words for a country name ("France" → ["french"]), lower case; [] when unknown. */
export function countryForms(name: string): readonly string[] {
  const key = name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();
  return COUNTRY_FORMS[key] ?? [];
}

/** Country names that occur in a phrase ("Prime Minister of the United Kingdom" → ["united kingdom"]). */
export function countriesIn(phrase: string): string[] {
  const lower = ` ${phrase.toLowerCase().replace(/[^\p{L}\p{N}.\s]+/gu, " ")} `;
  return Object.keys(COUNTRY_FORMS).filter((name) => lower.includes(` ${name} `));
}

let byForm: Map<string, string> | null = null;

/** The country a demonym or short form names ("Israeli" → "israel", "U.S." → "united states"); null when unknown. */
export function countryOfForm(word: string): string | null {
  if (!byForm) {
    byForm = new Map();
    for (const [name, forms] of Object.entries(COUNTRY_FORMS))
      for (const form of forms) if (!byForm.has(form)) byForm.set(form, name);
  }
  return byForm.get(word.toLowerCase()) ?? null;
}
