/**
 * The fetcher the rest of the project uses: the address guard, robots.txt,
 * per-host pacing, a global concurrency limit, retries with exponential
 * backoff (honouring Retry-After), and one clear User-Agent.
 */
import { AddressGuard, type Resolver, systemResolver } from "./address-guard.js";
import { FetchError } from "./errors.js";
import { type FetchResult, fetchDocument, parseHttpUrl, type Validators } from "./fetcher.js";
import type { RequestFunction } from "./http-get.js";
import { HostPacer, realSleep, Semaphore, type Sleep } from "./rate-limit.js";
import { RobotsCache } from "./robots.js";
import type { FetchSettings } from "./settings.js";

export interface ClientDependencies {
  resolver?: Resolver;
  request?: RequestFunction;
  now?: () => number;
  sleep?: Sleep;
}

export interface GetOptions {
  validators?: Validators | undefined;
  signal?: AbortSignal | undefined;
  accept?: string | undefined;
}

export class PoliteClient {
  private readonly guard: AddressGuard;
  private readonly pacer: HostPacer;
  private readonly slots: Semaphore;
  private readonly robots: RobotsCache;
  private readonly sleep: Sleep;
  /** Crawl delays robots.txt asked for, by host. */
  private readonly crawlDelays = new Map<string, number>();

  constructor(
    readonly settings: FetchSettings,
    private readonly deps: ClientDependencies = {},
  ) {
    this.guard = new AddressGuard(settings.allowAddresses, deps.resolver ?? systemResolver);
    this.sleep = deps.sleep ?? realSleep;
    this.pacer = new HostPacer(settings.perHostIntervalMs, deps.now, this.sleep);
    this.slots = new Semaphore(settings.concurrency);
    this.robots = new RobotsCache((url) => this.fetchRobots(url), settings.robotsTtlMs, deps.now);
  }

  /** GETs an address politely; retries what may pass, throws a FetchError otherwise. */
  async get(address: string, options: GetOptions = {}): Promise<FetchResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.slots.run(() => this.once(address, options, true));
      } catch (error) {
        const wait = this.retryDelay(error, attempt);
        if (wait === null || options.signal?.aborted) throw error;
        await this.sleep(wait, options.signal);
      }
    }
  }

  private once(address: string, options: GetOptions, checkRobots: boolean) {
    return fetchDocument(address, {
      guard: this.guard,
      userAgent: this.settings.userAgent,
      timeoutMs: this.settings.timeoutMs,
      maxBytes: this.settings.maxBytes,
      maxDecodedBytes: this.settings.maxDecodedBytes,
      maxRedirects: this.settings.maxRedirects,
      validators: options.validators,
      accept: options.accept,
      signal: options.signal,
      request: this.deps.request,
      beforeHop: async (url) => {
        if (checkRobots && this.settings.respectRobots) {
          const verdict = await this.robots.assertAllowed(url);
          if (verdict.crawlDelayMs !== null) this.crawlDelays.set(url.host, verdict.crawlDelayMs);
        }
        await this.pacer.wait(url.host, this.crawlDelays.get(url.host) ?? 0, options.signal);
      },
    }).then(
      (result) => result,
      (error: unknown) => {
        throw error instanceof FetchError
          ? error
          : new FetchError("network", address, `${address}: ${(error as Error).message}`);
      },
    );
  }

  /** Milliseconds to wait before another attempt, or null when there should be none. */
  private retryDelay(error: unknown, attempt: number): number | null {
    if (!(error instanceof FetchError) || !error.retryable) return null;
    if (attempt >= this.settings.retries) return null;
    const backoff = this.settings.retryBaseMs * 2 ** attempt;
    if (error.retryAfterSeconds === null) return backoff;
    const asked = error.retryAfterSeconds * 1000;
    return asked > this.settings.maxRetryAfterMs ? null : Math.max(asked, backoff);
  }

  private async fetchRobots(address: string): Promise<{ status: number; text: string }> {
    parseHttpUrl(address);
    // Outside the concurrency limit: it runs inside a request that already holds a slot.
    const result = await this.once(address, { accept: "text/plain" }, false);
    return { status: result.status, text: result.body.toString("utf8") };
  }
}
