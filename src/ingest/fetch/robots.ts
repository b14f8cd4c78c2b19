/**
 * robots.txt, read once per site and kept for a while (RFC 9309): a 4xx means
 * no rules, a 5xx or an unreachable file means the whole site is off limits
 * until the next try. Parsing is robots-parser's.
 */
import { createRequire } from "node:module";
import { FetchError } from "./errors.js";

/** Fetches a robots.txt; resolves with the status and text, or rejects when unreachable. */
export type RobotsFetch = (url: string) => Promise<{ status: number; text: string }>;

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// robots-parser is CommonJS whose type file claims a default export it does not have.
const robotsParser = createRequire(import.meta.url)("robots-parser") as (
  url: string,
  text: string,
) => Robot;

interface Entry {
  robot: Robot | "allow-all" | "disallow-all";
  expires: number;
  why?: string;
}

export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay the site asks of us, in milliseconds. */
  crawlDelayMs: number | null;
}

/** The product token sites address us by in robots.txt. */
export const ROBOTS_AGENT = "ThinkTanksMonitor";
/** A failed robots.txt is tried again sooner than a good one is refreshed. */
const FAILURE_TTL_MS = 10 * 60_000;

export class RobotsCache {
  private readonly sites = new Map<string, Promise<Entry>>();

  constructor(
    private readonly fetchRobots: RobotsFetch,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async check(url: URL): Promise<RobotsVerdict> {
    const entry = await this.entryFor(url.origin);
    if (entry.robot === "allow-all") return { allowed: true, crawlDelayMs: null };
    if (entry.robot === "disallow-all") return { allowed: false, crawlDelayMs: null };
    const allowed = entry.robot.isAllowed(url.href, ROBOTS_AGENT) ?? true;
    const delay = entry.robot.getCrawlDelay(ROBOTS_AGENT);
    return { allowed, crawlDelayMs: delay === undefined ? null : delay * 1000 };
  }

  /** Throws a robots_disallowed FetchError when the site's robots.txt keeps us out. */
  async assertAllowed(url: URL): Promise<RobotsVerdict> {
    const verdict = await this.check(url);
    if (!verdict.allowed) {
      const entry = await this.entryFor(url.origin);
      throw new FetchError(
        "robots_disallowed",
        url.href,
        `robots.txt of ${url.origin} disallows ${url.pathname}${entry.why ? ` (${entry.why})` : ""}`,
      );
    }
    return verdict;
  }

  private entryFor(origin: string): Promise<Entry> {
    const cached = this.sites.get(origin);
    if (cached) {
      return cached.then((entry) => {
        if (entry.expires > this.now()) return entry;
        this.sites.delete(origin);
        return this.entryFor(origin);
      });
    }
    const loading = this.load(origin);
    this.sites.set(origin, loading);
    return loading;
  }

  private async load(origin: string): Promise<Entry> {
    const address = `${origin}/robots.txt`;
    try {
      const { status, text } = await this.fetchRobots(address);
      if (status >= 200 && status < 300)
        return { robot: robotsParser(address, text), expires: this.now() + this.ttlMs };
      if (status >= 400 && status < 500)
        return { robot: "allow-all", expires: this.now() + this.ttlMs };
      return this.failed(`robots.txt answered HTTP ${status}`);
    } catch (error) {
      if (error instanceof FetchError && error.code === "http_status" && error.status !== null) {
        if (error.status >= 400 && error.status < 500)
          return { robot: "allow-all", expires: this.now() + this.ttlMs };
      }
      return this.failed(`robots.txt unreachable: ${(error as Error).message}`);
    }
  }

  private failed(why: string): Entry {
    return { robot: "disallow-all", expires: this.now() + FAILURE_TTL_MS, why };
  }
}
