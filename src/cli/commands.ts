/** The commands of `ttm`, each a thin layer over the pipeline and the store. */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { type Brief, type BriefFormat, renderBrief, shownIn } from "../brief/index.js";
import { loadDossier } from "../dossier/index.js";
import { type ClusterWithClaims, ownerOrigin, type VerdictStatus } from "../model/index.js";
import { analyze, buildBrief, collectStats, ingest, jsonBrief } from "../pipeline.js";
import { openStore } from "../store/index.js";
import {
  BUNDLED_DOSSIER,
  type GlobalOptions,
  samplesFolderOf,
  storeLocation,
  withSession,
} from "./context.js";
import { analyzeLines, ingestLines, print, printJson, statsLines } from "./output.js";
import { renderTable } from "./table.js";

export class UsageError extends Error {}

export async function ingestCommand(
  paths: string[],
  opts: GlobalOptions & { source?: string; json?: boolean },
): Promise<number> {
  return withSession(opts, async ({ store, dossier }) => {
    const summary = await ingest(
      store,
      dossier,
      paths,
      opts.source ? { defaultSourceId: opts.source } : {},
    );
    if (opts.json) printJson(summary);
    else print(ingestLines(summary).join("\n"));
    const nothingTaken = summary.added + summary.updated + summary.unchanged === 0;
    return nothingTaken && summary.quarantined.length > 0 ? 1 : 0;
  });
}

export async function analyzeCommand(
  opts: GlobalOptions & { json?: boolean; full?: boolean },
): Promise<number> {
  return withSession(opts, async ({ store, dossier }) => {
    const summary = await analyze(store, dossier, undefined, { full: opts.full === true });
    if (opts.json) printJson(summary);
    else print(analyzeLines(summary).join("\n"));
    return 0;
  });
}

export interface BriefCommandOptions extends GlobalOptions {
  format: BriefFormat;
  since?: string;
  until?: string;
  issue?: string;
  out?: string;
}

export async function briefCommand(opts: BriefCommandOptions): Promise<number> {
  return withSession(opts, async ({ store, dossier }) => {
    if (opts.issue && !dossier.issues.some((i) => i.id === opts.issue))
      throw new UsageError(
        `unknown issue '${opts.issue}' (the dossier has: ${dossier.issues.map((i) => i.id).join(", ")})`,
      );
    await analyze(store, dossier);
    if (opts.format === "json") {
      // Every statement: written as the clusters are read, never held whole.
      const chunks = jsonBrief(store, dossier, opts);
      if (!opts.out) await writeChunks(chunks, process.stdout);
      else {
        await writeFileAtomically(opts.out, chunks);
        print(`wrote ${resolve(opts.out)}`);
      }
      return 0;
    }
    const brief = await buildBrief(store, dossier, { ...opts, ...shownIn(opts.format) });
    const text = renderBrief(brief, opts.format);
    if (opts.out) {
      await writeFile(opts.out, text);
      print(`wrote ${resolve(opts.out)}`);
    } else print(text);
    return 0;
  });
}

/** Writes text chunks to a stream, waiting whenever it asks to. */
async function writeChunks(chunks: AsyncIterable<string>, out: Writable): Promise<void> {
  for await (const chunk of chunks) if (!out.write(chunk)) await once(out, "drain");
}

/** Writes the chunks beside the file, then puts them in its place: a failed run leaves the old file. */
async function writeFileAtomically(path: string, chunks: AsyncIterable<string>): Promise<void> {
  const part = `${path}.part`;
  const out = createWriteStream(part);
  try {
    await writeChunks(chunks, out);
    out.end();
    await finished(out);
    await rename(part, path);
  } catch (error) {
    out.destroy();
    await rm(part, { force: true });
    throw error;
  }
}

function claimRow(c: ClusterWithClaims): string[] {
  const v = c.verdict;
  const text = c.claims[0]?.evidence.text ?? c.label;
  const values = v.variants.length > 1 ? v.variants.map((x) => x.value).join(" vs ") : "";
  return [c.id, v.status, `${v.independentSources}/${v.reports}`, c.issue, values || text];
}

export async function claimsCommand(
  opts: GlobalOptions & { status?: VerdictStatus; issue?: string; limit?: number; json?: boolean },
): Promise<number> {
  return withSession(opts, async ({ store }) => {
    // Only the clusters shown are read: a large store has millions.
    const clusters = await store.listClusters({
      status: opts.status,
      issue: opts.issue,
      limit: opts.limit,
    });
    if (opts.json) printJson(clusters);
    else if (clusters.length === 0) print("no claims (run `ttm analyze` after `ttm ingest`)");
    else
      print(
        renderTable(
          ["id", "verdict", "indep/reports", "issue", "statement or values"],
          clusters.map(claimRow),
          90,
        ),
      );
    return 0;
  });
}

export async function claimCommand(
  id: string,
  opts: GlobalOptions & { json?: boolean },
): Promise<number> {
  return withSession(opts, async ({ store }) => {
    const cluster = await store.getCluster(id);
    if (!cluster) throw new Error(`no claim cluster with id '${id}' (see \`ttm claims\`)`);
    if (opts.json) {
      printJson(cluster);
      return 0;
    }
    const v = cluster.verdict;
    const lines = [
      `${cluster.id}  ${v.status}  (${v.independentSources} independent sources / ${v.reports} reports)`,
      `slot: ${cluster.slot}`,
      "",
      "variants:",
    ];
    for (const x of v.variants)
      lines.push(
        `  ${x.value}: ${x.reportIds.join(", ")}${x.holderIds.length ? ` (held by ${x.holderIds.join(", ")})` : ""}`,
      );
    lines.push("", "reasons:", ...v.reasons.map((r) => `  - ${r}`), "", "evidence:");
    for (const c of cluster.claims) {
      const report = await store.getReport(c.reportId);
      lines.push(
        `  [${c.reportId}] ${report?.sourceId ?? "?"} ${report?.published.slice(0, 10) ?? ""}${c.polarity === "deny" ? " (denial)" : ""}: ${c.evidence.text.replace(/\s+/g, " ")}`,
      );
    }
    if (v.reprints.length) {
      lines.push("", "reprints (counted once):");
      for (const p of v.reprints)
        lines.push(
          `  ${p.reportId} copies ${p.originalId} (${p.reason}, similarity ${p.similarity.toFixed(2)})`,
        );
    }
    print(lines.join("\n"));
    return 0;
  });
}

export async function sourcesCommand(opts: GlobalOptions & { json?: boolean }): Promise<number> {
  return withSession(opts, async ({ store }) => {
    const sources = await store.listSources();
    const reports = await store.listReports();
    const reprints = await store.listReprints();
    const copied = new Set(reprints.map((p) => p.reportId));
    const rows = sources.map((s) => {
      const own = reports.filter((r) => r.sourceId === s.id);
      return { ...s, reports: own.length, copies: own.filter((r) => copied.has(r.id)).length };
    });
    if (opts.json) printJson(rows);
    else
      print(
        renderTable(
          ["id", "name", "owner", "owner from", "country", "kind", "reports", "copies"],
          rows.map((r) => [
            r.id,
            r.name,
            r.owner,
            ownerOrigin(r),
            r.country,
            r.kind,
            String(r.reports),
            String(r.copies),
          ]),
        ),
      );
    return 0;
  });
}

export async function statsCommand(opts: GlobalOptions & { json?: boolean }): Promise<number> {
  return withSession(opts, async ({ store }) => {
    const stats = await collectStats(store);
    if (opts.json) printJson(stats);
    else print(statsLines(stats).join("\n"));
    return 0;
  });
}

export async function quarantineCommand(
  opts: GlobalOptions & { json?: boolean; stage?: string },
): Promise<number> {
  return withSession(opts, async ({ store }) => {
    const all = await store.listQuarantine();
    const items = opts.stage ? all.filter((q) => q.stage === opts.stage) : all;
    if (opts.json) printJson(items);
    else if (items.length === 0) print("nothing quarantined");
    else
      print(
        renderTable(
          ["at", "stage", "origin", "reason"],
          items.map((q) => [q.at.slice(0, 19), q.stage, q.origin, q.reason]),
          100,
        ),
      );
    return 0;
  });
}

function topConflicts(brief: Brief, n: number): string[] {
  const conflicts = brief.sections
    .flatMap((s) => s.statements)
    .filter((s) => s.status === "conflicting")
    .sort((a, b) => b.independentSources - a.independentSources)
    .slice(0, n);
  const sourceOf = new Map(brief.citations.map((c) => [c.n, c.source]));
  return conflicts.map((s) => {
    const variants = s.variants.map((v) => {
      const outlets = [...new Set(v.citations.map((n) => sourceOf.get(n) ?? `[${n}]`))].join(", ");
      return `${v.value}${v.holders.length ? ` per ${v.holders.join(", ")}` : ""} (${outlets})`;
    });
    return `  - ${variants.join(" vs ")}`;
  });
}

/** The dossier a database was filled with: its file and, when it still loads, its id. */
async function heldDossier(db: string): Promise<{ file: string; id: string | null } | null> {
  const store = await openStore(storeLocation({ db }));
  let file: string | null;
  try {
    file = await store.getMeta("dossier");
  } finally {
    await store.close();
  }
  if (!file) return null;
  const id = await loadDossier(file).then(
    (d) => d.id,
    () => null,
  );
  return { file: resolve(file), id };
}

/**
 * The demo: a dossier (the bundled one unless --dossier names another) and its
 * sample corpus, `samples/<dossier id>/` in the dossier's package, analyzed
 * into a brief. A database that holds another dossier's demo is left alone.
 */
export async function demoCommand(
  opts: GlobalOptions & { out: string; json?: boolean },
): Promise<number> {
  const started = Date.now();
  const outDir = resolve(opts.out);
  const dossierFile = resolve(opts.dossier ?? BUNDLED_DOSSIER);
  // Read the dossier before anything is written, so a bad file or a missing corpus leaves no trace.
  const chosen = await loadDossier(dossierFile);
  const samples = samplesFolderOf(dossierFile, chosen.id);
  if (
    !(await stat(samples).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  )
    throw new UsageError(
      `no sample corpus for dossier '${chosen.id}' (${dossierFile}): expected the folder ${samples}`,
    );
  await mkdir(outDir, { recursive: true });
  const db = opts.db ?? join(outDir, "ttm.sqlite");
  const held = await heldDossier(db);
  if (held && held.file !== dossierFile && held.id !== null && held.id !== chosen.id)
    throw new UsageError(
      `${db} holds the demo of another dossier (${held.file}); choose another folder with --out or remove it`,
    );
  return withSession({ ...opts, db, dossier: dossierFile }, async ({ store, dossier }) => {
    const ingested = await ingest(store, dossier, [samples]);
    const analyzed = await analyze(store, dossier);
    const brief = await buildBrief(store, dossier);
    const paths: Record<BriefFormat, string> = {
      md: join(outDir, "brief.md"),
      html: join(outDir, "brief.html"),
      json: join(outDir, "brief.json"),
    };
    for (const format of ["md", "html", "json"] as const)
      await writeFile(paths[format], renderBrief(brief, format));
    const stats = await collectStats(store);
    if (opts.json) {
      printJson({ ingested, analyzed, stats, outputs: paths, database: db });
      return 0;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    print(
      [
        `ThinkTanksMonitor demo: ${dossier.title}`,
        ...ingestLines(ingested),
        ...analyzeLines(analyzed),
        ...statsLines(stats),
        "top conflicts:",
        ...(topConflicts(brief, 5).length ? topConflicts(brief, 5) : ["  (none)"]),
        `brief: ${paths.md}`,
        `       ${paths.html}`,
        `       ${paths.json}`,
        `database: ${db}`,
        `done in ${seconds} s`,
      ].join("\n"),
    );
    return 0;
  });
}
