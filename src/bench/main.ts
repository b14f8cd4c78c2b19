/**
 * `npm run bench`: generates synthetic corpora of 1k, 10k and 100k reports
 * (--quick: 1k and 10k), and measures in one run extraction against the
 * wink-nlp floor, end-to-end throughput and verification growth on SQLite,
 * peak memory, brief compile time, adding 100 reports, and the speed-up of two
 * queue workers over one on PostgreSQL. Prints a table; --json FILE writes the
 * figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLED_DOSSIER } from "../cli/context.js";
import { renderTable } from "../cli/table.js";
import { loadDossier } from "../dossier/index.js";
import type { Dossier } from "../model/index.js";
import { localServerProblem } from "../store/postgres/scratch-database.js";
import { measureExtractRatio } from "./extract-ratio.js";
import { type Figures, figuresJson, figuresTable } from "./figures.js";
import { generateReports } from "./generator.js";
import { peakRssMb } from "./measure.js";
import { runServeBench, serveTable } from "./serve.js";
import { runSize, type SizeRun } from "./sqlite-run.js";
import { measureWorkers } from "./workers.js";

interface Args {
  quick: boolean;
  json: string | null;
  /** A size whose run is estimated to take longer than this is not attempted. */
  budgetMinutes: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, json: null, budgetMinutes: 120 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--quick") args.quick = true;
    else if (argv[i] === "--json" && argv[i + 1]) args.json = resolve(argv[++i]!);
    else if (argv[i] === "--budget-minutes" && Number(argv[i + 1]) > 0)
      args.budgetMinutes = Number(argv[++i]);
    else
      throw new Error(
        `unknown benchmark argument '${argv[i]}' (expected --quick, --json FILE, --budget-minutes N)`,
      );
  }
  return args;
}

const RATIO_SAMPLE = 300;
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

function runSeconds(run: SizeRun): number {
  return run.ingestSeconds + run.extractSeconds + run.verifySeconds + run.add100Seconds;
}

/**
 * Runs each size in turn. A size is skipped (and the reason logged) when even
 * linear growth from the last size would take it past the budget, so the
 * benchmark always finishes and says what stopped it.
 */
async function sqliteRuns(
  dossier: Dossier,
  sizes: number[],
  budgetSeconds: number,
): Promise<{ runs: SizeRun[]; skipped: string | null }> {
  const dir = mkdtempSync(join(tmpdir(), "ttm-bench-"));
  try {
    const runs: SizeRun[] = [];
    for (const size of sizes) {
      const last = runs[runs.length - 1];
      const estimate = last ? (runSeconds(last) * size) / last.size : 0;
      if (estimate > budgetSeconds) {
        const skipped = `${size / 1000}k not run: ${last!.size / 1000}k took ${runSeconds(last!).toFixed(0)} s, so ${size / 1000}k would take at least ${(estimate / 60).toFixed(0)} min (budget ${budgetSeconds / 60} min)`;
        log(skipped);
        return { runs, skipped };
      }
      log(`SQLite, ${size} reports…`);
      const run = await runSize(dossier, join(dir, `bench-${size}.sqlite`), size);
      log(
        `  ingest ${run.ingestSeconds.toFixed(1)} s, extract ${run.extractSeconds.toFixed(1)} s, ` +
          `verify ${run.verifySeconds.toFixed(1)} s, brief ${run.briefSeconds.toFixed(2)} s, +100 ${run.add100Seconds.toFixed(2)} s`,
      );
      runs.push(run);
    }
    return { runs, skipped: null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function workersSpeedup(dossier: Dossier, reports: number): Promise<number | null> {
  const problem = await localServerProblem();
  if (problem) {
    log(`workers not measured: ${problem}`);
    return null;
  }
  const distDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const one = await measureWorkers(dossier, BUNDLED_DOSSIER, distDir, reports, 1);
  log(`PostgreSQL, 1 worker: ${reports} reports extracted in ${one.seconds.toFixed(1)} s`);
  const two = await measureWorkers(dossier, BUNDLED_DOSSIER, distDir, reports, 2);
  log(`PostgreSQL, 2 workers: ${reports} reports extracted in ${two.seconds.toFixed(1)} s`);
  return one.seconds / two.seconds;
}

async function main(): Promise<void> {
  // --serve: load on the desk's API instead (src/bench/serve.ts).
  if (process.argv.includes("--serve")) {
    process.stdout.write(`${serveTable(await runServeBench())}\n`);
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const sizes = args.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const dossier = await loadDossier(BUNDLED_DOSSIER);

  // The ratio is a ratio: a few hundred reports give it as well as thousands would.
  log(`extraction vs wink-nlp readDoc over ${RATIO_SAMPLE} reports…`);
  const sample = [...generateReports(dossier, { size: RATIO_SAMPLE })];
  const ratio = await measureExtractRatio(dossier, sample);
  const { runs, skipped } = await sqliteRuns(dossier, sizes, args.budgetMinutes * 60);
  const largest = runs[runs.length - 1]!;
  const previous = runs.length > 1 ? runs[runs.length - 2]! : null;
  const speedup = await workersSpeedup(dossier, args.quick ? 600 : 3000);

  const e2e = largest.ingestSeconds + largest.extractSeconds + largest.verifySeconds;
  const figures: Figures = {
    reports_per_s: largest.size / e2e,
    extract_ratio_vs_wink: ratio.extractSeconds / ratio.winkSeconds,
    verify_growth: previous ? largest.verifySeconds / previous.verifySeconds : null,
    peak_rss_mb: peakRssMb(),
    brief_s: largest.briefSeconds,
    add100_s: largest.add100Seconds,
    workers_speedup: speedup,
  };
  const at = `${largest.size / 1000}k`;
  const notes = {
    reports_per_s: `${at}: store + extract + verify`,
    extract_ratio_vs_wink: `${(ratio.reports / ratio.extractSeconds).toFixed(0)} reports/s, ${(ratio.words / ratio.extractSeconds).toFixed(0)} words/s; ${(ratio.extractSeconds / ratio.lightWinkSeconds).toFixed(1)}× the lighter pass extraction runs`,
    verify_growth: previous
      ? `${previous.size / 1000}k → ${at}: ${previous.verifySeconds.toFixed(1)} s → ${largest.verifySeconds.toFixed(1)} s`
      : (skipped ?? ""),
    brief_s: `over ${at}`,
    add100_s: `into ${at}: store, extract, verify`,
  };
  process.stdout.write(
    `${renderTable(["figure", "measured", "target", "", "notes"], figuresTable(figures, notes), 70)}\n`,
  );
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify(figuresJson(figures, args.quick), null, 2)}\n`);
    log(`figures written to ${args.json}`);
  }
}

main().catch((error: Error) => {
  // A failure midway is a fault to find, not bad input: where it happened is printed too.
  const where = error instanceof RangeError || error instanceof TypeError ? error.stack : undefined;
  process.stderr.write(`bench: ${where ?? error.message}\n`);
  process.exitCode = 1;
});
