/**
 * The one way this project starts a browser: Debian's Chromium at
 * /usr/bin/chromium (or $TTM_CHROMIUM), driven by playwright-core, with a fresh
 * profile and everything that would reach the network switched off. No browser
 * is ever downloaded; when there is none, the error says which one is missing.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export class BrowserMissingError extends Error {
  constructor(readonly path: string) {
    super(
      `no Chromium browser at ${path}: install Debian's chromium package (apt-get install chromium) or set TTM_CHROMIUM to a Chromium executable`,
    );
  }
}

export function chromiumPath(): string {
  return process.env.TTM_CHROMIUM?.trim() || DEFAULT_CHROMIUM;
}

/** Null when the browser is there; otherwise why a browser test or a PDF cannot run. */
export function chromiumMissing(): string | null {
  const path = chromiumPath();
  return existsSync(path) ? null : new BrowserMissingError(path).message;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(options: { javaScript?: boolean } = {}): Promise<Browser> {
  const path = chromiumPath();
  if (!existsSync(path)) throw new BrowserMissingError(path);
  const profile = await mkdtemp(join(tmpdir(), "ttm-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: path,
      headless: true,
      args: CHROMIUM_ARGS,
      javaScriptEnabled: options.javaScript ?? true,
      viewport: { width: 1366, height: 860 },
    });
    return {
      context,
      async close() {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
}
