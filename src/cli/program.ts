/**
 * The `ttm` program: commands, options and exit codes. Exit codes: 0 ok, 1 failed, 2 usage error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DossierError } from "../dossier/index.js";
import {
  analyzeCommand,
  briefCommand,
  claimCommand,
  claimsCommand,
  demoCommand,
  ingestCommand,
  quarantineCommand,
  sourcesCommand,
  statsCommand,
  UsageError,
} from "./commands.js";
import type { GlobalOptions } from "./context.js";
import { registerDossierCommands } from "./dossier-commands.js";
import { registerExportCommand } from "./export.js";
import { registerFetchCommands } from "./fetch-commands.js";
import { registerQueueCommands } from "./queue-commands.js";
import { registerServeCommand } from "./serve.js";
import { registerTrackCommands } from "./track-commands.js";

const STATUSES = ["corroborated", "single_source", "conflicting", "disputed"];

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return n;
}

let exitCode = 0;

/** Runs a command's action; the action's result is the exit code. */
function action<A extends unknown[]>(run: (...args: A) => Promise<number>) {
  return async (...args: A) => {
    exitCode = await run(...args);
  };
}

export function buildProgram(): Command {
  const program = new Command("ttm")
    .description(
      "ThinkTanksMonitor: what is said in a negotiation, by whom, and how sure we can be",
    )
    .option(
      "--db <path>",
      "the database: a SQLite file or a postgres:// URL (default $TTM_DB, $DATABASE_URL, ./ttm.sqlite)",
    )
    .option(
      "--dossier <file>",
      "the dossier YAML (default: the one the database was filled with, else the bundled one)",
    )
    .showHelpAfterError()
    .exitOverride();
  const globals = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions & Record<string, unknown>>();

  program
    .command("ingest")
    .description("take in reports from files or folders (.json, .jsonl, .md, .txt, .html)")
    .argument("<paths...>", "files or folders (folders are walked recursively)")
    .option("--source <id>", "source id for inputs that name none")
    .option("--json", "print the result as JSON")
    .action(action((paths: string[], _o, cmd: Command) => ingestCommand(paths, globals(cmd))));

  program
    .command("analyze")
    .description("extract new reports, then verify claims across sources")
    .option("--json", "print the result as JSON")
    .option(
      "--full",
      "verify every report again, not only the added ones (regroups claims as one run over all)",
    )
    .action(action((_o, cmd: Command) => analyzeCommand(globals(cmd))));

  program
    .command("brief")
    .description("compile the brief")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["md", "html", "json"])
        .default("md"),
    )
    .option("--since <date>", "only reports published on or after this day (YYYY-MM-DD)", isoDay)
    .option("--until <date>", "only reports published on or before this day (YYYY-MM-DD)", isoDay)
    .option("--issue <id>", "only this issue of the dossier")
    .option("--out <file>", "write to a file instead of standard output")
    .action(action((_o, cmd: Command) => briefCommand(globals(cmd) as never)));

  program
    .command("claims")
    .description("list claim clusters with their verdicts")
    .addOption(new Option("--status <status>", "only this verdict").choices(STATUSES))
    .option("--issue <id>", "only this issue")
    .option("--limit <n>", "at most n clusters", positiveInt)
    .option("--json", "print as JSON")
    .action(action((_o, cmd: Command) => claimsCommand(globals(cmd))));

  program
    .command("claim")
    .description("show one claim cluster: evidence, sources, reprints, variants, reasons")
    .argument("<id>", "cluster id, as listed by `ttm claims`")
    .option("--json", "print as JSON")
    .action(action((id: string, _o, cmd: Command) => claimCommand(id, globals(cmd))));

  program
    .command("sources")
    .description("list sources with their owners and report counts")
    .option("--json", "print as JSON")
    .action(action((_o, cmd: Command) => sourcesCommand(globals(cmd))));

  program
    .command("stats")
    .description("counts of reports, sources, quarantined items and claims by verdict")
    .option("--json", "print as JSON")
    .action(action((_o, cmd: Command) => statsCommand(globals(cmd))));

  program
    .command("quarantine")
    .description(
      "list inputs that could not be taken in, and reports left out (not English, off topic), with the stage and the reason",
    )
    .option(
      "--stage <stage>",
      "only this stage: fetch, parse, ingest, extract, relevance (off topic)",
    )
    .option("--json", "print as JSON")
    .action(
      action((o: { stage?: string }, cmd: Command) =>
        quarantineCommand({ ...globals(cmd), ...(o.stage ? { stage: o.stage } : {}) }),
      ),
    );

  program
    .command("demo")
    .description(
      "load a dossier (the bundled one unless --dossier names another) and its sample corpus samples/<dossier id>/, analyze, and write the brief",
    )
    .option("--out <dir>", "output folder for the brief and the database", "out")
    .option("--json", "print the result as JSON")
    .action(action((_o, cmd: Command) => demoCommand(globals(cmd) as never)));

  // Running at scale: worker, enqueue, jobs (PostgreSQL job queue).
  registerQueueCommands(program, action);

  // Tracking the negotiation: stances, shifts, framework, deadlines, timeline.
  registerTrackCommands(program, action);

  // The analyst's desk (API and dashboard) and exports (PDF, ClaimReview, CSV, feeds).
  registerServeCommand(program, action);
  registerExportCommand(program, action, isoDay);

  // Ingest from the real world: watch feeds, retry quarantined inputs.
  registerFetchCommands(program, action, globals);

  // Dossiers: propose one from a folder of reports, check one.
  registerDossierCommands(program, action);

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  exitCode = 0;
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version print and end with code 0; every other parse error is a usage error.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`ttm: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof DossierError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`ttm: ${message}\n`);
    return 1;
  }
}
