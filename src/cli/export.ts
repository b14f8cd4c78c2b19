/**
 * `ttm export <kind>`: the brief as PDF, ClaimReview JSON-LD, CSV of claims or
 * stances, and RSS or Atom feeds of daily briefs, to a file or standard output.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Argument, type Command } from "commander";
import { renderBrief, shownIn } from "../brief/index.js";
import {
  briefFeed,
  claimReviews,
  claimsCsv,
  loadRecords,
  printPdf,
  renderAtom,
  renderRss,
  stancesCsv,
} from "../export/index.js";
import { analyze, buildBrief } from "../pipeline.js";
import { type GlobalOptions, type Session, withSession } from "./context.js";
import { print } from "./output.js";

type Action = <A extends unknown[]>(
  run: (...args: A) => Promise<number>,
) => (...args: A) => Promise<void>;

export const EXPORT_KINDS = [
  "pdf",
  "claimreview",
  "claims-csv",
  "stances-csv",
  "rss",
  "atom",
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportCommandOptions extends GlobalOptions {
  out?: string;
  baseUrl: string;
  since?: string;
  until?: string;
  issue?: string;
}

async function produce(
  kind: ExportKind,
  session: Session,
  opts: ExportCommandOptions,
): Promise<string | Buffer> {
  const { store, dossier } = session;
  if (kind === "pdf") {
    const brief = await buildBrief(store, dossier, { ...opts, ...shownIn("html") });
    return printPdf(renderBrief(brief, "html"));
  }
  if (kind === "rss" || kind === "atom") {
    const feed = await briefFeed(store, dossier, opts.baseUrl, `/api/feed.${kind}`);
    return kind === "rss" ? renderRss(feed) : renderAtom(feed);
  }
  const records = await loadRecords(store, dossier);
  if (kind === "claimreview")
    return `${JSON.stringify(claimReviews(records, { baseUrl: opts.baseUrl }), null, 2)}\n`;
  return kind === "claims-csv" ? claimsCsv(records) : stancesCsv(records);
}

export async function exportCommand(kind: ExportKind, opts: ExportCommandOptions): Promise<number> {
  return withSession(opts, async (session) => {
    await analyze(session.store, session.dossier);
    const out = opts.out ?? (kind === "pdf" ? "brief.pdf" : undefined);
    const content = await produce(kind, session, opts);
    if (out) {
      await writeFile(out, content);
      print(`wrote ${resolve(out)}`);
    } else process.stdout.write(content);
    return 0;
  });
}

export function registerExportCommand(
  program: Command,
  action: Action,
  isoDay: (v: string) => string,
): void {
  program
    .command("export")
    .description(
      "export the brief as PDF, claims as ClaimReview JSON-LD or CSV, stances as CSV, briefs as a feed",
    )
    .addArgument(new Argument("<kind>", "what to export").choices(EXPORT_KINDS))
    .option("--out <file>", "write to this file (pdf: default brief.pdf; others: standard output)")
    .option(
      "--base-url <url>",
      "where the desk is published, for links in ClaimReview and feeds",
      "http://127.0.0.1:8080",
    )
    .option("--since <date>", "pdf: only reports published on or after this day", isoDay)
    .option("--until <date>", "pdf: only reports published on or before this day", isoDay)
    .option("--issue <id>", "pdf: only this issue")
    .action(
      action((kind: ExportKind, _o, cmd: Command) =>
        exportCommand(kind, cmd.optsWithGlobals<ExportCommandOptions>()),
      ),
    );
}
