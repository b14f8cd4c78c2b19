/**
 * The desk's state: the store and dossier it serves, the snapshot reads come
 * from, and a cache of rendered responses tied to that snapshot. Writes go one
 * at a time and replace the snapshot when done. Another process writing to the
 * same database (a `ttm ingest` while serving) is noticed within RECHECK_MS by a
 * cheap signature, and the snapshot is reloaded at least every MAX_AGE_MS.
 */
import type { Dossier } from "../model/index.js";
import { analyzeHere, type Handoff } from "../pipeline.js";
import type { Store } from "../store/store.js";
import { loadSnapshot, type Snapshot } from "./snapshot.js";

const RECHECK_MS = 1000;
const MAX_AGE_MS = 30_000;
const CACHE_ENTRIES = 2000;

export interface CachedResponse {
  status: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

export class Desk {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;
  private signature = "";
  private checkedAt = 0;
  private loadedAt = 0;
  private writing: Promise<unknown> = Promise.resolve();
  private readonly cache = new Map<string, CachedResponse>();

  constructor(
    readonly store: Store,
    readonly dossier: Dossier,
    /** What follows reports added through the API: analysis here, or jobs for workers. */
    readonly handoff: Handoff = analyzeHere,
  ) {}

  /** The snapshot to answer from, reloaded first when the data changed. */
  async current(): Promise<Snapshot> {
    const now = Date.now();
    if (this.snapshot && now - this.checkedAt < RECHECK_MS) return this.snapshot;
    if (this.loading) return this.loading;
    this.checkedAt = now;
    const signature = await this.readSignature();
    const stale = signature !== this.signature || now - this.loadedAt > MAX_AGE_MS;
    if (this.snapshot && !stale) return this.snapshot;
    return this.reload(signature);
  }

  private async readSignature(): Promise<string> {
    const [reports, verified] = await Promise.all([
      this.store.countReports(),
      this.store.getMeta("verified_reports"),
    ]);
    return `${reports}|${verified ?? ""}`;
  }

  private reload(signature: string): Promise<Snapshot> {
    this.loading = loadSnapshot(this.store, this.dossier)
      .then((snap) => {
        this.snapshot = snap;
        this.signature = signature;
        this.loadedAt = Date.now();
        this.cache.clear();
        return snap;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /** Runs a write alone (writes queue behind each other), then serves fresh data. */
  async write<T>(run: (store: Store, dossier: Dossier) => Promise<T>): Promise<T> {
    const result = this.writing.then(() => run(this.store, this.dossier));
    this.writing = result.catch(() => undefined);
    try {
      return await result;
    } finally {
      this.checkedAt = 0;
      await this.reload(await this.readSignature());
    }
  }

  cached(key: string): CachedResponse | undefined {
    return this.cache.get(key);
  }

  /** Keeps a response made from `snap`, unless the data moved on while it was made. */
  remember(snap: Snapshot, key: string, response: CachedResponse): void {
    if (snap !== this.snapshot) return;
    if (this.cache.size >= CACHE_ENTRIES) this.cache.clear();
    this.cache.set(key, response);
  }
}
