/**
 * What every evaluation mode (a gold set, MEANTIME, TempEval-3, …) takes and
 * gives back, so main.ts can run any of them the same way: print the table,
 * write the JSON report, check the thresholds.
 */

export interface ModeOptions {
  /** Where to write the predictions in the gold format (gold-set mode only). */
  predictions?: string | undefined;
  /**
   * A dossier whose issue vocabulary and places to use (gold-set mode); by default the
   * set's own dossier.yaml when it has one, else the bundled dossier.
   */
  dossier?: string | undefined;
}

export interface ModeResult {
  /** Names the default report file: out/eval/<name>.json. */
  name: string;
  /** Flat scores by the names `--min` / `--max` use. */
  scores: Record<string, number>;
  /** What is printed for a person. */
  table: string;
  /** The full JSON report, with every miss and false hit. */
  report: unknown;
}

export interface EvalMode {
  /** The flag that selects the mode ("--meantime"), or null for the positional gold set. */
  flag: string | null;
  /** One usage line: the arguments after `npm run eval --`. */
  usage: string;
  run(target: string, options: ModeOptions): Promise<ModeResult>;
}
