/**
 * What `ttm watch` polls: the feeds of the dossier's sources, or of a sources
 * file (`--sources config/live-sources.yaml`) that adds its own sources, each
 * with a poll interval, plus the fetcher's settings. Checked when loaded; a
 * bad value is refused with the file, its path inside it and the reason.
 */
import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { sourceSchema } from "../dossier/schema.js";
import {
  DEFAULT_FETCH_SETTINGS,
  type FetchSettings,
  fetchSectionSchema,
  fetchSettingsFrom,
} from "../ingest/fetch/settings.js";
import type { FullTextMode } from "../ingest/remote.js";
import type { Dossier, Source } from "../model/index.js";

export interface WatchedFeed {
  url: string;
  sourceId: string;
  intervalMs: number;
}

export interface WatchConfig {
  /** Sources the file declares (the dossier's are already known). */
  sources: Source[];
  feeds: WatchedFeed[];
  fetch: FetchSettings;
  fullText: FullTextMode;
}

export const DEFAULT_INTERVAL_MS = 15 * 60_000;
/** Publishers ask readers not to poll more often than this. */
const MIN_INTERVAL_MS = 60_000;

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000 };

/** "90s", "15m", "1h" or a number of seconds. */
export function parseDuration(value: string | number): number | null {
  if (typeof value === "number") return value > 0 ? value * 1000 : null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smh])\s*$/i.exec(value);
  if (!m) return null;
  return Number(m[1]) * (UNIT_MS[(m[2] ?? "s").toLowerCase()] ?? 1000);
}

const duration = z.union([z.string(), z.number()]).refine((v) => parseDuration(v) !== null, {
  message: "expected a duration such as 90s, 15m or 1h",
});

const watchedSourceSchema = sourceSchema.extend({ interval: duration.optional() });

export const sourcesFileSchema = z.strictObject({
  default_interval: duration.optional(),
  full_text: z.enum(["auto", "always", "never"]).default("auto"),
  fetch: fetchSectionSchema.default({}),
  sources: z.array(watchedSourceSchema).min(1),
});

export class WatchConfigError extends Error {}

function where(path: readonly PropertyKey[]): string {
  return (
    path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "") || "(top level)"
  );
}

export async function loadSourcesFile(file: string): Promise<WatchConfig> {
  let data: unknown;
  try {
    data = parseYaml(await readFile(file, "utf8"), { maxAliasCount: 100 });
  } catch (error) {
    throw new WatchConfigError(`${file}: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = sourcesFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${where(i.path)}: ${i.message}`);
    throw new WatchConfigError(`${file}: invalid sources file\n  ${problems.join("\n  ")}`);
  }
  const d = parsed.data;
  const fallback = d.default_interval
    ? (parseDuration(d.default_interval) ?? DEFAULT_INTERVAL_MS)
    : DEFAULT_INTERVAL_MS;
  const sources: Source[] = d.sources.map(({ interval: _interval, ...source }) => source);
  const feeds = d.sources.flatMap((s) => {
    const intervalMs = Math.max(
      MIN_INTERVAL_MS,
      s.interval ? (parseDuration(s.interval) ?? fallback) : fallback,
    );
    return s.feeds.map((url) => ({ url, sourceId: s.id, intervalMs }));
  });
  return { sources, feeds, fetch: fetchSettingsFrom(d.fetch), fullText: d.full_text };
}

/** The dossier's own feeds, polled at the default interval. */
export function configFromDossier(dossier: Dossier): WatchConfig {
  const feeds = dossier.sources.flatMap((s) =>
    (s.feeds ?? []).map((url) => ({ url, sourceId: s.id, intervalMs: DEFAULT_INTERVAL_MS })),
  );
  return { sources: [], feeds, fetch: DEFAULT_FETCH_SETTINGS, fullText: "auto" };
}
