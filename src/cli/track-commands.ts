/**
 * The tracking commands of `ttm`: stances, shifts, framework, deadlines and
 * timeline. Each is a thin layer over pipeline.gatherTracking: a table for a
 * terminal, or the records as JSON with --json.
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import type { Dossier, Period, Stance, Tracking } from "../model/index.js";
import { analyze, gatherTracking } from "../pipeline.js";
import { comparePeriods, describeWindow, parsePeriod, shiftsInWindow } from "../track/index.js";
import { UsageError } from "./commands.js";
import { type GlobalOptions, withSession } from "./context.js";
import { print, printJson } from "./output.js";
import { renderTable } from "./table.js";

interface WindowOptions extends GlobalOptions {
  since?: string;
  until?: string;
  json?: boolean;
}

type Run = (opts: WindowOptions & Record<string, unknown>, t: Tracking, d: Dossier) => unknown;

const day = (iso: string) => iso.slice(0, 10);
const clip = (s: string) => s.replace(/\s+/g, " ").trim();

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  return value;
}

function period(name: string) {
  return (value: string): Period => {
    try {
      return parsePeriod(value, name);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
  };
}

/** Opens the store, brings analysis up to date, tracks the window and hands the result on. */
function tracked(opts: WindowOptions & Record<string, unknown>, run: Run): Promise<number> {
  return withSession(opts, async ({ store, dossier }) => {
    await analyze(store, dossier);
    const tracking = await gatherTracking(store, dossier, { since: opts.since, until: opts.until });
    await run(opts, tracking, dossier);
    return 0;
  });
}

const stancesRun: Run = (opts, t) => {
  const cells = t.matrix.cells.filter(
    (c) => (!opts.issue || c.issue === opts.issue) && (!opts.actor || c.actorId === opts.actor),
  );
  if (opts.json) return printJson({ ...t.matrix, cells });
  const rows = cells.flatMap((c) => {
    const last = c.history[c.history.length - 1]!;
    const verdict = c.verdict
      ? `${c.verdict.status} ${c.verdict.independentSources}/${c.verdict.reports}`
      : "";
    const head = [c.actorId, c.issue, c.current, day(last.asOf), verdict, clip(last.evidence)];
    if (!opts.history) return [head];
    return [
      head,
      ...c.history
        .slice(0, -1)
        .reverse()
        .map((s) => ["", "", `  ${s.position}`, day(s.asOf), "", clip(s.evidence)]),
    ];
  });
  print(renderTable(["actor", "issue", "position", "as of", "verdict", "evidence"], rows, 80));
};

function stanceSide(s: Stance): string {
  return `${s.position} ${day(s.asOf)}: ${clip(s.evidence)}`;
}

const frameworkRun: Run = (opts, t) => {
  if (opts.json) return printJson(t.framework);
  print(
    renderTable(
      ["point", "status", "why", "evidence"],
      t.framework.points.map((p) => [
        p.pointId,
        p.status,
        p.reason,
        clip(p.evidence[p.evidence.length - 1]?.text ?? ""),
      ]),
      70,
    ),
  );
  print("\nshare agreed, per holder, over time:");
  for (const s of t.framework.shareAgreed)
    print(
      `  ${s.holderId ?? "unattributed"}: ${s.points.map((p) => `${p.value}% (${day(p.asOf)})`).join(", ")}`,
    );
};

const deadlinesRun: Run = (opts, t) => {
  const entries = t.ledger.filter((e) => !opts.status || e.status === opts.status);
  if (opts.json) return printJson(entries);
  print(
    renderTable(
      ["id", "due", "status", "who", "what", "reports"],
      entries.map((e) => [
        e.id,
        e.due ? `${describeWindow(e.due)} (${e.due.text})` : "no date",
        e.status,
        e.actorId ?? "",
        clip(e.what),
        String(new Set(e.statements.map((s) => s.reportId)).size),
      ]),
      70,
    ),
  );
};

const timelineRun: Run = (opts, t) => {
  if (opts.json) return printJson(t.timeline);
  print(
    renderTable(
      ["date", "kind", "participants", "verdict", "reports", "text"],
      t.timeline.map((e) => [
        e.date,
        e.kind,
        e.participants.join(", "),
        e.verdict ? `${e.verdict.status} ${e.verdict.independentSources}/${e.verdict.reports}` : "",
        String(e.reportIds.length),
        e.text,
      ]),
      70,
    ),
  );
};

async function shiftsCommand(
  opts: WindowOptions & { before?: Period; after?: Period },
): Promise<number> {
  if (Boolean(opts.before) !== Boolean(opts.after))
    throw new UsageError("--before and --after go together: give both periods");
  if (opts.before && (opts.since || opts.until))
    throw new UsageError("give either --since/--until or --before/--after, not both");
  return withSession(opts, async ({ store, dossier }) => {
    await analyze(store, dossier);
    if (opts.before && opts.after) {
      const comparison = comparePeriods(await store.listStances(), opts.before, opts.after);
      if (opts.json) printJson(comparison);
      else
        print(
          renderTable(
            ["actor", "issue", "kind", "before", "after"],
            comparison.changes.map((c) => [
              c.actorId,
              c.issue,
              c.kind,
              c.before ? stanceSide(c.before.evidence[0]!) : "",
              c.after ? stanceSide(c.after.evidence[0]!) : "",
            ]),
            60,
          ),
        );
      return 0;
    }
    // The position held before the window counts as the "before" side of a shift inside it.
    const all = await gatherTracking(store, dossier);
    const shifts = shiftsInWindow(all.shifts, { since: opts.since, until: opts.until });
    if (opts.json) printJson(shifts);
    else
      print(
        renderTable(
          ["actor", "issue", "before", "after"],
          shifts.map((s) => [s.actorId, s.issue, stanceSide(s.before), stanceSide(s.after)]),
          60,
        ),
      );
    return 0;
  });
}

type Action = <A extends unknown[]>(
  run: (...args: A) => Promise<number>,
) => (...args: A) => Promise<void>;

/** Adds the tracking commands to the program; `action` turns a result into the exit code. */
export function registerTrackCommands(program: Command, action: Action): void {
  const globals = (cmd: Command) => cmd.optsWithGlobals<WindowOptions & Record<string, unknown>>();
  const windowed = (cmd: Command) =>
    cmd
      .option("--since <date>", "only reports published on or after this day (YYYY-MM-DD)", isoDay)
      .option("--until <date>", "only reports published on or before this day (YYYY-MM-DD)", isoDay)
      .option("--json", "print as JSON");
  const simple = (name: string, description: string) =>
    windowed(program.command(name).description(description));

  simple(
    "stances",
    "the stance matrix: each actor's current position on each issue, with its verdict",
  )
    .option("--issue <id>", "only this issue")
    .option("--actor <id>", "only this actor")
    .option("--history", "show each cell's earlier stances too")
    .action(action((_o, cmd: Command) => tracked(globals(cmd), stancesRun)));

  windowed(program.command("shifts"))
    .description(
      "changes of position: inside a window, or between two periods (--before A..B --after C..D)",
    )
    .option("--before <period>", "the earlier period, FROM..UNTIL", period("--before"))
    .option("--after <period>", "the later period, FROM..UNTIL", period("--after"))
    .action(action((_o, cmd: Command) => shiftsCommand(globals(cmd))));

  simple(
    "framework",
    "framework points with their status, and the 'share agreed' series per holder",
  ).action(action((_o, cmd: Command) => tracked(globals(cmd), frameworkRun)));

  simple("deadlines", "the commitments and deadlines ledger, with status")
    .addOption(
      new Option("--status <status>", "only this status").choices([
        "pending",
        "met",
        "missed",
        "unknown",
      ]),
    )
    .action(action((_o, cmd: Command) => tracked(globals(cmd), deadlinesRun)));

  simple("timeline", "dated events with participants, sources and verdicts").action(
    action((_o, cmd: Command) => tracked(globals(cmd), timelineRun)),
  );
}
