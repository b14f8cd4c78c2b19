/**
 * Fetch settings for tests: 127.0.0.1 allow-listed, short timeouts, no waits
 * between requests, small limits, so the fetcher's refusals are quick to reach.
 */
import { DEFAULT_FETCH_SETTINGS, type FetchSettings } from "./settings.js";

export function localTestSettings(overrides: Partial<FetchSettings> = {}): FetchSettings {
  return {
    ...DEFAULT_FETCH_SETTINGS,
    timeoutMs: 2_000,
    maxBytes: 1024 * 1024,
    maxDecodedBytes: 2 * 1024 * 1024,
    retries: 0,
    retryBaseMs: 5,
    perHostIntervalMs: 0,
    allowAddresses: ["127.0.0.1"],
    ...overrides,
  };
}
