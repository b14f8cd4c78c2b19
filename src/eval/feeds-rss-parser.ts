/**
 * rss-parser's real-world fixtures (shared/corpora/feeds/rss-parser): our
 * parse of each feed against rss-parser's expected JSON, per field: item
 * count, item title, link and guid (exact), isoDate (same instant), text
 * (token F1 against contentSnippet), feed title and link. The one fixture
 * that is not a feed must be refused.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeDocument } from "../ingest/charset.js";
import { parsePublished } from "../ingest/dates.js";
import { itemText, parseFeedText } from "../ingest/feeds/index.js";
import { tokenOverlap } from "./match.js";

interface Fixture {
  name: string;
  input: string;
  expected: string | null;
  expected_encoding: string;
}

interface ExpectedItem {
  title?: string;
  link?: string;
  guid?: string;
  id?: string;
  isoDate?: string;
  contentSnippet?: string;
}

export interface RssParserScores {
  fixtures: number;
  crashes: number;
  parsed: number;
  unrecognizedRefused: boolean;
  /** Mean over fixtures of the share of items (or the feed field) that agree. */
  agreement: Record<
    "item_count" | "title" | "link" | "guid" | "iso_date" | "text_f1" | "feed_title" | "feed_link",
    number
  >;
  perFixture: Record<string, Record<string, number>>;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export async function scoreRssParser(dir: string): Promise<RssParserScores> {
  const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as Fixture[];
  const fields: Record<string, number[]> = {};
  const perFixture: Record<string, Record<string, number>> = {};
  const s: RssParserScores = {
    fixtures: manifest.length,
    crashes: 0,
    parsed: 0,
    unrecognizedRefused: false,
    agreement: {} as never,
    perFixture,
  };
  for (const fixture of manifest) {
    let parsed: ReturnType<typeof parseFeedText>;
    try {
      parsed = parseFeedText(decodeDocument(await readFile(join(dir, fixture.input))).text, null);
    } catch {
      s.crashes++;
      continue;
    }
    if (fixture.name === "unrecognized") {
      s.unrecognizedRefused = !parsed.ok;
      continue;
    }
    if (!parsed.ok) {
      perFixture[fixture.name] = { parsed: 0 };
      continue;
    }
    if (fixture.expected === null) continue;
    s.parsed++;
    const raw = await readFile(join(dir, fixture.expected));
    const expected = JSON.parse(
      raw.toString(fixture.expected_encoding === "latin1" ? "latin1" : "utf8"),
    ) as {
      feed: { title?: string; link?: string; items: ExpectedItem[] };
    };
    const scores = compareFixture(parsed.feed, expected.feed);
    perFixture[fixture.name] = scores;
    for (const [k, v] of Object.entries(scores)) {
      fields[k] = [...(fields[k] ?? []), v];
    }
  }
  s.agreement = Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, mean(v)]),
  ) as RssParserScores["agreement"];
  return s;
}

type Ours = Extract<ReturnType<typeof parseFeedText>, { ok: true }>["feed"];

function compareFixture(
  ours: Ours,
  theirs: { title?: string; link?: string; items: ExpectedItem[] },
) {
  const pairs = theirs.items.map((t, i) => [t, ours.items[i]] as const);
  const share = (test: (t: ExpectedItem, o: Ours["items"][number]) => boolean | null) => {
    const judged = pairs.flatMap(([t, o]) => {
      const verdict = o ? test(t, o) : false;
      return verdict === null ? [] : [verdict ? 1 : 0];
    });
    return judged.length ? mean(judged) : 1;
  };
  const same = (a: string | null | undefined, b: string | null | undefined) =>
    (a ?? "").trim() === (b ?? "").trim();
  return {
    item_count: ours.items.length === theirs.items.length ? 1 : 0,
    title: share((t, o) => (t.title === undefined ? null : same(o.title, t.title))),
    link: share((t, o) =>
      t.link === undefined ? null : same(o.url, t.link) || same(o.url, absolute(t.link)),
    ),
    guid: share((t, o) => {
      const id = t.guid ?? t.id;
      return id === undefined ? null : same(o.key, id);
    }),
    iso_date: share((t, o) => {
      if (!t.isoDate) return null;
      const mine = parsePublished(o.published ?? o.updated ?? "");
      return mine.ok && Date.parse(mine.iso) === Date.parse(t.isoDate);
    }),
    text_f1: mean(
      pairs.map(([t, o]) =>
        o && t.contentSnippet !== undefined
          ? tokenOverlap(itemText(o).text, t.contentSnippet)
          : o
            ? 1
            : 0,
      ),
    ),
    feed_title: theirs.title === undefined ? 1 : same(ours.title, theirs.title) ? 1 : 0,
    feed_link:
      theirs.link === undefined
        ? 1
        : same(ours.link, theirs.link) || same(ours.link, absolute(theirs.link))
          ? 1
          : 0,
  };
}

function absolute(link: string): string {
  try {
    return new URL(link).href;
  } catch {
    return link;
  }
}
