/**
 * `npm run eval -- --pages <dir>`: our page reader over Mozilla Readability's
 * 130 test pages (shared/corpora/readability-test-pages/SOURCE.md): token F1
 * of our main text against the expected article text (median and mean, and
 * exact matches), and metadata agreement: title, byline (exact and
 * normalised), published time (same instant), site name and language.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { dropBoilerplate } from "../ingest/boilerplate.js";
import { parsePublished } from "../ingest/dates.js";
import { htmlToParagraphs } from "../ingest/feeds/index.js";
import { readPage } from "../ingest/pages.js";
import { tokenOverlap } from "./match.js";
import type { EvalMode, ModeResult } from "./mode.js";

interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

interface PageResult {
  id: string;
  f1: number;
  exact: boolean;
  checks: Record<string, boolean | null>;
  error?: string;
}

const PAGE_URL = "http://fakehost/test/page.html";
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
const byline = (s: string | null | undefined) =>
  squash(s)
    .toLowerCase()
    .replace(/^by\s+/, "");

export async function scorePage(dir: string, id: string): Promise<PageResult> {
  const source = await readFile(join(dir, id, "source.html"));
  const expectedText = htmlToParagraphs(
    await readFile(join(dir, id, "expected.html"), "utf8"),
  ).join(" ");
  const meta = JSON.parse(
    await readFile(join(dir, id, "expected-metadata.json"), "utf8"),
  ) as ExpectedMetadata;
  const { item } = readPage(source, { url: PAGE_URL, origin: id });
  if (!item.ok) return { id, f1: 0, exact: false, checks: {}, error: item.reason };
  const raw = item.raw;
  // The text ingest keeps: the page's main text without its lines of furniture.
  const kept = dropBoilerplate(raw.text);
  const check = (expected: string | null | undefined, ok: () => boolean) =>
    expected === null || expected === undefined ? null : ok();
  return {
    id,
    f1: tokenOverlap(kept, expectedText),
    exact: squash(kept) === squash(expectedText),
    checks: {
      title: check(meta.title, () => squash(raw.title) === squash(meta.title)),
      byline: check(meta.byline, () => squash(raw.byline) === squash(meta.byline)),
      byline_normalised: check(meta.byline, () => byline(raw.byline) === byline(meta.byline)),
      published: check(meta.publishedTime, () => {
        const ours = parsePublished(raw.published);
        const theirs = parsePublished(meta.publishedTime);
        return ours.ok && theirs.ok && ours.iso === theirs.iso;
      }),
      site_name: check(meta.siteName, () => squash(raw.source) === squash(meta.siteName)),
      lang: check(
        meta.lang,
        () => (raw.language ?? "") === (meta.lang ?? "").split(/[-_]/)[0]?.toLowerCase(),
      ),
    },
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const pagesMode: EvalMode = {
  flag: "--pages",
  usage:
    "<dir>   main text and metadata of Readability's test pages (shared/corpora/readability-test-pages)",
  async run(dir: string): Promise<ModeResult> {
    const ids = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const results: PageResult[] = [];
    for (const id of ids) {
      try {
        results.push(await scorePage(dir, id));
      } catch (error) {
        results.push({ id, f1: 0, exact: false, checks: {}, error: (error as Error).message });
      }
    }
    const f1s = results.map((r) => r.f1);
    const agreement = (key: string) => {
      const judged = results
        .map((r) => r.checks[key])
        .filter((v): v is boolean => v !== null && v !== undefined);
      return {
        n: judged.length,
        rate: judged.length ? judged.filter(Boolean).length / judged.length : 0,
      };
    };
    const keys = ["title", "byline", "byline_normalised", "published", "site_name", "lang"];
    const scores: Record<string, number> = {
      pages: results.length,
      refused: results.filter((r) => r.error).length,
      text_f1_median: r3(median(f1s)),
      text_f1_mean: r3(f1s.reduce((a, b) => a + b, 0) / (f1s.length || 1)),
      text_exact: results.filter((r) => r.exact).length,
      ...Object.fromEntries(keys.map((k) => [`${k}_agreement`, r3(agreement(k).rate)])),
    };
    const table = [
      `pages: ${dir}`,
      `  ${results.length} pages, ${scores.refused} refused`,
      `  main text token F1: median ${scores.text_f1_median}, mean ${scores.text_f1_mean}; exact ${scores.text_exact}/${results.length}`,
      ...keys.map((k) => `  ${k}: ${r3(agreement(k).rate)} over ${agreement(k).n} pages`),
      `  lowest F1: ${[...results]
        .sort((a, b) => a.f1 - b.f1)
        .slice(0, 5)
        .map((r) => `${r.id} ${r3(r.f1)}`)
        .join(", ")}`,
    ].join("\n");
    return { name: "pages", scores, table, report: { corpus: dir, scores, pages: results } };
  },
};
