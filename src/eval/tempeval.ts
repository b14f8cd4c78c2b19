/**
 * `npm run eval -- --tempeval <dir>`: our times component against the TIMEX3
 * values of TempEval-3 platinum (shared/corpora/temporal/SOURCE.md). The text
 * is the <TEXT> element with its tags stripped; each document's creation time
 * (DCT) is the publication date relative expressions resolve against. Scores
 * are reported as they are: no rule is fitted to this corpus.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { EvalMode, ModeResult } from "./mode.js";
import { extractPlainText } from "./plain-text-extraction.js";
import { scoreTimexes, type TimexSpan } from "./timex-score.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export interface TimeMLDoc {
  id: string;
  dct: string;
  text: string;
  timexes: TimexSpan[];
}

/** Strips the tags of a <TEXT> body, keeping the TIMEX3 elements as spans of the stripped text. */
export function parseTimeML(id: string, xml: string): TimeMLDoc {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"/.exec(xml)?.[1];
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (!dct || body === undefined) throw new Error(`${id}: no DCT or no <TEXT> element`);
  let text = "";
  const timexes: TimexSpan[] = [];
  const open: Array<{ start: number; value: string; type: string }> = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(\w+);|([^<&]+)|&/g;
  for (const m of body.matchAll(re)) {
    if (m[2]) {
      if (m[2] !== "TIMEX3") continue;
      if (m[1]) {
        const t = open.pop();
        if (t) timexes.push({ ...t, end: text.length, text: text.slice(t.start), doc: id });
      } else {
        const attr = (name: string) =>
          new RegExp(`\\b${name}="([^"]*)"`).exec(m[3] ?? "")?.[1] ?? "";
        open.push({ start: text.length, value: attr("value"), type: attr("type") });
      }
    } else if (m[4]) text += ENTITIES[m[4]] ?? m[0];
    else text += m[5] ?? m[0];
  }
  return { id, dct, text, timexes };
}

async function readCorpus(dir: string): Promise<TimeMLDoc[]> {
  // Accept the corpus root, the tempeval3 folder or the platinum folder itself.
  const candidates = [dir, join(dir, "te3-platinum"), join(dir, "tempeval3", "te3-platinum")];
  for (const folder of candidates) {
    const names = await readdir(folder).catch(() => [] as string[]);
    const tml = names.filter((n) => n.endsWith(".tml")).sort();
    if (tml.length === 0) continue;
    const docs: TimeMLDoc[] = [];
    for (const name of tml) {
      docs.push(
        parseTimeML(name.replace(/\.tml$/, ""), await readFile(join(folder, name), "utf8")),
      );
    }
    return docs;
  }
  const exists = await stat(dir).then(
    () => true,
    () => false,
  );
  throw new Error(
    `${dir}: ${exists ? "no .tml files (expected TempEval-3 te3-platinum)" : "not found"}`,
  );
}

export async function evaluateTempEval(dir: string): Promise<ModeResult> {
  const docs = await readCorpus(dir);
  const scored = docs.map((d) => {
    const x = extractPlainText(d.id, d.text, d.dct);
    const predicted: TimexSpan[] = x.times.map((t) => ({
      start: t.start,
      end: t.end,
      value: t.value,
      type: null,
      text: t.text,
      doc: d.id,
    }));
    return { gold: d.timexes, predicted };
  });
  const s = scoreTimexes(scored);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const scores = {
    timex_strict_f1: r(s.strict.f1),
    timex_relaxed_precision: r(s.relaxed.precision),
    timex_relaxed_recall: r(s.relaxed.recall),
    timex_relaxed_f1: r(s.relaxed.f1),
    timex_value_f1: r(s.valueF1.f1),
    timex_value_accuracy: r(s.valueAccuracy),
    timex_date_recall: r(s.dateRecall),
  };
  const table = [
    `TempEval-3 platinum: ${docs.length} documents, ${s.relaxed.gold} TIMEX3 (DCT excluded), ${s.relaxed.predicted} found`,
    `extent strict  P ${s.strict.precision.toFixed(3)}  R ${s.strict.recall.toFixed(3)}  F1 ${s.strict.f1.toFixed(3)}`,
    `extent relaxed P ${s.relaxed.precision.toFixed(3)}  R ${s.relaxed.recall.toFixed(3)}  F1 ${s.relaxed.f1.toFixed(3)}`,
    `value F1 ${s.valueF1.f1.toFixed(3)}; value accuracy over relaxed matches ${s.valueAccuracy.toFixed(3)}; recall of DATE timexes ${s.dateRecall.toFixed(3)}`,
    "(the times component finds dates; durations, times of day and sets are not its job and count as misses)",
  ].join("\n");
  return { name: "tempeval3-platinum", scores, table, report: { corpus: dir, scores, details: s } };
}

export const tempevalMode: EvalMode = {
  flag: "--tempeval",
  usage: "<dir>   TempEval-3 platinum (TIMEX3 extents and values)",
  run: (dir) => evaluateTempEval(dir),
};
