/**
 * `npm run bench -- --serve`: load on the desk's API over loopback. Starts
 * `ttm serve` on the sample database (out/ttm.sqlite from `npm start`, else a
 * fresh one built from the bundled sample) in its own process, then drives the
 * claims list and one conflict's detail with autocannon and reports requests/s,
 * p99 latency and errors. Cached reads: the goal is ≥ 2,000 req/s, p99 ≤ 50 ms.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { buildDeskFixture } from "../server/desk-fixture.js";

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE_DB = resolve(DIST, "..", "out", "ttm.sqlite");
const SECONDS = 10;
const CONNECTIONS = 16;

export interface ServeFigures {
  target: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Starts `ttm serve --port 0` and resolves with its address once it says it listens. */
function startDesk(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [resolve(DIST, "cli", "main.js"), "--db", db, "serve", "--port", "0"],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((done, fail) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /ttm desk: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) done({ child, url: m[1]! });
    });
    child.once("exit", (code) =>
      fail(new Error(`ttm serve ended with code ${code} before listening`)),
    );
  });
}

async function load(url: string, target: string, seconds = SECONDS): Promise<ServeFigures> {
  const result = await autocannon({
    url: `${url}${target}`,
    connections: CONNECTIONS,
    duration: seconds,
  });
  return {
    target,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export async function runServeBench(): Promise<ServeFigures[]> {
  let db = SAMPLE_DB;
  let cleanup = async () => {};
  if (!existsSync(db)) {
    log("no out/ttm.sqlite (run `npm start` first); building the sample database…");
    const fx = await buildDeskFixture();
    await fx.store.close();
    db = fx.dbPath;
    cleanup = fx.cleanup;
  }
  const { child, url } = await startDesk(db);
  try {
    const conflict = (await (
      await fetch(`${url}/api/claims?status=conflicting&limit=1`)
    ).json()) as {
      items: { id: string }[];
    };
    const detail = `/api/claims/${encodeURIComponent(conflict.items[0]?.id ?? "none")}`;
    await load(url, "/api/claims?limit=50", 2); // warm-up: fills the response cache
    const figures: ServeFigures[] = [];
    for (const target of ["/api/claims?limit=50", detail]) {
      log(`${target}: ${SECONDS} s, ${CONNECTIONS} connections…`);
      figures.push(await load(url, target));
    }
    return figures;
  } finally {
    child.kill("SIGTERM");
    await cleanup();
  }
}

export function serveTable(figures: ServeFigures[]): string {
  const lines = [
    "target | req/s | p50 ms | p99 ms | requests | errors",
    "--- | --- | --- | --- | --- | ---",
  ];
  for (const f of figures)
    lines.push(
      `${f.target} | ${f.requestsPerSecond} | ${f.p50Ms} | ${f.p99Ms} | ${f.requests} | ${f.errors}`,
    );
  return lines.join("\n");
}
