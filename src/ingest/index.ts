/**
 * Ingest: reads report files (JSON, JSON Lines, Markdown, text, HTML, feeds)
 * and folders of them, and feeds and pages at http(s) addresses, into
 * Reports. Feeds and pages are recognised by content, not only by name.
 * Nothing is silently lost: every input that cannot be taken in comes back as
 * a QuarantineItem with its stage and reason.
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { QuarantineItem, Report, Source } from "../model/index.js";
import { decodeDocument } from "./charset.js";
import { readFeed } from "./feeds/index.js";
import { PoliteClient } from "./fetch/polite-client.js";
import { DEFAULT_FETCH_SETTINGS, withEnvironmentAllowList } from "./fetch/settings.js";
import { decodeText, extensionOf, listInputs } from "./files.js";
import {
  FOLDER_SOURCES,
  type FolderSources,
  folderSourcesFor,
  readFolderSources,
} from "./folder-sources.js";
import { readHtml } from "./html.js";
import { readJson } from "./json.js";
import { readJsonLines } from "./jsonl.js";
import { readMarkdown } from "./markdown.js";
import { canonicalUrl } from "./normalise.js";
import { outletSource } from "./outlets.js";
import type { RawReport, Reader, ReadItem } from "./raw-report.js";
import { type FullTextMode, readUrl } from "./remote.js";
import { resolveReport } from "./resolve.js";
import { type DocumentKind, sniffKind } from "./sniff.js";
import { SourceDirectory } from "./sources.js";
import { readText } from "./text.js";

export { parsePublished } from "./dates.js";
export { canonicalUrl, contentHash, normaliseText, reportId } from "./normalise.js";

export interface IngestOptions {
  sources: Source[];
  defaultSourceId?: string | undefined;
  language?: string | undefined;
  /** Fetches http(s) inputs; made from the defaults and $TTM_FETCH_ALLOW when not given. */
  client?: PoliteClient | undefined;
  fullText?: FullTextMode | undefined;
  signal?: AbortSignal | undefined;
}

export interface IngestResult {
  reports: Report[];
  /** Sources declared by the inputs themselves that were not among options.sources. */
  sources: Source[];
  quarantined: QuarantineItem[];
  /**
   * Origins that went through this time: each report's, and each file or address
   * read with no refusal of its own. Their earlier refusals can be cleared.
   */
  cleared: string[];
}

const READERS: Record<string, Reader> = {
  ".json": readJson,
  ".jsonl": readJsonLines,
  ".md": readMarkdown,
  ".txt": readText,
  ".html": readHtml,
  ".htm": readHtml,
  ".xml": readFeed,
  ".rss": readFeed,
  ".atom": readFeed,
};

/** Files read by their extension alone: their content says nothing about their kind. */
const BY_EXTENSION_ONLY = new Set([".md", ".txt", ".jsonl"]);
const FEED_KINDS: ReadonlySet<DocumentKind> = new Set(["rss", "atom", "rdf", "json-feed"]);
const WEB_ADDRESS = /^https?:\/\//i;

const EXPECTED = Object.keys(READERS).join(", ");

export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestResult> {
  const run = new IngestRun(options);
  const addresses = paths.filter((p) => WEB_ADDRESS.test(p));
  const inputs = await listInputs(paths.filter((p) => !WEB_ADDRESS.test(p)));
  for (const problem of inputs.problems) run.quarantine(problem.origin, problem.reason);
  const folderSources: FolderSources[] = [];
  for (const folder of inputs.folders) {
    const read = await readFolderSources(folder);
    if (!read.ok) run.quarantine(join(folder, FOLDER_SOURCES), read.reason);
    else if (read.value) {
      run.addSources(read.value.sources);
      folderSources.push(read.value);
    }
  }
  for (const file of inputs.files) {
    const defaultSourceId = folderSourcesFor(file, folderSources)?.defaultSourceId ?? undefined;
    await run.whole(file, () => run.readFile(file, defaultSourceId));
  }
  if (addresses.length > 0) {
    const client =
      options.client ?? new PoliteClient(withEnvironmentAllowList(DEFAULT_FETCH_SETTINGS));
    for (const address of addresses) {
      await run.whole(address, async () => {
        const items = await readUrl(address, {
          client,
          fullText: options.fullText,
          signal: options.signal,
        });
        for (const item of items) run.take(item);
      });
    }
  }
  return run.result();
}

/** Report inputs already read (from a feed being watched, say) checked and resolved into Reports. */
export function ingestItems(items: ReadItem[], options: IngestOptions): IngestResult {
  const run = new IngestRun(options);
  for (const item of items) run.take(item);
  return run.result();
}

/** A file's modification time, as an assumed date; undefined when it cannot be read. */
async function fileTime(path: string): Promise<RawReport["fallbackDate"]> {
  try {
    return { at: (await stat(path)).mtime.toISOString(), from: "the file's time" };
  } catch {
    return undefined;
  }
}

/** One ingest call: the reports so far, by id, and what was refused. */
class IngestRun {
  private readonly at = new Date().toISOString();
  private readonly directory: SourceDirectory;
  private readonly reports = new Map<string, Report>();
  private readonly newSources: Source[] = [];
  private readonly quarantined: QuarantineItem[] = [];
  private readonly wholeInputs: string[] = [];
  /** The default source of the file being read, from its folder's sources.yaml. */
  private folderDefault: string | undefined;

  constructor(private readonly options: IngestOptions) {
    this.directory = new SourceDirectory(options.sources);
  }

  quarantine(
    origin: string,
    reason: string,
    sourceId: string | null = null,
    stage = "ingest",
  ): void {
    const item: QuarantineItem = { origin, stage, reason, at: this.at };
    if (sourceId !== null) item.sourceId = sourceId;
    this.quarantined.push(item);
  }

  /** Reads one file or address; it went through when nothing was refused under its own name. */
  async whole(origin: string, read: () => Promise<void>): Promise<void> {
    const before = this.quarantined.length;
    await read();
    if (!this.quarantined.slice(before).some((q) => q.origin === origin))
      this.wholeInputs.push(origin);
  }

  /** Sources a folder's sources.yaml lists, for the files under it. */
  addSources(sources: readonly Source[]): void {
    for (const source of sources) {
      if (this.directory.find(source.id)) continue;
      this.directory.add(source);
      this.newSources.push(source);
    }
  }

  async readFile(path: string, folderDefault?: string): Promise<void> {
    this.folderDefault = folderDefault;
    try {
      await this.readOneFile(path);
    } finally {
      this.folderDefault = undefined;
    }
  }

  private async readOneFile(path: string): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      this.quarantine(path, `cannot read: ${(error as Error).message}`);
      return;
    }
    const extension = extensionOf(path);
    const fallback = await fileTime(path);
    const sniffed = this.readBySniffing(bytes, path, extension);
    if (sniffed) {
      for (const item of sniffed) this.take(item, fallback);
      return;
    }
    const reader = READERS[extension];
    if (!reader) {
      const type = extension === "" ? "(no extension)" : extension;
      this.quarantine(path, `unsupported file type ${type} (expected ${EXPECTED})`);
      return;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      this.quarantine(path, decoded.reason);
      return;
    }
    for (const item of reader(decoded.content, path)) this.take(item, fallback);
  }

  /** Feeds and pages by content, in the charset they declare; null for anything else. */
  private readBySniffing(bytes: Buffer, path: string, extension: string): ReadItem[] | null {
    if (bytes.length === 0 || BY_EXTENSION_ONLY.has(extension)) return null;
    const decoded = decodeDocument(bytes);
    const kind = sniffKind(decoded.text);
    if (FEED_KINDS.has(kind)) return readFeed(decoded.text, path);
    if (kind === "html") return readHtml(decoded.text, path);
    return null;
  }

  /**
   * Checks and keeps one input. `fallback` is the date taken, marked as assumed,
   * when the input gives none: the file's time, else the time of this run (when
   * the input was fetched).
   */
  take(
    item: ReadItem,
    fallback: RawReport["fallbackDate"] = { at: this.at, from: "the time it was taken in" },
  ): void {
    if (!item.ok) {
      this.quarantine(item.origin, item.reason, item.sourceId ?? null, item.stage);
      return;
    }
    if (!item.raw.fallbackDate) item = { ...item, raw: { ...item.raw, fallbackDate: fallback } };
    const declared = item.raw.declaredSource;
    if (declared && !this.directory.find(declared.id)) {
      this.directory.add(declared);
      this.newSources.push(declared);
    }
    const raw = this.withOutlet(item.raw);
    const resolved = resolveReport(raw, {
      sources: this.directory,
      defaultSourceId: this.defaultSourceId(),
      language: this.options.language,
    });
    if (!resolved.ok) {
      this.quarantine(raw.origin, resolved.reason, resolved.sourceId);
      return;
    }
    this.keep(resolved.report);
  }

  /**
   * The input as it names a known source: an outlet the dossier does not list
   * becomes a source of its own, built from the site's name and address
   * (outlets.ts), unless the run gives a default source.
   */
  private withOutlet(raw: RawReport): RawReport {
    if (raw.source && this.directory.find(raw.source)) return raw;
    const url = raw.url ? canonicalUrl(raw.url) : null;
    if (this.directory.fromUrl(url) || this.defaultSourceId()) return raw;
    const built = outletSource(raw.source, url);
    const known = this.directory.find(built.id);
    if (!known) {
      this.directory.add(built);
      this.newSources.push(built);
    }
    return { ...raw, source: (known ?? built).id };
  }

  /** The run's --source, else the default of the file's folder. */
  private defaultSourceId(): string | undefined {
    return this.options.defaultSourceId ?? this.folderDefault;
  }

  /** The same report twice is one report; another text under a taken id is refused. */
  private keep(report: Report): void {
    const earlier = this.reports.get(report.id);
    if (!earlier) {
      this.reports.set(report.id, report);
      return;
    }
    if (earlier.contentHash === report.contentHash) return;
    const why = report.url ? `the same URL ${report.url}` : "the same id";
    this.quarantine(
      report.origin,
      `duplicate report id ${report.id}: ${why} as ${earlier.origin} but different text`,
      report.sourceId,
    );
  }

  result(): IngestResult {
    const reports = [...this.reports.values()];
    return {
      reports,
      sources: this.newSources,
      quarantined: this.quarantined,
      cleared: [...new Set([...this.wholeInputs, ...reports.map((r) => r.origin)])],
    };
  }
}
