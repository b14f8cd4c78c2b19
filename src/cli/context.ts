/**
 * What every command needs: the store (from --db) and the dossier (from
 * --dossier, or the one the database was filled with, or the bundled one).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDossier } from "../dossier/index.js";
import type { Dossier } from "../model/index.js";
import { registerDossier } from "../pipeline.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/store.js";

/** The package root: dist/cli/ or src/cli/ sit two levels below it. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BUNDLED_DOSSIER = resolve(PACKAGE_ROOT, "dossiers", "ukraine-peace-2025.yaml");
export const BUNDLED_SAMPLES = resolve(PACKAGE_ROOT, "samples", "ukraine-peace-2025");
export const DEFAULT_DB = "ttm.sqlite";

/**
 * The root of the package a dossier file belongs to: the nearest folder above it
 * holding a package.json, else the folder above the dossier's own folder
 * (`dossiers/x.yaml` → the folder holding `dossiers/`).
 */
export function packageRootOf(dossierFile: string): string {
  const folder = dirname(resolve(dossierFile));
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) return dirname(folder);
  }
}

/** A dossier's sample corpus: `samples/<dossier id>/` in its package root. */
export function samplesFolderOf(dossierFile: string, dossierId: string): string {
  return join(packageRootOf(dossierFile), "samples", dossierId);
}

export interface GlobalOptions {
  db?: string;
  dossier?: string;
}

export interface Session {
  store: Store;
  dossier: Dossier;
  dossierFile: string;
}

/**
 * Where the data lives: --db, else $TTM_DB, else $DATABASE_URL (the usual way to
 * hand a PostgreSQL URL to every process of a deployment), else ./ttm.sqlite.
 */
export function storeLocation(options: GlobalOptions): string {
  const fromEnv = (name: string) => {
    const value = process.env[name]?.trim();
    return value ? value : undefined;
  };
  return options.db ?? fromEnv("TTM_DB") ?? fromEnv("DATABASE_URL") ?? DEFAULT_DB;
}

export async function openSession(options: GlobalOptions): Promise<Session> {
  const location = storeLocation(options);
  const store = await openStore(location);
  try {
    const remembered = await store.getMeta("dossier");
    const file = resolve(
      options.dossier ?? (remembered && existsSync(remembered) ? remembered : BUNDLED_DOSSIER),
    );
    const dossier = await loadDossier(file);
    if (file !== remembered || options.dossier) await registerDossier(store, dossier, file);
    return { store, dossier, dossierFile: file };
  } catch (err) {
    await store.close();
    throw err;
  }
}

export async function withSession<T>(
  options: GlobalOptions,
  run: (session: Session) => Promise<T>,
): Promise<T> {
  const session = await openSession(options);
  try {
    return await run(session);
  } finally {
    await session.store.close();
  }
}
