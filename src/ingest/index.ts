/**
 * Ingest: reads report files (JSON, JSON Lines, Markdown, text, HTML) and
 * folders of them into Reports. Nothing is silently lost: every input that
 * cannot be taken in comes back as a QuarantineItem with its reason.
 */
import type { QuarantineItem, Report, Source } from "../model/index.js";
import { extensionOf, listInputs, readTextFile } from "./files.js";
import { readHtml } from "./html.js";
import { readJson } from "./json.js";
import { readJsonLines } from "./jsonl.js";
import { readMarkdown } from "./markdown.js";
import type { Reader, ReadItem } from "./raw-report.js";
import { resolveReport } from "./resolve.js";
import { SourceDirectory } from "./sources.js";
import { readText } from "./text.js";

export { parsePublished } from "./dates.js";
export { canonicalUrl, contentHash, normaliseText, reportId } from "./normalise.js";

export interface IngestOptions {
  sources: Source[];
  defaultSourceId?: string;
  language?: string;
}

export interface IngestResult {
  reports: Report[];
  /** Sources declared by the inputs themselves that were not among options.sources. */
  sources: Source[];
  quarantined: QuarantineItem[];
}

const READERS: Record<string, Reader> = {
  ".json": readJson,
  ".jsonl": readJsonLines,
  ".md": readMarkdown,
  ".txt": readText,
  ".html": readHtml,
  ".htm": readHtml,
};

const EXPECTED = Object.keys(READERS).join(", ");

export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestResult> {
  const run = new IngestRun(options);
  const inputs = await listInputs(paths);
  for (const problem of inputs.problems) run.quarantine(problem.origin, problem.reason);
  for (const file of inputs.files) {
    await run.readFile(file);
  }
  return run.result();
}

/** One ingest call: the reports so far, by id, and what was refused. */
class IngestRun {
  private readonly at = new Date().toISOString();
  private readonly directory: SourceDirectory;
  private readonly reports = new Map<string, Report>();
  private readonly newSources: Source[] = [];
  private readonly quarantined: QuarantineItem[] = [];

  constructor(private readonly options: IngestOptions) {
    this.directory = new SourceDirectory(options.sources);
  }

  quarantine(origin: string, reason: string, sourceId: string | null = null): void {
    const item: QuarantineItem = { origin, stage: "ingest", reason, at: this.at };
    if (sourceId !== null) item.sourceId = sourceId;
    this.quarantined.push(item);
  }

  async readFile(path: string): Promise<void> {
    const extension = extensionOf(path);
    const reader = READERS[extension];
    if (!reader) {
      const type = extension === "" ? "(no extension)" : extension;
      this.quarantine(path, `unsupported file type ${type} (expected ${EXPECTED})`);
      return;
    }
    const decoded = await readTextFile(path);
    if (!decoded.ok) {
      this.quarantine(path, decoded.reason);
      return;
    }
    for (const item of reader(decoded.content, path)) this.take(item);
  }

  private take(item: ReadItem): void {
    if (!item.ok) {
      this.quarantine(item.origin, item.reason);
      return;
    }
    const declared = item.raw.declaredSource;
    if (declared && !this.directory.find(declared.id)) {
      this.directory.add(declared);
      this.newSources.push(declared);
    }
    const resolved = resolveReport(item.raw, {
      sources: this.directory,
      defaultSourceId: this.options.defaultSourceId,
      language: this.options.language,
    });
    if (!resolved.ok) {
      this.quarantine(item.raw.origin, resolved.reason, resolved.sourceId);
      return;
    }
    this.keep(resolved.report);
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
    return {
      reports: [...this.reports.values()],
      sources: this.newSources,
      quarantined: this.quarantined,
    };
  }
}
