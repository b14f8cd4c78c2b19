/**
 * feedparser's test documents (shared/corpora/feeds/feedparser): every file
 * through our decoder and feed parser. Counts crashes (an exception escaping
 * our code), slow files (over 2 s), what parses and what is refused, scores
 * our "malformed" flag against feedparser's bozo expectation, and checks the
 * simple equality assertions that map onto our fields (feed title and link;
 * entry title, link, author, id and published as written).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeDocument } from "../ingest/charset.js";
import { type FeedParse, type ParsedFeed, parseFeedText } from "../ingest/feeds/index.js";

interface IndexRow {
  path: string;
  group: string;
  http_headers: string[];
  expect: string | null;
  expect_bozo: boolean | null;
}

export interface FeedparserScores {
  files: number;
  crashes: number;
  slow: number;
  parsed: number;
  refused: number;
  flaggedMalformed: number;
  bozo: { labelled: number; accuracy: number; precision: number; recall: number };
  assertions: { mappable: number; passed: number; passRate: number };
  crashed: string[];
  failedAssertions: { path: string; expect: string; got: unknown }[];
}

const SLOW_MS = 2_000;

export async function scoreFeedparser(dir: string): Promise<FeedparserScores> {
  const rows = (await readFile(join(dir, "index.jsonl"), "utf8"))
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as IndexRow);
  const s: FeedparserScores = {
    files: rows.length,
    crashes: 0,
    slow: 0,
    parsed: 0,
    refused: 0,
    flaggedMalformed: 0,
    bozo: { labelled: 0, accuracy: 0, precision: 0, recall: 0 },
    assertions: { mappable: 0, passed: 0, passRate: 0 },
    crashed: [],
    failedAssertions: [],
  };
  let tp = 0,
    fp = 0,
    fn = 0,
    correct = 0;
  for (const row of rows) {
    const bytes = await readFile(join(dir, row.path));
    const started = performance.now();
    let result: FeedParse;
    let malformed: boolean;
    try {
      const decoded = decodeDocument(bytes, contentType(row.http_headers));
      result = parseFeedText(decoded.text, contentLocation(row.http_headers));
      malformed = (!result.ok && result.malformed) || decoded.warnings.length > 0;
    } catch (error) {
      s.crashes++;
      s.crashed.push(`${row.path}: ${(error as Error).message}`);
      continue;
    }
    if (performance.now() - started > SLOW_MS) s.slow++;
    if (result.ok) s.parsed++;
    else s.refused++;
    if (malformed) s.flaggedMalformed++;
    if (row.expect_bozo !== null) {
      s.bozo.labelled++;
      if (malformed === row.expect_bozo) correct++;
      if (malformed && row.expect_bozo) tp++;
      if (malformed && !row.expect_bozo) fp++;
      if (!malformed && row.expect_bozo) fn++;
    }
    checkAssertion(row, result.ok ? result.feed : null, s);
  }
  s.bozo.accuracy = s.bozo.labelled ? correct / s.bozo.labelled : 0;
  s.bozo.precision = tp + fp ? tp / (tp + fp) : 0;
  s.bozo.recall = tp + fn ? tp / (tp + fn) : 0;
  s.assertions.passRate = s.assertions.mappable ? s.assertions.passed / s.assertions.mappable : 0;
  return s;
}

function header(headers: string[], name: string): string | null {
  const line = headers.find((h) => h.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}
const contentType = (h: string[]) => header(h, "Content-Type");
const contentLocation = (h: string[]) => {
  const value = header(h, "Content-Location");
  return value && /^https?:/.test(value) ? value : null;
};

/** `[not bozo and ]feed['title'] == 'x'` and `entries[0]['link'] == u'x'` forms only. */
const ASSERTION =
  /^(?:not bozo and )?(feed|entries\[(\d+)\])\['(title|link|author|id|published)'\] == u?(['"])((?:\\.|(?!\4).)*)\4$/;

const ENTRY_FIELD: Record<string, (f: ParsedFeed["items"][number]) => unknown> = {
  title: (i) => i.title,
  link: (i) => i.url,
  author: (i) => i.author,
  id: (i) => i.key,
  published: (i) => i.published,
};

function checkAssertion(row: IndexRow, feed: ParsedFeed | null, s: FeedparserScores): void {
  const m = ASSERTION.exec((row.expect ?? "").trim());
  if (!m) return;
  const [, scope, index, field = "", , literal = ""] = m;
  let got: unknown;
  if (scope === "feed") {
    if (field !== "title" && field !== "link") return;
    got = feed ? feed[field] : undefined;
  } else got = feed ? ENTRY_FIELD[field]?.(feed.items[Number(index)] ?? ({} as never)) : undefined;
  s.assertions.mappable++;
  const expected = pythonString(literal);
  if (got === expected) s.assertions.passed++;
  else if (s.failedAssertions.length < 200)
    s.failedAssertions.push({ path: row.path, expect: row.expect ?? "", got });
}

/** The escapes feedparser's assertions use inside a Python string literal. */
function pythonString(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    if (/^[xuU]/.test(e) && e.length > 1)
      return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r" } as Record<string, string>)[e] ?? e;
  });
}
