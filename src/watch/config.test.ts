import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../cli/context.js";
import { loadSourcesFile, parseDuration } from "./config.js";
import { nextPollTime } from "./state.js";

describe("sources files", () => {
  it("loads the bundled live sources (read only, never fetched in tests)", async () => {
    const config = await loadSourcesFile(resolve(PACKAGE_ROOT, "config", "live-sources.yaml"));
    expect(config.sources.map((s) => s.id)).toEqual([
      "npr",
      "nbc-news",
      "abc-news",
      "axios",
      "al-jazeera",
      "cnbc",
      "the-hill",
    ]);
    expect(config.feeds.every((f) => f.url.startsWith("https://"))).toBe(true);
    expect(config.feeds.find((f) => f.sourceId === "cnbc")?.intervalMs).toBe(30 * 60_000);
    expect(config.feeds.find((f) => f.sourceId === "npr")?.intervalMs).toBe(15 * 60_000);
    expect(config.fetch.allowAddresses).toEqual([]);
    // One owner, one origin: NBC News and CNBC are both Comcast's.
    const owners = new Map(config.sources.map((s) => [s.id, s.owner]));
    expect(owners.get("nbc-news")).toBe(owners.get("cnbc"));
  });
});

describe("schedule", () => {
  it("reads durations and backs off exponentially on failures up to a ceiling", () => {
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("15m")).toBe(900_000);
    expect(parseDuration(30)).toBe(30_000);
    expect(parseDuration("soon")).toBeNull();
    const interval = 600_000;
    expect(nextPollTime(0, interval, 0)).toBe(interval);
    expect(nextPollTime(0, interval, 1)).toBe(2 * interval);
    expect(nextPollTime(0, interval, 3)).toBe(8 * interval);
    expect(nextPollTime(0, interval, 30)).toBe(6 * 3_600_000);
  });
});
