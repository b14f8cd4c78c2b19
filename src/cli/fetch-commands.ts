/**
 * The commands that reach the network: `ttm watch` and `ttm retry`, and the
 * one function program.ts calls to register them.
 */
import { type Command, Option } from "commander";
import { PoliteClient } from "../ingest/fetch/polite-client.js";
import { DEFAULT_FETCH_SETTINGS, withEnvironmentAllowList } from "../ingest/fetch/settings.js";
import { retryQuarantined } from "../watch/retry.js";
import { type GlobalOptions, withSession } from "./context.js";
import { print, printJson } from "./output.js";
import { renderTable } from "./table.js";
import { watchCommand } from "./watch.js";

export async function retryCommand(
  opts: GlobalOptions & { json?: boolean; allowAddress?: string[] },
): Promise<number> {
  return withSession(opts, async ({ store, dossier }) => {
    const settings = withEnvironmentAllowList({
      ...DEFAULT_FETCH_SETTINGS,
      allowAddresses: opts.allowAddress ?? [],
    });
    const outcomes = await retryQuarantined(store, dossier, new PoliteClient(settings));
    if (opts.json) printJson(outcomes);
    else if (outcomes.length === 0) print("nothing to retry");
    else
      print(
        renderTable(
          ["result", "stage", "origin", "reason"],
          outcomes.map((o) => [o.result, o.stage, o.origin, o.reason]),
          100,
        ),
      );
    return outcomes.some((o) => o.result === "still-failing") ? 1 : 0;
  });
}

type Wrap = <A extends unknown[]>(
  run: (...args: A) => Promise<number>,
) => (...args: A) => Promise<void>;
type Globals = (cmd: Command) => GlobalOptions & Record<string, unknown>;

const allowAddress = () =>
  new Option(
    "--allow-address <address...>",
    "let the fetcher reach these private addresses or CIDR ranges (also $TTM_FETCH_ALLOW)",
  );

export function registerFetchCommands(program: Command, action: Wrap, globals: Globals): void {
  program
    .command("watch")
    .description(
      "poll the sources' feeds on a schedule, take in new items and analyze them (on PostgreSQL: queue them for workers)",
    )
    .option(
      "--sources <file>",
      "a sources file with feeds and fetch settings (see config/live-sources.yaml)",
    )
    .option("--once", "poll every feed once, then exit")
    .addOption(
      new Option("--full-text <mode>", "fetch an item's page for its full text").choices([
        "auto",
        "always",
        "never",
      ]),
    )
    .addOption(allowAddress())
    .option("--json", "one JSON object per line instead of progress")
    .option(
      "--analyze-here",
      "on PostgreSQL, analyze new reports in this process instead of queueing them for workers",
    )
    .action(action((_o, cmd: Command) => watchCommand(globals(cmd) as never)));

  program
    .command("retry")
    .description("take in quarantined inputs again whose origin is an address or an existing file")
    .addOption(allowAddress())
    .option("--json", "print as JSON")
    .action(action((_o, cmd: Command) => retryCommand(globals(cmd) as never)));
}
