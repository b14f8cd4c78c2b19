/**
 * `ttm serve`: the analyst's desk (API and dashboard) over the database until
 * interrupted. Listens on 127.0.0.1 by default; another address needs a token.
 */
import { type Command, InvalidArgumentError } from "commander";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "../server/index.js";
import { type GlobalOptions, withSession } from "./context.js";
import { openHandoff } from "./handoff.js";
import { print } from "./output.js";

type Action = <A extends unknown[]>(
  run: (...args: A) => Promise<number>,
) => (...args: A) => Promise<void>;

interface ServeCommandOptions extends GlobalOptions {
  host: string;
  port: number;
  token?: string;
  publicUrl?: string;
  analyzeHere?: boolean;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("expected a port number 0–65535");
  return n;
}

/** Resolves when the process is asked to stop. */
function untilStopped(): Promise<string> {
  return new Promise((done) => {
    process.once("SIGINT", () => done("SIGINT"));
    process.once("SIGTERM", () => done("SIGTERM"));
  });
}

export async function serveCommand(opts: ServeCommandOptions): Promise<number> {
  return withSession(opts, async ({ store, dossier }) => {
    const next = await openHandoff(opts);
    try {
      await next.handoff(store, dossier);
      const desk = await startServer({
        store,
        dossier,
        host: opts.host,
        port: opts.port,
        token: opts.token ?? process.env.TTM_API_TOKEN,
        publicUrl: opts.publicUrl,
        handoff: next.handoff,
      });
      print(
        `ttm desk: ${desk.url}/ (API ${desk.url}/api, OpenAPI ${desk.url}/openapi.json); ${next.describe}; Ctrl-C stops`,
      );
      await untilStopped();
      await desk.close();
      return 0;
    } finally {
      await next.close();
    }
  });
}

export function registerServeCommand(program: Command, action: Action): void {
  program
    .command("serve")
    .description("serve the API and the dashboard over the database")
    .option(
      "--host <address>",
      "address to listen on (beyond loopback needs --token)",
      DEFAULT_HOST,
    )
    .option("--port <n>", "port to listen on (0 picks a free one)", port, DEFAULT_PORT)
    .option(
      "--token <token>",
      "API token for writes, and for every request beyond loopback (default $TTM_API_TOKEN)",
    )
    .option("--public-url <url>", "the address readers reach the desk at, for links in exports")
    .option(
      "--analyze-here",
      "on PostgreSQL, analyze reports added through the API in this process instead of queueing them",
    )
    .action(action((_o, cmd: Command) => serveCommand(cmd.optsWithGlobals<ServeCommandOptions>())));
}
