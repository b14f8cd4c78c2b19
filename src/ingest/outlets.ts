/**
 * Sources for outlets a dossier does not list. A report names its outlet (a
 * feed's title, a page's og:site_name or JSON-LD publisher) and often its
 * address; from these ingest builds a source, so reporting from any site is
 * taken in. The owner decides independence: it comes from the table below
 * of major outlets, wires and their owner groups, else from the site's
 * registrable domain (public-suffix rules, by tldts), else from the outlet's
 * own name. The dossier still overrides: a source it lists is found first.
 *
 * The table holds public facts: each outlet's web address and the company or
 * public body that owns it, as the outlets' own "about" and corporate pages
 * and their owners' annual reports state them (2025). Outlets of one owner
 * share an owner string, so they count as one origin (NBC News and CNBC;
 * The Wall Street Journal and the New York Post; BBC News and BBC World).
 */
import { getDomain, getHostname } from "tldts";
import type { Source, SourceKind } from "../model/index.js";

interface Known {
  name: string;
  owner: string;
  country: string;
  kind?: SourceKind;
}

const COMCAST = "Comcast (NBCUniversal)";
const NEWS_CORP = "News Corp";
const FMM = "France Médias Monde";

/** Registrable domain (or, where one domain holds several outlets, host) → outlet. */
const KNOWN: Record<string, Known> = {
  "nbcnews.com": { name: "NBC News", owner: COMCAST, country: "US" },
  "cnbc.com": { name: "CNBC", owner: COMCAST, country: "US" },
  "msnbc.com": { name: "MSNBC", owner: COMCAST, country: "US" },
  "abcnews.go.com": { name: "ABC News", owner: "The Walt Disney Company", country: "US" },
  "abcnews.com": { name: "ABC News", owner: "The Walt Disney Company", country: "US" },
  "cbsnews.com": { name: "CBS News", owner: "Paramount Skydance", country: "US" },
  "cnn.com": { name: "CNN", owner: "Warner Bros. Discovery", country: "US" },
  "foxnews.com": { name: "Fox News", owner: "Fox Corporation", country: "US" },
  "wsj.com": { name: "The Wall Street Journal", owner: NEWS_CORP, country: "US" },
  "nypost.com": { name: "New York Post", owner: NEWS_CORP, country: "US" },
  "thetimes.co.uk": { name: "The Times", owner: NEWS_CORP, country: "GB" },
  "nytimes.com": { name: "The New York Times", owner: "The New York Times Company", country: "US" },
  "washingtonpost.com": { name: "The Washington Post", owner: "Nash Holdings", country: "US" },
  "usatoday.com": { name: "USA Today", owner: "Gannett", country: "US" },
  "latimes.com": { name: "Los Angeles Times", owner: "Nant Capital", country: "US" },
  "npr.org": { name: "NPR", owner: "National Public Radio", country: "US" },
  "pbs.org": { name: "PBS NewsHour", owner: "Public Broadcasting Service", country: "US" },
  "politico.com": { name: "Politico", owner: "Axel Springer", country: "US" },
  "politico.eu": { name: "Politico Europe", owner: "Axel Springer", country: "BE" },
  "axios.com": { name: "Axios", owner: "Cox Enterprises", country: "US" },
  "thehill.com": { name: "The Hill", owner: "Nexstar Media Group", country: "US" },
  "bloomberg.com": { name: "Bloomberg", owner: "Bloomberg L.P.", country: "US" },
  "apnews.com": {
    name: "Associated Press",
    owner: "The Associated Press",
    country: "US",
    kind: "wire",
  },
  "reuters.com": { name: "Reuters", owner: "Thomson Reuters", country: "GB", kind: "wire" },
  "afp.com": { name: "AFP", owner: "Agence France-Presse", country: "FR", kind: "wire" },
  "bbc.co.uk": { name: "BBC News", owner: "BBC", country: "GB" },
  "bbc.com": { name: "BBC News", owner: "BBC", country: "GB" },
  "theguardian.com": { name: "The Guardian", owner: "Guardian Media Group", country: "GB" },
  "ft.com": { name: "Financial Times", owner: "Nikkei Inc.", country: "GB" },
  "economist.com": { name: "The Economist", owner: "The Economist Group", country: "GB" },
  "telegraph.co.uk": { name: "The Telegraph", owner: "Telegraph Media Group", country: "GB" },
  "independent.co.uk": {
    name: "The Independent",
    owner: "Independent Digital News & Media",
    country: "GB",
  },
  "aljazeera.com": { name: "Al Jazeera", owner: "Al Jazeera Media Network", country: "QA" },
  "dw.com": { name: "Deutsche Welle", owner: "Deutsche Welle", country: "DE" },
  "france24.com": { name: "France 24", owner: FMM, country: "FR" },
  "rfi.fr": { name: "RFI", owner: FMM, country: "FR" },
  "euronews.com": { name: "Euronews", owner: "Alpac Capital", country: "FR" },
  "lemonde.fr": { name: "Le Monde", owner: "Groupe Le Monde", country: "FR" },
  "spiegel.de": { name: "Der Spiegel", owner: "Spiegel-Verlag", country: "DE" },
  "kyivindependent.com": {
    name: "The Kyiv Independent",
    owner: "The Kyiv Independent",
    country: "UA",
  },
  "pravda.com.ua": { name: "Ukrainska Pravda", owner: "Ukrainska Pravda", country: "UA" },
  "ukrinform.net": { name: "Ukrinform", owner: "Ukrinform", country: "UA", kind: "wire" },
  "ukrinform.ua": { name: "Ukrinform", owner: "Ukrinform", country: "UA", kind: "wire" },
  "tass.com": { name: "TASS", owner: "TASS", country: "RU", kind: "wire" },
  "tass.ru": { name: "TASS", owner: "TASS", country: "RU", kind: "wire" },
  "interfax.ru": { name: "Interfax", owner: "Interfax", country: "RU", kind: "wire" },
  "ria.ru": { name: "RIA Novosti", owner: "Rossiya Segodnya", country: "RU", kind: "wire" },
  "rt.com": { name: "RT", owner: "TV-Novosti", country: "RU" },
};

/** ISO 3166's code for a country not known. */
const UNKNOWN_COUNTRY = "ZZ";
/** The one outlet of a report that says nothing of where it comes from. */
export const UNKNOWN_OUTLET: Source = {
  id: "unknown",
  name: "Unknown outlet",
  owner: "unknown",
  country: UNKNOWN_COUNTRY,
  kind: "outlet",
  ownerFrom: "name",
};

const slug = (value: string): string =>
  value
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");

/** The outlet of a site's name for it ("theguardian.com" when the input gives no name). */
export function outletSource(siteName: string | null, url: string | null): Source {
  const host = url ? getHostname(url) : null;
  const domain = url ? getDomain(url) : null;
  const bare = host?.replace(/^www\./, "") ?? null;
  const known = (bare ? KNOWN[bare] : undefined) ?? (domain ? KNOWN[domain] : undefined);
  const name = known?.name ?? (siteName?.trim() || domain || null);
  if (!name) return UNKNOWN_OUTLET;
  const source: Source = {
    id: slug(known ? known.name : (domain ?? name)) || UNKNOWN_OUTLET.id,
    name,
    owner: known?.owner ?? domain ?? name,
    country: known?.country ?? UNKNOWN_COUNTRY,
    kind: known?.kind ?? "outlet",
    ownerFrom: known ? "table" : domain ? "domain" : "name",
  };
  const site = bare && KNOWN[bare] ? bare : (domain ?? bare);
  if (site) source.homepage = `https://${site}/`;
  return source;
}
