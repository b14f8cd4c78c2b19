/**
 * Runs the `ttm` command line in-process for tests: returns its exit code and
 * what it printed on standard output and standard error.
 */
import { vi } from "vitest";
import { main } from "../cli/program.js";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(["node", "ttm", ...args]);
    return { code, out, err };
  } finally {
    vi.restoreAllMocks();
  }
}
