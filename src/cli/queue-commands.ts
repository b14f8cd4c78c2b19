/**
 * The commands for running at scale: `ttm worker` takes jobs from the
 * PostgreSQL job queue, `ttm enqueue …` puts jobs on it, `ttm jobs` shows it.
 * The queue lives in the store's PostgreSQL database (--db or DATABASE_URL).
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import type PgBoss from "pg-boss";
import {
  enqueueBrief,
  enqueueExtraction,
  enqueueFetch,
  JOB_KINDS,
  type JobKind,
  queueStatus,
  requestVerification,
  startQueue,
  startWorker,
} from "../queue/index.js";
import { isPostgresUrl } from "../store/index.js";
import { UsageError } from "./commands.js";
import { type GlobalOptions, type Session, storeLocation, withSession } from "./context.js";
import { print, printJson } from "./output.js";
import { renderTable } from "./table.js";

/** program.ts's wrapper that turns an action's result into the exit code. */
export type CommandAction = <A extends unknown[]>(
  run: (...args: A) => Promise<number>,
) => (...args: A) => Promise<void>;

type Opts = GlobalOptions & Record<string, unknown>;
const globals = (cmd: Command) => cmd.optsWithGlobals<Opts>();

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a number > 0");
  return n;
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return n;
}

function jobKinds(value: string): JobKind[] {
  const kinds = value.split(",").map((k) => k.trim());
  const unknown = kinds.filter((k) => !(JOB_KINDS as string[]).includes(k));
  if (unknown.length > 0 || kinds.length === 0) {
    throw new InvalidArgumentError(`expected some of ${JOB_KINDS.join(",")}`);
  }
  return kinds as JobKind[];
}

/** The PostgreSQL URL the queue lives at: the store's own location. */
function queueUrl(opts: GlobalOptions): string {
  const location = storeLocation(opts);
  if (!isPostgresUrl(location)) {
    throw new UsageError(
      `the job queue needs a PostgreSQL database, but the store is ${location}; ` +
        "pass --db postgres://… or set DATABASE_URL",
    );
  }
  return location;
}

/** Opens the store, the dossier and the queue; closes all three afterwards. */
async function withQueue(
  opts: GlobalOptions,
  run: (session: Session, boss: PgBoss) => Promise<number>,
): Promise<number> {
  const url = queueUrl(opts);
  return withSession(opts, async (session) => {
    const boss = await startQueue(url);
    try {
      return await run(session, boss);
    } finally {
      await boss.stop({ graceful: false });
    }
  });
}

async function workerCommand(opts: Opts): Promise<number> {
  const url = queueUrl(opts);
  return withSession(opts, async ({ store, dossier }) => {
    const worker = await startWorker({
      url,
      store,
      dossier,
      kinds: opts.queues as JobKind[] | undefined,
      batchSize: opts.batchSize as number,
      pollSeconds: opts.pollSeconds as number,
      maintenanceSeconds: opts.maintenanceSeconds as number,
      exitWhenIdle: Boolean(opts.exitWhenIdle),
      log: (line) => process.stderr.write(`ttm worker ${process.pid}: ${line}\n`),
    });
    const stop = () => void worker.stop();
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    const tally = await worker.done;
    process.off("SIGTERM", stop);
    process.off("SIGINT", stop);
    if (opts.json) printJson(tally);
    else
      print(
        `worker ${process.pid} stopped: ${tally.fetched} fetched, ${tally.extracted} extracted, ` +
          `${tally.failed} failed, ${tally.verified} verifications, ${tally.briefs} briefs`,
      );
    return 0;
  });
}

function registerEnqueue(program: Command, action: CommandAction): void {
  const enqueue = program
    .command("enqueue")
    .description("put jobs on the PostgreSQL job queue for `ttm worker` processes");

  enqueue
    .command("extract")
    .description("queue extraction of every report not yet extracted, then one verification")
    .option(
      "--job-timeout <seconds>",
      "seconds before a silent worker's job is retried",
      wholeNumber,
    )
    .option("--json", "print the result as JSON")
    .action(
      action((_o, cmd: Command) => {
        const opts = globals(cmd);
        return withQueue(opts, async ({ store }, boss) => {
          const queued = await enqueueExtraction(boss, store, {
            jobTimeoutSeconds: opts.jobTimeout as number | undefined,
          });
          if (opts.json) printJson({ extract: queued, verify: 1 });
          else print(`queued: ${queued} extraction jobs, then one verification`);
          return 0;
        });
      }),
    );

  enqueue
    .command("fetch")
    .description("queue taking in files or folders (as seen from the worker's machine)")
    .argument("<paths...>", "files or folders")
    .option("--source <id>", "source id for inputs that name none")
    .action(
      action((paths: string[], _o, cmd: Command) => {
        const opts = globals(cmd);
        return withQueue(opts, async (_s, boss) => {
          await enqueueFetch(boss, { paths, sourceId: opts.source as string | undefined });
          print(`queued: fetch of ${paths.join(", ")}`);
          return 0;
        });
      }),
    );

  enqueue
    .command("verify")
    .description("queue one verification of every stored report")
    .action(
      action((_o, cmd: Command) =>
        withQueue(globals(cmd), async (_s, boss) => {
          await requestVerification(boss, 0);
          print("queued: verification");
          return 0;
        }),
      ),
    );

  enqueue
    .command("brief")
    .description("queue compiling the brief (kept in the database, and in --out on the worker)")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["md", "html", "json"])
        .default("md"),
    )
    .option("--out <file>", "file the worker writes the brief to")
    .option("--since <date>", "only reports published on or after this day (YYYY-MM-DD)")
    .option("--until <date>", "only reports published on or before this day (YYYY-MM-DD)")
    .option("--issue <id>", "only this issue of the dossier")
    .action(
      action((_o, cmd: Command) => {
        const opts = globals(cmd);
        return withQueue(opts, async (_s, boss) => {
          await enqueueBrief(boss, {
            format: opts.format as "md" | "html" | "json",
            out: opts.out as string | undefined,
            since: opts.since as string | undefined,
            until: opts.until as string | undefined,
            issue: opts.issue as string | undefined,
          });
          print("queued: brief");
          return 0;
        });
      }),
    );
}

export function registerQueueCommands(program: Command, action: CommandAction): void {
  program
    .command("worker")
    .description("take jobs from the PostgreSQL job queue: fetch, extract, verify, brief")
    .option("--queues <kinds>", `which jobs to take (${JOB_KINDS.join(",")})`, jobKinds)
    .option("--batch-size <n>", "extraction jobs taken at a time", wholeNumber, 10)
    .option("--poll-seconds <s>", "seconds between looks at an empty queue", positiveNumber, 1)
    .option(
      "--maintenance-seconds <s>",
      "how often expired jobs of dead workers are put back",
      positiveNumber,
      30,
    )
    .option("--exit-when-idle", "stop once no job is waiting or running")
    .option("--json", "print the final tally as JSON")
    .action(action((_o, cmd: Command) => workerCommand(globals(cmd))));

  registerEnqueue(program, action);

  program
    .command("jobs")
    .description("job counts on the queue, by kind and state")
    .option("--json", "print as JSON")
    .action(
      action((_o, cmd: Command) => {
        const opts = globals(cmd);
        return withQueue(opts, async (_s, boss) => {
          const status = await queueStatus(boss);
          if (opts.json) printJson(status);
          else {
            const states = Object.keys(status.extract);
            const rows = JOB_KINDS.map((k) => [
              k,
              ...states.map((s) => String(status[k][s as never])),
            ]);
            print(renderTable(["queue", ...states], rows));
          }
          return 0;
        });
      }),
    );
}
