/**
 * `npm run eval -- …`: scores the system against gold data and exits non-zero
 * when a score is under (or over) a threshold given by flags.
 *
 *   npm run eval -- <set-folder> [--predictions FILE] [--report FILE] [--min quote_f1=0.9 …]
 *   npm run eval -- --meantime <dir>
 *   npm run eval -- --tempeval <dir>
 *
 * Exit codes: 0 all thresholds met, 1 a threshold failed or the run failed,
 * 2 usage error.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { feedsMode } from "./feeds.js";
import { meantimeMode } from "./meantime.js";
import type { EvalMode } from "./mode.js";
import { pagesMode } from "./pages.js";
import { writeJson } from "./report.js";
import { setMode } from "./set-mode.js";
import { tempevalMode } from "./tempeval.js";
import { checkThresholds, parseThresholds, ThresholdError } from "./thresholds.js";

/**
 * The modes, one line each. To add one (e.g. `--feeds`, `--pages`), write it in
 * its own file exporting an EvalMode and add it here; nothing else changes.
 */
export const MODES: readonly EvalMode[] = [
  setMode,
  meantimeMode,
  tempevalMode,
  feedsMode,
  pagesMode,
];

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

export function usage(): string {
  return [
    "usage: npm run eval -- <mode> [--report FILE] [--min KEY=VALUE …] [--max KEY=VALUE …]",
    ...MODES.map((m) => `  ${m.flag ? `${m.flag} ` : ""}${m.usage}`),
    "The report is written to out/eval/<name>.json unless --report names a file.",
  ].join("\n");
}

class UsageError extends Error {}

function parse(argv: string[]) {
  const modeFlags = MODES.flatMap((m) => (m.flag ? [m.flag.replace(/^--/, "")] : []));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      predictions: { type: "string" },
      report: { type: "string" },
      dossier: { type: "string" },
      min: { type: "string", multiple: true },
      max: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
      ...Object.fromEntries(modeFlags.map((f) => [f, { type: "string" as const }])),
    },
  });
  const flagValue = (m: EvalMode) =>
    m.flag ? (values as Record<string, unknown>)[m.flag.replace(/^--/, "")] : undefined;
  const chosen = MODES.filter((m) => flagValue(m) !== undefined);
  if (values.help) return { help: true as const };
  if (chosen.length > 1)
    throw new UsageError(`choose one mode, not ${chosen.map((m) => m.flag).join(" and ")}`);
  if (chosen.length === 1 && positionals.length > 0)
    throw new UsageError(`unexpected argument ${positionals[0]} with ${chosen[0]!.flag}`);
  if (chosen.length === 0 && positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0 ? "name a gold set folder or a mode" : "name one gold set folder",
    );
  const mode = chosen[0] ?? MODES.find((m) => m.flag === null)!;
  const target = mode.flag ? String(flagValue(mode)) : positionals[0]!;
  return {
    help: false as const,
    mode,
    target,
    report: values.report,
    options: { predictions: values.predictions, dossier: values.dossier },
    thresholds: parseThresholds(values.min ?? [], values.max ?? []),
  };
}

export async function runEval(argv: string[], io: Io = consoleIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    io.err(`eval: ${(err as Error).message}\n${usage()}`);
    return 2;
  }
  if (args.help) {
    io.out(usage());
    return 0;
  }
  let result: Awaited<ReturnType<EvalMode["run"]>>;
  try {
    result = await args.mode.run(args.target, args.options);
  } catch (err) {
    io.err(`eval: ${(err as Error).message}`);
    return 1;
  }
  io.out(result.table);
  const reportFile = resolve(args.report ?? `out/eval/${result.name}.json`);
  await writeJson(reportFile, result.report);
  io.out(`report: ${reportFile}`);
  if (args.options.predictions) io.out(`predictions: ${resolve(args.options.predictions)}`);
  try {
    const failed = checkThresholds(result.scores, args.thresholds);
    for (const f of failed) io.err(`threshold failed: ${f}`);
    return failed.length > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof ThresholdError) {
      io.err(`eval: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  runEval(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`eval: ${(err as Error).stack ?? String(err)}`);
      process.exitCode = 1;
    },
  );
}
