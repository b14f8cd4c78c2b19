/**
 * Finding and decoding input files: folders are walked recursively in sorted
 * order; each file is read as UTF-8 text or refused with the reason.
 */
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";

export interface Problem {
  origin: string;
  reason: string;
}

export interface InputFiles {
  files: string[];
  problems: Problem[];
  /** The folders walked, each once. */
  folders: string[];
}

/** Project documents that sit beside reports in a folder and are not reports. */
const DOCUMENT_NAMES = /^(README|PLANTED|LICENSE)|^sources\.ya?ml$/i;

function skippedInFolder(name: string): boolean {
  return name.startsWith(".") || DOCUMENT_NAMES.test(name);
}

/** Files named directly are taken as given; in folders dotfiles and documents are skipped. */
export async function listInputs(paths: string[]): Promise<InputFiles> {
  const found: InputFiles = { files: [], problems: [], folders: [] };
  const visited = new Set<string>();
  for (const path of paths) {
    await collect(path, found, visited, true);
  }
  return found;
}

async function collect(path: string, found: InputFiles, visited: Set<string>, named: boolean) {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "path does not exist" : `cannot read: ${(error as Error).message}`;
    found.problems.push({ origin: path, reason });
    return;
  }
  if (!named && skippedInFolder(basename(path))) return;
  if (info.isFile()) {
    found.files.push(path);
    return;
  }
  if (!info.isDirectory()) {
    found.problems.push({ origin: path, reason: "not a regular file or folder" });
    return;
  }
  // A folder reached twice through symbolic links is read once.
  const real = await realpath(path);
  if (visited.has(real)) return;
  visited.add(real);
  found.folders.push(path);
  const names = (await readdir(path)).sort();
  for (const name of names) {
    await collect(join(path, name), found, visited, false);
  }
}

export type Decoded = { ok: true; content: string } | { ok: false; reason: string };

const UTF8 = new TextDecoder("utf-8", { fatal: true });

export async function readTextFile(path: string): Promise<Decoded> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: `cannot read: ${(error as Error).message}` };
  }
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.includes(0)) return { ok: false, reason: "binary or not UTF-8 text" };
  let content: string;
  try {
    content = UTF8.decode(bytes);
  } catch {
    return { ok: false, reason: "binary or not UTF-8 text" };
  }
  content = content.replace(/^\uFEFF/, "");
  if (content.trim() === "") return { ok: false, reason: "empty file" };
  return { ok: true, content };
}

/** The file's extension, lower case with its dot; "" when it has none. */
export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}
