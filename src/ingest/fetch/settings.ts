/**
 * Fetcher configuration: the `fetch:` section of a sources file (snake_case,
 * checked when loaded) turned into the settings the fetcher uses. The address
 * allow-list can also come from $TTM_FETCH_ALLOW (comma separated), so
 * `ttm ingest URL` can reach a server on this machine when asked to.
 */
import { z } from "zod";

export interface FetchSettings {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxDecodedBytes: number;
  maxRedirects: number;
  retries: number;
  retryBaseMs: number;
  /** The longest Retry-After we honour; a longer request fails the attempt instead. */
  maxRetryAfterMs: number;
  perHostIntervalMs: number;
  concurrency: number;
  respectRobots: boolean;
  robotsTtlMs: number;
  /** Addresses or CIDR ranges the address guard lets through although they are private. */
  allowAddresses: string[];
}

const VERSION = "0.1.0";
const MB = 1024 * 1024;

export function userAgent(contact?: string): string {
  const tail = contact ? `; +${contact}` : "";
  return `ThinkTanksMonitor/${VERSION} (news monitor; reads public feeds and pages${tail})`;
}

export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  userAgent: userAgent(),
  timeoutMs: 20_000,
  maxBytes: 10 * MB,
  maxDecodedBytes: 30 * MB,
  maxRedirects: 5,
  retries: 2,
  retryBaseMs: 2_000,
  maxRetryAfterMs: 120_000,
  perHostIntervalMs: 2_000,
  concurrency: 4,
  respectRobots: true,
  robotsTtlMs: 6 * 3_600_000,
  allowAddresses: [],
};

const positive = z.number().positive();

export const fetchSectionSchema = z.strictObject({
  contact: z.string().min(1).optional(),
  user_agent: z.string().min(1).optional(),
  timeout_seconds: positive.optional(),
  max_megabytes: positive.optional(),
  max_decoded_megabytes: positive.optional(),
  max_redirects: z.number().int().min(0).max(20).optional(),
  retries: z.number().int().min(0).max(10).optional(),
  per_host_interval_seconds: z.number().min(0).optional(),
  concurrency: z.number().int().min(1).max(64).optional(),
  respect_robots: z.boolean().optional(),
  allow_addresses: z.array(z.string().min(1)).optional(),
});

export type FetchSection = z.infer<typeof fetchSectionSchema>;

/** Settings from a checked `fetch:` section; what it leaves out keeps its default. */
export function fetchSettingsFrom(
  section: FetchSection = {},
  base: FetchSettings = DEFAULT_FETCH_SETTINGS,
): FetchSettings {
  const s = { ...base };
  if (section.user_agent) s.userAgent = section.user_agent;
  else if (section.contact) s.userAgent = userAgent(section.contact);
  if (section.timeout_seconds !== undefined) s.timeoutMs = section.timeout_seconds * 1000;
  if (section.max_megabytes !== undefined) s.maxBytes = Math.round(section.max_megabytes * MB);
  if (section.max_decoded_megabytes !== undefined)
    s.maxDecodedBytes = Math.round(section.max_decoded_megabytes * MB);
  if (section.max_redirects !== undefined) s.maxRedirects = section.max_redirects;
  if (section.retries !== undefined) s.retries = section.retries;
  if (section.per_host_interval_seconds !== undefined)
    s.perHostIntervalMs = section.per_host_interval_seconds * 1000;
  if (section.concurrency !== undefined) s.concurrency = section.concurrency;
  if (section.respect_robots !== undefined) s.respectRobots = section.respect_robots;
  if (section.allow_addresses) s.allowAddresses = [...section.allow_addresses];
  return s;
}

/** Adds the addresses named in $TTM_FETCH_ALLOW to the allow-list. */
export function withEnvironmentAllowList(
  settings: FetchSettings,
  env: NodeJS.ProcessEnv = process.env,
): FetchSettings {
  const extra = (env.TTM_FETCH_ALLOW ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (extra.length === 0) return settings;
  return { ...settings, allowAddresses: [...settings.allowAddresses, ...extra] };
}
