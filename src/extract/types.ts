/**
 * The working document extraction components share. Each component reads the
 * layers filled before it and fills its own; the order lives in index.ts.
 */
import type { Dossier, ExtractedReport } from "../model/index.js";

/** A token of the report text as the NLP library saw it, with offsets into Report.text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp: NOUN, PROPN, VERB, NUM, PRON, ... */
  pos: string;
  /** Lower-cased normal form (wink's normal). */
  normal: string;
  /** Index of the sentence the token sits in. */
  sentence: number;
}

export interface WorkingDoc extends ExtractedReport {
  tokens: Token[];
}

/** Built once per dossier and shared by every report: compiled matchers, lookup tables. */
export interface ExtractContext {
  dossier: Dossier;
}

export interface Component {
  name: string;
  run(doc: WorkingDoc, ctx: ExtractContext): void;
}
