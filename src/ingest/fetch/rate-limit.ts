/**
 * Politeness in time: requests to one host are spaced at least an interval
 * apart (longer when robots.txt asks for a crawl delay), and no more than a
 * fixed number of requests run at once across all hosts. Clock and sleep are
 * injectable so the pacing is tested without waiting.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

export class HostPacer {
  /** The earliest time the next request to each host may start. */
  private readonly nextSlot = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {}

  /** Waits for the host's next slot and books the one after it. */
  async wait(host: string, minIntervalMs = 0, signal?: AbortSignal): Promise<void> {
    const interval = Math.max(this.intervalMs, minIntervalMs);
    const now = this.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? now);
    this.nextSlot.set(host, slot + interval);
    await this.sleep(slot - now, signal);
  }
}

/** At most `limit` holders at once; the rest wait in order of arrival. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    // A released slot is handed straight to the next waiter, so none can jump the queue.
    else await new Promise<void>((r) => this.waiting.push(r));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
