/**
 * Reads a gold evaluation set (the format of shared/eval/FORMAT.md): `actors.json`,
 * `articles/*.json`, `facts.json` and, for a set about another negotiation than
 * the bundled dossier's, `dossier.yaml` (its issues, framework and places). Every file is checked when read, and a bad
 * one is refused with its path, the place inside it and the reason, so a person
 * fixing a set knows where to look.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { z } from "zod";
import { type DossierTopic, loadDossierTopic } from "../dossier/index.js";

const quoteSchema = z.object({
  speaker: z.string().min(1),
  kind: z.enum(["direct", "indirect"]),
  text: z.string().min(1),
});
const valueSchema = z.union([z.number(), z.tuple([z.number(), z.number()])]);
const quantitySchema = z.object({
  text: z.string(),
  value: valueSchema,
  unit: z.string().min(1),
  approx: z.boolean().default(false),
});
const dateSchema = z.object({
  text: z.string(),
  value: z.string().min(4),
  granularity: z.string().optional(),
});
const stanceSchema = z.object({
  actor: z.string().min(1),
  issue: z.string().min(1),
  position: z.enum([
    "demands",
    "proposes",
    "supports",
    "accepts",
    "rejects",
    "opposes",
    "conditions",
    "denies",
  ]),
  evidence: z.string().default(""),
});
export const annotationsSchema = z.object({
  quotes: z.array(quoteSchema).default([]),
  quantities: z.array(quantitySchema).default([]),
  dates: z.array(dateSchema).default([]),
  stances: z.array(stanceSchema).default([]),
});
const sourceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  owner: z.string().min(1),
  country: z.string().default(""),
  kind: z.enum(["outlet", "wire", "analysis"]),
});
const articleSchema = z.object({
  id: z.string().min(1),
  source: sourceSchema,
  url: z.string().nullable().default(null),
  published: z.string().min(1),
  title: z.string().default(""),
  byline: z.string().nullable().default(null),
  text: z.string().min(1),
  syndicated_from: z.string().nullable().default(null),
  gold: annotationsSchema,
});
const actorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  kind: z.enum(["person", "state", "organization", "bloc"]),
  affiliation: z.string().nullable().default(null),
  role: z.string().nullable().default(null),
});
const variantSchema = z.object({
  value: z.string(),
  articles: z.array(z.string()),
  asserted_by: z.string().nullable().default(null),
});
const evidenceSchema = z.object({ article: z.string(), text: z.string() });
export const factSchema = z.object({
  id: z.string().min(1),
  claim: z.string().default(""),
  issue: z.string().optional(),
  status: z.enum(["corroborated", "single_source", "conflicting", "disputed"]),
  variants: z.array(variantSchema).default([]),
  evidence: z.array(evidenceSchema).default([]),
});

export type GoldAnnotations = z.infer<typeof annotationsSchema>;
export type GoldQuote = GoldAnnotations["quotes"][number];
export type GoldQuantity = GoldAnnotations["quantities"][number];
export type GoldDate = GoldAnnotations["dates"][number];
export type GoldStance = GoldAnnotations["stances"][number];
export type GoldActor = z.infer<typeof actorSchema>;
export type GoldFact = z.infer<typeof factSchema>;
export type GoldSource = z.infer<typeof sourceSchema>;
export type GoldArticle = z.infer<typeof articleSchema> & { file: string };

export interface GoldSet {
  /** The folder's name ("dev"), used to name the report. */
  name: string;
  dir: string;
  actors: GoldActor[];
  articles: GoldArticle[];
  /** Empty when the set has no facts.json (then facts are not scored). */
  facts: GoldFact[];
  hasFacts: boolean;
  /**
   * The set's own dossier.yaml (another negotiation: its stances use these
   * issue ids), or null/absent when the set uses the bundled dossier's issues.
   */
  dossier?: DossierTopic | null;
  /** The file `dossier` was read from. */
  dossierFile?: string | null;
}

/** The file a set about another negotiation names its issues in. */
export const SET_DOSSIER_FILE = "dossier.yaml";

export class GoldSetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join("; ")}`);
    this.name = "GoldSetError";
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : `.${String(part)}`;
  return out.replace(/^\./, "") || "(top level)";
}

/** Parses one JSON file against a schema; refuses it with the file and the failing paths. */
function parseFile<T>(file: string, content: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    throw new GoldSetError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new GoldSetError(
      file,
      result.error.issues.slice(0, 5).map((i) => `${pathOf(i.path)}: ${i.message}`),
    );
  }
  return result.data;
}

async function readRequired(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new GoldSetError(file, [`cannot read ${what}`]);
  }
}

async function readArticles(dir: string): Promise<GoldArticle[]> {
  const folder = join(dir, "articles");
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith(".json")).sort();
  } catch {
    throw new GoldSetError(folder, [
      "no articles/ folder, so there are no reports to evaluate (a set needs articles/*.json, one annotated report each)",
    ]);
  }
  if (names.length === 0)
    throw new GoldSetError(folder, [
      "no article .json files, so there are no reports to evaluate (the folder is empty)",
    ]);
  const articles: GoldArticle[] = [];
  for (const name of names) {
    const file = join(folder, name);
    const parsed = parseFile(file, await readRequired(file, "the article"), articleSchema);
    articles.push({ ...parsed, file });
  }
  return articles;
}

/** Cross-file checks: ids that must exist, unique article ids. */
export function checkReferences(set: Omit<GoldSet, "name" | "dir" | "hasFacts">, dir: string) {
  const actorIds = new Set(set.actors.map((a) => a.id));
  const articleIds = new Set<string>();
  for (const a of set.articles) {
    if (articleIds.has(a.id)) throw new GoldSetError(a.file, [`article id ${a.id} is used twice`]);
    articleIds.add(a.id);
  }
  for (const a of set.articles) {
    const problems: string[] = [];
    a.gold.quotes.forEach((q, i) => {
      if (!actorIds.has(q.speaker)) problems.push(`gold.quotes[${i}].speaker: unknown actor`);
    });
    a.gold.stances.forEach((s, i) => {
      if (!actorIds.has(s.actor)) problems.push(`gold.stances[${i}].actor: unknown actor`);
    });
    if (a.syndicated_from !== null && !articleIds.has(a.syndicated_from))
      problems.push(`syndicated_from: unknown article ${a.syndicated_from}`);
    if (problems.length) throw new GoldSetError(a.file, problems);
  }
  const factsFile = join(dir, "facts.json");
  set.facts.forEach((f, i) => {
    const named = [...f.variants.flatMap((v) => v.articles), ...f.evidence.map((e) => e.article)];
    const unknown = named.filter((id) => !articleIds.has(id));
    if (unknown.length)
      throw new GoldSetError(factsFile, [`[${i}] (${f.id}): unknown article ${unknown[0]}`]);
  });
}

/** Reads and checks a whole set; facts.json may be absent. */
export async function readGoldSet(folder: string): Promise<GoldSet> {
  const dir = resolve(folder);
  const actorsFile = join(dir, "actors.json");
  const actors = parseFile(
    actorsFile,
    await readRequired(actorsFile, "the actors (actors.json)"),
    z.array(actorSchema).min(1),
  );
  const articles = await readArticles(dir);
  const factsFile = join(dir, "facts.json");
  let facts: GoldFact[] = [];
  let hasFacts = false;
  const factsText = await readFile(factsFile, "utf8").catch(() => null);
  if (factsText !== null) {
    facts = parseFile(factsFile, factsText, z.array(factSchema));
    hasFacts = true;
  }
  checkReferences({ actors, articles, facts }, dir);
  const dossierFile = join(dir, SET_DOSSIER_FILE);
  const dossier = existsSync(dossierFile) ? await loadDossierTopic(dossierFile) : null;
  return {
    name: basename(dir),
    dir,
    actors,
    articles,
    facts,
    hasFacts,
    dossier,
    dossierFile: dossier ? dossierFile : null,
  };
}
