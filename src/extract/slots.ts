/**
 * The slot of a quantified claim: `${issue}:${predicate}:${unit}`. Verification
 * compares the values of claims that share a slot, so the slot must name the
 * measured thing the same way whatever the wording ("90 percent agreed", "95%
 * done", "90% of the framework was settled" all land in framework:share_agreed:percent).
 * The slot comes from general cue lexicons: the unit, the words around the
 * figure and the issue of the sentence.
 */
import type { Quantity } from "../model/index.js";
import { wordTable } from "../util/lookup.js";
import type { IssueRole, IssueRoles } from "./issue-roles.js";
import { lemmaOf, type Word, wordsIn } from "./terms.js";

/**
 * Units of one dimension share a slot unit, so "two hours" and "75 minutes"
 * are compared, and "60 days" and "two months".
 */
const UNIT_CLASS: Record<string, string> = wordTable({
  second: "minute",
  minute: "minute",
  hour: "minute",
  day: "day",
  week: "day",
  month: "day",
  year: "year",
  percent: "percent",
  troop: "troop",
  personnel: "troop",
  soldier: "troop",
  dollar: "dollar",
  euro: "dollar",
});

export function slotUnit(unit: string): string {
  return UNIT_CLASS[unit] ?? (unit || "count");
}

export interface SlotParts {
  issue: string;
  predicate: string;
  unit: string;
  /** Narrows the slot when the same measure applies to several things (a region). */
  qualifier: string | null;
  /** Words to add to the claim's terms (a target place). */
  extraTerms: string[];
}

/** What a rule sees: the sentence's words, the figure's position among them, the quantity. */
interface FigureContext {
  words: readonly Word[];
  lemmas: string[];
  /** Index of the first word after the figure, and of the figure's first word. */
  first: number;
  after: number;
  quantity: Quantity;
  unit: string;
  /** Lemmas of the words around the figure, within a window. */
  near: Set<string>;
  /** Lemmas of the whole sentence. */
  all: Set<string>;
  /** Lower-case words naming the dossier's states and blocs: parties, not regions. */
  parties: ReadonlySet<string>;
}

interface MeasureRule {
  /** The kind of issue the measure is about; the dossier's issue of that kind is the slot's. */
  role: IssueRole;
  units: string[];
  /** Returns the predicate (and a qualifier, or another kind of issue) when the rule fits. */
  test(
    c: FigureContext,
  ): { predicate: string; qualifier?: string; extra?: string[]; role?: IssueRole } | null;
}

const has = (set: Set<string>, words: string[]) => words.some((w) => set.has(w));

const AGREED = ["agree", "agreed", "done", "settle", "settled", "complete", "completed", "finish"];
const AGREED_MORE = ["finished", "finalize", "finalized", "resolve", "resolved", "ready"];
/** "95% of the way to an agreement", "very close, maybe 95%": a share of a deal done. */
const CLOSE_TO_DEAL = ["agreement", "deal", "way", "close", "closer"];
/** Words naming the whole negotiated text rather than one of its parts. */
const WHOLE_TEXT = ["framework", "plan", "deal", "agreement", "point", "points", "draft"];
const HELD = ["hold", "held", "control", "controlled", "occupy", "occupied", "capture", "captured"];
// "lasting"/"last" only describe a duration ("wants them to last 30 years"): not an offer cue.
const OFFER = ["offer", "offered", "provide", "give", "include", "propose"];
const OFFER_MORE = ["proposed", "promise", "promised", "grant", "granted", "extend", "gives"];
const REQUEST = ["ask", "asked", "want", "wanted", "seek", "sought", "demand", "demanded"];
const REQUEST_MORE = ["press", "pressed", "request", "requested", "insist", "insisted", "call"];
const GUARANTEE = ["guarantee", "guarantees", "protection", "commitment", "security"];
const TRUCE = ["ceasefire", "cease-fire", "truce", "pause", "armistice"];
const CALL = ["call", "phone", "telephone", "conversation", "speak", "spoke", "talk", "talked"];
const LAUNCH = ["launch", "fire", "fired", "barrage", "attack", "strike", "send", "sent"];
const INTERCEPT = ["intercept", "intercepted", "shoot", "shot", "destroy", "destroyed", "down"];
const ARMY = ["army", "force", "forces", "military", "troop", "personnel", "soldier"];
const ORIGINAL = ["original", "earlier", "first", "initial", "previous", "old", "american"];
/** "a revision of a 28-point plan", "replaced a 28-point draft": the figure is the earlier text's. */
const REVISED_FROM = [
  "revision",
  "revise",
  "revised",
  "version",
  "replace",
  "replaced",
  "replaces",
];

/** The lemma of the nearest of `cues` before the figure, or null. */
function nearestBefore(c: FigureContext, ...cueSets: string[][]): number {
  for (let i = c.first - 1; i >= 0; i--) {
    const lemma = c.lemmas[i] ?? "";
    const found = cueSets.findIndex(
      (set) => set.includes(lemma) || set.includes(c.words[i]!.lower),
    );
    if (found >= 0) return found;
  }
  return -1;
}

/** The place a share applies to: "75% of Donetsk", "of the Donetsk region", "of the first". */
function regionOf(c: FigureContext): string | null {
  let i = c.after;
  if (c.words[i]?.lower !== "of") return null;
  i++;
  if (c.words[i]?.lower === "the") i++;
  const w = c.words[i];
  if (!w) return null;
  if (/^\p{Lu}/u.test(w.text)) return w.lower;
  const ordinal = ["first", "second", "third"].indexOf(w.lower);
  if (ordinal < 0) return null;
  // "the first ... the second" refer back to places named earlier in the sentence.
  const places = c.words
    .slice(1, c.first)
    .filter(
      (x) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && !c.parties.has(x.lower) && !ARTICLES.has(x.lower),
    );
  return places[ordinal]?.lower ?? null;
}

const ARTICLES = new Set(["the", "a"]);

/** Place words after "at", "on" or "against" that follow the figure: the target of an attack. */
function targetOf(c: FigureContext): string[] {
  for (let i = c.after; i < Math.min(c.words.length, c.after + 6); i++) {
    if (["at", "on", "against"].includes(c.words[i]!.lower)) {
      const next = c.words.slice(i + 1, i + 4).filter((w) => w.lower !== "the");
      const head = next[0];
      return head ? [lemmaOf(head.text)] : [];
    }
  }
  return [];
}

const RULES: MeasureRule[] = [
  {
    role: "land",
    units: ["percent"],
    test: (c) => {
      const region = regionOf(c);
      if (!region || !has(c.all, HELD)) return null;
      // "the remaining quarter of Donetsk" is the part not held: another measure.
      // The figure's own words count too: "the remaining quarter" is one quantity.
      const lead = c.lemmas.slice(Math.max(0, c.first - 2), c.after);
      const rest = has(new Set(lead), ["remain", "remaining", "rest", "other"]);
      return { predicate: rest ? "share_remaining" : "share_held", qualifier: region };
    },
  },
  {
    role: "text",
    units: ["percent"],
    test: (c) => {
      const agreed = has(c.all, AGREED) || has(c.all, AGREED_MORE) || has(c.near, CLOSE_TO_DEAL);
      if (!agreed) return null;
      // "the guarantees were 100% agreed" measures the guarantees, not the whole framework.
      const ofGuarantees = has(c.near, ["guarantee", "guarantees"]) && !has(c.all, WHOLE_TEXT);
      return ofGuarantees
        ? { predicate: "share_agreed", role: "guarantees" as const }
        : { predicate: "share_agreed" };
    },
  },
  {
    role: "truce",
    units: ["day"],
    test: (c) => (has(c.all, TRUCE) ? { predicate: "ceasefire_length" } : null),
  },
  {
    role: "guarantees",
    units: ["year"],
    test: (c) => {
      if (!has(c.all, GUARANTEE) && !has(c.near, ["offer", "ask"])) return null;
      const cue = nearestBefore(c, [...REQUEST, ...REQUEST_MORE], [...OFFER, ...OFFER_MORE]);
      return { predicate: cue === 0 ? "guarantee_requested" : "guarantee_offered" };
    },
  },
  {
    role: "talks",
    units: ["minute"],
    test: (c) => (has(c.all, CALL) ? { predicate: "call_length" } : null),
  },
  {
    role: "attacks",
    units: ["drone", "missile"],
    test: (c) => ({
      predicate: has(c.near, INTERCEPT) && !has(c.near, LAUNCH) ? "intercepted" : "launched",
      extra: targetOf(c),
    }),
  },
  {
    role: "forces",
    units: ["troop", "count"],
    test: (c) => (has(c.near, ARMY) ? { predicate: "army_size" } : null),
  },
  {
    role: "text",
    units: ["point"],
    test: (c) => {
      // "cut from 28 points to 20", "the 28-point American draft": the earlier text, not the current one.
      const from = c.words[c.first - 1]?.lower === "from" || c.words[c.first - 2]?.lower === "from";
      const window = c.lemmas.slice(Math.max(0, c.first - 2), c.after + 2);
      const lead = new Set(c.lemmas.slice(Math.max(0, c.first - 4), c.first));
      const earlier = from || has(new Set(window), ORIGINAL) || has(lead, REVISED_FROM);
      return { predicate: earlier ? "original_point_count" : "point_count" };
    },
  },
];

const BE = new Set(["was", "were", "been", "are", "is", "be"]);

/** Words for one measure: people wounded and people injured are one count. */
const SAME_MEASURE: Record<string, string> = wordTable({
  wound: "injure",
  hurt: "injure",
  die: "kill",
  dead: "kill",
});

/** The content word that names what a figure measures, for combinations no rule knows. */
function headWord(c: FigureContext): string {
  const word = headLemma(c);
  return SAME_MEASURE[word] ?? word;
}

function headLemma(c: FigureContext): string {
  // "two people were killed and 46 were wounded", "… and 32 injured": the figure's own
  // participle comes first.
  for (let i = c.first + 1; i < Math.min(c.words.length, c.after + 3); i++) {
    const w = c.words[i]!;
    const own = i <= c.after || BE.has(c.words[i - 1]!.lower);
    if (own && /^\p{Ll}{3,}ed$/u.test(w.text)) return c.lemmas[i]!;
  }
  // "40 were serving long sentences", "40 of them serving …": a part of a group is
  // told by what it is doing, whichever way the sentence puts it.
  if (c.quantity.partOfCounted) {
    const from = /^of$/i.test(c.words[c.after]?.text ?? "") ? c.after + 2 : c.after;
    const at = BE.has(c.words[from]?.lower ?? "") ? from + 1 : from;
    const w = c.words[at];
    if (w && /^\p{Ll}{3,}ing$/u.test(w.text)) return c.lemmas[at]!;
  }
  for (let i = c.first - 1; i >= Math.max(0, c.first - 6); i--) {
    const w = c.words[i]!;
    if (/^\p{Ll}{3,}(ed|s)$/u.test(w.text) && !["was", "has", "is", "its"].includes(w.lower)) {
      return c.lemmas[i]!;
    }
  }
  const next = c.words[c.after];
  return next && /^\p{Ll}{3,}$/u.test(next.text) ? c.lemmas[c.after]! : "value";
}

/** A figure whose subject is "it" ("it ran", "it lasted", "it took"). */
const IT_MEASURED =
  /\b(?:it|that)\s+(?:had\s+)?(?:ran|run|lasted|last|took|went on)\s+(?:for\s+)?(?:about|around|roughly|nearly|almost|some|over|more than|less than|just)?\s*$/i;

export interface SlotInput {
  text: string;
  sentence: { start: number; end: number };
  /** The sentence before, for a figure whose subject "it" points back to it. */
  previous?: { text: string; start: number; end: number } | undefined;
  quantity: Quantity;
  /** Issues of the sentence from the issue matcher, most likely first. */
  issues: string[];
  /** The dossier's issue of each kind: a rule applies only when the dossier has an issue of its kind. */
  roles: IssueRoles;
  /** Lower-case words naming the dossier's states and blocs (party-words.ts). */
  parties: ReadonlySet<string>;
}

/** The slot parts of one quantity, or null when the figure measures nothing at issue. */
export function slotOfQuantity(input: SlotInput): SlotParts | null {
  const { text, sentence, quantity } = input;
  const words = wordsIn(text, sentence.start, sentence.end);
  const first = words.findIndex((w) => w.end > quantity.start);
  if (first < 0) return null;
  let after = first;
  while (after < words.length && words[after]!.start < quantity.end) after++;
  const lemmas = words.map((w) => lemmaOf(w.text));
  const unit = slotUnit(quantity.unit);
  const near = new Set(lemmas.slice(Math.max(0, first - 10), after + 6));
  for (const w of words.slice(Math.max(0, first - 10), after + 6)) near.add(w.lower);
  const all = new Set([...lemmas, ...words.map((w) => w.lower)]);
  // "It ran about 90 minutes": what "it" measures is named in the sentence before.
  if (input.previous && IT_MEASURED.test(text.slice(sentence.start, quantity.start))) {
    const before = wordsIn(input.previous.text, input.previous.start, input.previous.end);
    for (const w of before) {
      all.add(w.lower);
      all.add(lemmaOf(w.text));
    }
  }
  const c: FigureContext = {
    words,
    lemmas,
    first,
    after,
    quantity,
    unit,
    near,
    all,
    parties: input.parties,
  };
  const limited = timeLimit(c, input.issues[0]);
  if (limited) return limited;
  for (const rule of RULES) {
    const own = input.roles.get(rule.role);
    if (!rule.units.includes(unit) || !own) continue;
    const hit = rule.test(c);
    if (hit) {
      const issue = (hit.role && input.roles.get(hit.role)) || own;
      return {
        issue,
        predicate: hit.predicate,
        unit,
        qualifier: hit.qualifier ?? null,
        extraTerms: hit.extra ?? [],
      };
    }
  }
  const issue = input.issues[0];
  if (!issue) return null;
  return { issue, predicate: headWord(c), unit, qualifier: null, extraTerms: [] };
}

/** Units of a span of time: what "within" can bound. */
const DURATION_UNITS = new Set(["minute", "day"]);

/**
 * "hand over all hostages within 72 hours", "must leave within 30 days of the
 * signing": the figure is a time limit on what the sentence is about, whatever
 * verb states it ("release", "free", "hand over"), so limits told in other
 * words meet in one slot of the sentence's issue.
 */
function timeLimit(c: FigureContext, issue: string | undefined): SlotParts | null {
  if (!issue || !DURATION_UNITS.has(c.unit)) return null;
  const before = c.words[c.first - 1]?.lower;
  const twoBefore = c.words[c.first - 2]?.lower;
  const within = before === "within" || (before === "the" && twoBefore === "within");
  if (!within) return null;
  return { issue, predicate: "time_limit", unit: c.unit, qualifier: null, extraTerms: [] };
}

export function slotKey(parts: SlotParts): string {
  const base = `${parts.issue}:${parts.predicate}:${parts.unit}`;
  return parts.qualifier ? `${base}:${parts.qualifier}` : base;
}
