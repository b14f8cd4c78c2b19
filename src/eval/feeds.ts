/**
 * `npm run eval -- --feeds <dir>`: our feed parsing over feedparser's and
 * rss-parser's corpora (shared/corpora/feeds/SOURCE.md). Zero crashes is the
 * bar; the rest are figures to watch.
 */
import { join } from "node:path";
import { scoreFeedparser } from "./feeds-feedparser.js";
import { scoreRssParser } from "./feeds-rss-parser.js";
import type { EvalMode, ModeResult } from "./mode.js";

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export const feedsMode: EvalMode = {
  flag: "--feeds",
  usage: "<dir>   feed parsing over feedparser's and rss-parser's corpora (shared/corpora/feeds)",
  async run(dir: string): Promise<ModeResult> {
    const fp = await scoreFeedparser(join(dir, "feedparser"));
    const rp = await scoreRssParser(join(dir, "rss-parser"));
    const scores: Record<string, number> = {
      crashes: fp.crashes + rp.crashes,
      feedparser_files: fp.files,
      feedparser_parsed: fp.parsed,
      feedparser_refused: fp.refused,
      feedparser_flagged_malformed: fp.flaggedMalformed,
      feedparser_slow: fp.slow,
      bozo_accuracy: r3(fp.bozo.accuracy),
      bozo_precision: r3(fp.bozo.precision),
      bozo_recall: r3(fp.bozo.recall),
      assertion_pass_rate: r3(fp.assertions.passRate),
      assertions_mappable: fp.assertions.mappable,
      rss_parser_fixtures: rp.fixtures,
      rss_parser_parsed: rp.parsed,
      rss_parser_unrecognized_refused: rp.unrecognizedRefused ? 1 : 0,
      ...Object.fromEntries(
        Object.entries(rp.agreement).map(([k, v]) => [`rss_parser_${k}`, r3(v)]),
      ),
    };
    const table = [
      `feeds: ${dir}`,
      `  crashes: ${scores.crashes} (feedparser ${fp.crashes}, rss-parser ${rp.crashes}); slow (>2 s): ${fp.slow}`,
      `  feedparser: ${fp.files} files, ${fp.parsed} parsed, ${fp.refused} refused, ${fp.flaggedMalformed} flagged malformed`,
      `    malformed flag vs bozo (${fp.bozo.labelled} labelled): accuracy ${r3(fp.bozo.accuracy)}, precision ${r3(fp.bozo.precision)}, recall ${r3(fp.bozo.recall)}`,
      `    field assertions: ${fp.assertions.passed}/${fp.assertions.mappable} pass (${r3(fp.assertions.passRate)})`,
      `  rss-parser: ${rp.parsed}/${rp.fixtures - 1} feeds parsed; 'unrecognized' refused: ${rp.unrecognizedRefused}`,
      ...Object.entries(rp.agreement).map(([k, v]) => `    ${k}: ${r3(v)}`),
    ].join("\n");
    return {
      name: "feeds",
      scores,
      table,
      report: { corpus: dir, scores, feedparser: fp, rssParser: rp },
    };
  },
};
