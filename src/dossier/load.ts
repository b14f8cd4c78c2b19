/**
 * Loads a dossier from YAML (or JSON) and refuses a bad one with the file, the
 * path inside it and the reason, e.g.
 * `dossiers/x.yaml: actors[3].kind: expected one of person|state|organization|bloc`.
 */
import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import type { Dossier } from "../model/index.js";
import { dossierSchema, dossierTopicSchema } from "./schema.js";

/**
 * What a negotiation is about, without its actors and sources: the dossier
 * format as a gold evaluation set's `dossier.yaml` carries it.
 */
export type DossierTopic = Omit<Dossier, "actors" | "sources" | "places"> & {
  places: NonNullable<Dossier["places"]>;
};

export class DossierError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid dossier\n  ${problems.join("\n  ")}`);
    this.name = "DossierError";
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(top level)";
}

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

/** Validates an already parsed dossier object; `file` names it in errors. */
export function parseDossier(data: unknown, file: string): Dossier {
  const result = dossierSchema.safeParse(data);
  if (!result.success) throw new DossierError(file, describe(result.error));
  const d = result.data;
  return {
    ...d,
    actors: d.actors.map((a) => ({ ...a, discovered: false })),
    sources: d.sources.map((s) => ({ ...s, homepage: s.homepage, feeds: s.feeds })),
  };
}

/** Reads a YAML (or JSON) file into a mapping, or refuses it with the file and the reason. */
async function readMapping(file: string): Promise<object> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new DossierError(file, [`cannot read the file: ${(err as Error).message}`]);
  }
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true, maxAliasCount: 100 });
  } catch (err) {
    throw new DossierError(file, [`not valid YAML: ${(err as Error).message}`]);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new DossierError(file, ["(top level): expected a mapping of dossier fields"]);
  return data;
}

export async function loadDossier(file: string): Promise<Dossier> {
  return parseDossier(await readMapping(file), file);
}

/** Validates a dossier without actors and sources; `file` names it in errors. */
export function parseDossierTopic(data: unknown, file: string): DossierTopic {
  if (data !== null && typeof data === "object") {
    const misplaced = (["actors", "sources"] as const).filter((key) => key in data);
    if (misplaced.length > 0)
      throw new DossierError(
        file,
        misplaced.map((key) =>
          key === "actors"
            ? "actors: not part of this file; the set's actors are listed in actors.json"
            : "sources: not part of this file; the sources are those the set's reports name",
        ),
      );
  }
  const result = dossierTopicSchema.safeParse(data);
  if (!result.success) throw new DossierError(file, describe(result.error));
  return result.data;
}

/** Loads a dossier without actors and sources (a gold set's `dossier.yaml`). */
export async function loadDossierTopic(file: string): Promise<DossierTopic> {
  return parseDossierTopic(await readMapping(file), file);
}
