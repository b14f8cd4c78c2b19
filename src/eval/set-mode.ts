/**
 * The gold-set mode: `npm run eval -- <set-folder>`. Reads the set, builds its
 * dossier, runs the real pipeline on its reports, writes the predictions when
 * asked and scores them against the gold.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDossier } from "../dossier/index.js";
import { EXTRACTOR_VERSION } from "../extract/index.js";
import type { Dossier, Issue, Place } from "../model/index.js";
import { dossierFromSet, dossierFromSetTopic } from "./dossier-from-set.js";
import { type GoldSet, readGoldSet } from "./gold.js";
import type { EvalMode, ModeOptions, ModeResult } from "./mode.js";
import { type Predictions, predictionsOf } from "./predictions.js";
import { flatScores, renderTable, type SetScores, writeJson } from "./report.js";
import { runPipeline } from "./run-pipeline.js";
import { scoreDates } from "./score-dates.js";
import { scoreFacts } from "./score-facts.js";
import { scoreQuantities } from "./score-quantities.js";
import { scoreQuotes } from "./score-quotes.js";
import { scoreStances } from "./score-stances.js";
import { scoreSyndication } from "./score-syndication.js";
import { scoreTracking } from "./score-tracking.js";

/** The bundled dossier, two folders up from src/eval or dist/eval. */
export const BUNDLED_DOSSIER = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../dossiers/ukraine-peace-2025.yaml",
);

/** Every score of a set against predictions in the gold format. */
export function scoreSet(set: GoldSet, predictions: Predictions): SetScores {
  return {
    quotes: scoreQuotes(set, predictions),
    quantities: scoreQuantities(set, predictions),
    dates: scoreDates(set, predictions),
    stances: scoreStances(set, predictions),
    facts: set.hasFacts ? scoreFacts(set, predictions) : null,
    syndication: scoreSyndication(set, predictions),
    tracking: scoreTracking(set, predictions),
  };
}

export async function issueVocabulary(
  file: string | undefined,
): Promise<{ issues: Issue[]; places: Place[]; from: string }> {
  const path = file ?? BUNDLED_DOSSIER;
  try {
    const dossier = await loadDossier(path);
    return { issues: dossier.issues, places: dossier.places ?? [], from: path };
  } catch (err) {
    // An explicitly named dossier must load; the bundled one is only a better default.
    if (file) throw err;
    return { issues: [], places: [], from: "issue ids of FORMAT.md (bundled dossier not found)" };
  }
}

/**
 * The dossier a set is run with: a dossier named with --dossier lends its issue
 * words and places; else the set's own dossier.yaml gives its issues, framework
 * and places; else the bundled dossier's issue words and places.
 */
export async function dossierForSet(
  set: GoldSet,
  file: string | undefined,
): Promise<{ dossier: Dossier; from: string }> {
  if (!file && set.dossier) {
    return {
      dossier: dossierFromSetTopic(set, set.dossier),
      from: set.dossierFile ?? "the set's dossier.yaml",
    };
  }
  const vocabulary = await issueVocabulary(file);
  return {
    dossier: dossierFromSet(set, vocabulary.issues, vocabulary.places),
    from: vocabulary.from,
  };
}

export async function evaluateSet(folder: string, options: ModeOptions): Promise<ModeResult> {
  const set = await readGoldSet(folder);
  const { dossier, from } = await dossierForSet(set, options.dossier);
  const run = await runPipeline(set, dossier);
  const predictions = predictionsOf(set, run);
  if (options.predictions) await writeJson(options.predictions, predictions);
  const scores = scoreSet(set, predictions);
  const flat = flatScores(scores);
  const title = `evaluation of ${set.name}: ${set.articles.length} reports, extractor version ${EXTRACTOR_VERSION}`;
  return {
    name: set.name,
    scores: flat,
    table: renderTable(title, scores),
    report: {
      set: set.dir,
      reports: set.articles.length,
      extractorVersion: EXTRACTOR_VERSION,
      issueVocabulary: from,
      quarantined: run.quarantined,
      scores: flat,
      details: scores,
    },
  };
}

export const setMode: EvalMode = {
  flag: null,
  usage: "<set-folder> [--predictions FILE] [--dossier FILE]",
  run: evaluateSet,
};
