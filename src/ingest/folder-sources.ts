/**
 * A folder of reports may say where they come from: a `sources.yaml` beside
 * them lists sources (as a dossier does) and may name the default for the
 * files that name none:
 *
 *   default: lakeside-weekly
 *   sources:
 *     - { id: lakeside-weekly, name: Lakeside Weekly, owner: Lakeside Media, country: GB, kind: outlet }
 *
 * It holds for every file under the folder; the command line's --source wins.
 */
import { readFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { sourceSchema } from "../dossier/schema.js";
import type { Source } from "../model/index.js";

export const FOLDER_SOURCES = "sources.yaml";

const folderSourcesSchema = z.strictObject({
  default: z.string().min(1).optional(),
  sources: z.array(sourceSchema).default([]),
});

export interface FolderSources {
  folder: string;
  defaultSourceId: string | null;
  sources: Source[];
}

export type FolderSourcesRead =
  | { ok: true; value: FolderSources | null }
  | { ok: false; reason: string };

/** The folder's sources.yaml, null when it has none, or why it cannot be read. */
export async function readFolderSources(folder: string): Promise<FolderSourcesRead> {
  const path = join(folder, FOLDER_SOURCES);
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { ok: true, value: null };
    return { ok: false, reason: `cannot read: ${(error as Error).message}` };
  }
  let data: unknown;
  try {
    data = parse(content);
  } catch (error) {
    return { ok: false, reason: `invalid YAML: ${(error as Error).message.split("\n")[0]}` };
  }
  const parsed = folderSourcesSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join(".") || "(top)"}: ${issue.message}` };
  }
  const { default: chosen, sources } = parsed.data;
  if (chosen && !sources.some((s) => s.id === chosen))
    return { ok: false, reason: `default: '${chosen}' is not among its sources` };
  return { ok: true, value: { folder, defaultSourceId: chosen ?? null, sources } };
}

/** The sources file that holds for a file: the one of the nearest folder above it. */
export function folderSourcesFor(
  file: string,
  found: readonly FolderSources[],
): FolderSources | null {
  let best: FolderSources | null = null;
  for (const f of found) {
    const rel = relative(f.folder, dirname(file));
    const inside = rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep));
    if (inside && (!best || f.folder.length > best.folder.length)) best = f;
  }
  return best;
}
