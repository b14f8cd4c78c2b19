/**
 * A deterministic generator of synthetic reports for the benchmark. Reports are
 * written from our own templates about "stories" (one negotiation round each):
 * every story has its figures, some stories have a conflicting variant of a
 * figure that a share of their reports carry, and a share of reports are
 * reprints of an earlier report (verbatim or lightly edited) by another source.
 * The same size and seed give the same corpus, byte for byte.
 */
import { contentHash } from "../ingest/index.js";
import type { Actor, Dossier, Report, Source } from "../model/index.js";
import { type Random, seededRandom } from "./random.js";
import {
  BACKGROUND_SENTENCES,
  DAYS,
  DENIAL_SENTENCES,
  FACT_SENTENCES,
  PLACES,
  QUOTE_SENTENCES,
  TITLES,
} from "./templates.js";

const REPORTS_PER_STORY = 20;
const REPRINT_SHARE = 0.12;
const CONFLICTED_STORY_SHARE = 0.25;
const VARIANT_SHARE = 0.35;

interface Story {
  place: string;
  figures: Record<string, string>;
  /** The other value of one figure, carried by some reports of a conflicted story. */
  variant: { slot: string; value: string } | null;
}

function makeStory(index: number): Story {
  const rng = seededRandom(1_000_003 * (index + 1));
  const figures: Record<string, string> = {
    army: rng.pick(["800,000", "600,000", "850,000"]),
    pct: String(rng.pick([80, 85, 90, 95])),
    days: String(rng.pick([30, 60, 90, 100])),
    drones: String(rng.int(40, 650)),
    missiles: String(rng.int(3, 60)),
    points: String(rng.pick([20, 22, 24])),
    hours: String(rng.int(2, 9)),
  };
  let variant: Story["variant"] = null;
  if (rng.chance(CONFLICTED_STORY_SHARE)) {
    const slot = rng.pick(["army", "pct", "days", "points"]);
    const alternatives: Record<string, string[]> = {
      army: ["600,000", "1,000,000"],
      pct: ["70", "99"],
      days: ["10", "120"],
      points: ["18", "26"],
    };
    variant = { slot, value: rng.pick(alternatives[slot] ?? ["0"]) };
  }
  return { place: PLACES[index % PLACES.length]!, figures, variant };
}

interface Speaker {
  name: string;
  title: string;
}

function speakers(actors: Actor[]): Speaker[] {
  return actors
    .filter((a) => a.kind === "person")
    .map((a) => ({
      name: a.name,
      title: (a.titles[0] ?? a.role ?? "official").replace(/^the /i, ""),
    }));
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot] ?? slot);
}

function paragraph(rng: Random, story: Story, figures: Record<string, string>, cast: Speaker[]) {
  const speaker = rng.pick(cast);
  const values = {
    ...figures,
    S: speaker.name,
    T: speaker.title,
    place: story.place,
    day: rng.pick(DAYS),
  };
  const sentences = [fill(rng.pick(FACT_SENTENCES), values)];
  if (rng.chance(0.35)) sentences.push(fill(rng.pick(QUOTE_SENTENCES), values));
  if (rng.chance(0.08)) sentences.push(fill(rng.pick(DENIAL_SENTENCES), values));
  const background = rng.int(1, 3);
  for (let i = 0; i < background; i++) sentences.push(rng.pick(BACKGROUND_SENTENCES));
  return sentences.join(" ");
}

export interface CorpusOptions {
  size: number;
  seed?: number;
  /** The first report number, so a later batch (the "+100" step) continues a corpus. */
  from?: number;
}

/**
 * The reports of a synthetic corpus, in publication order, one at a time: only
 * the current story's reports are held, so a 100k corpus never sits in memory.
 */
export function* generateReports(dossier: Dossier, options: CorpusOptions): Generator<Report> {
  const rng = seededRandom((options.seed ?? 20251228) + (options.from ?? 0));
  const cast = speakers(dossier.actors);
  const sources = dossier.sources;
  const from = options.from ?? 0;
  const start = Date.parse(`${dossier.period?.from ?? "2025-12-15"}T06:00:00Z`);
  let storyIndex = -1;
  let story = makeStory(0);
  let earlier: Report[] = [];
  for (let n = from; n < from + options.size; n++) {
    if (Math.floor(n / REPORTS_PER_STORY) !== storyIndex) {
      storyIndex = Math.floor(n / REPORTS_PER_STORY);
      story = makeStory(storyIndex);
      earlier = [];
    }
    const source = rng.pick(sources);
    const published = new Date(start + n * 25_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const original = earlier.length > 0 && rng.chance(REPRINT_SHARE) ? rng.pick(earlier) : null;
    const report =
      original && original.sourceId !== source.id
        ? reprint(rng, original, n, source, published)
        : writeReport(rng, story, cast, n, source, published);
    earlier.push(report);
    yield report;
  }
}

function writeReport(
  rng: Random,
  story: Story,
  cast: Speaker[],
  n: number,
  source: Source,
  published: string,
): Report {
  const figures = { ...story.figures };
  if (story.variant && rng.chance(VARIANT_SHARE)) figures[story.variant.slot] = story.variant.value;
  const paragraphs = Array.from({ length: rng.int(6, 11) }, () =>
    paragraph(rng, story, figures, cast),
  );
  const lead = rng.pick(cast);
  const title = fill(rng.pick(TITLES), { ...figures, S: lead.name, place: story.place });
  return makeReport(n, source, published, title, paragraphs.join("\n\n"));
}

/** A copy of an earlier report under another outlet: verbatim, or with a line of its own added. */
function reprint(rng: Random, original: Report, n: number, source: Source, published: string) {
  const edited = rng.chance(0.5);
  const text = edited
    ? `${original.text}\n\nThis report was distributed by a news agency and edited by ${source.name}.`
    : original.text;
  return makeReport(n, source, published, original.title, text);
}

function makeReport(
  n: number,
  source: Source,
  published: string,
  title: string,
  text: string,
): Report {
  const id = `bench-${String(n).padStart(6, "0")}`;
  return {
    id,
    sourceId: source.id,
    url: `https://${source.id}.example/bench/${n}`,
    title,
    byline: null,
    published,
    text,
    language: "en",
    contentHash: contentHash(text),
    origin: `bench:${id}`,
  };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
