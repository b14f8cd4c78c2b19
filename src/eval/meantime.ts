/**
 * `npm run eval -- --meantime <dir>`: MEANTIME (shared/corpora/meantime/SOURCE.md)
 * at token level, as its SOURCE.md says to score it:
 * - entity mentions: named mentions (NAM) of PER, ORG and LOC entities, exact
 *   token span and type, and a partial (overlap and type) score. Our extractor
 *   only knows the actors a dossier names, so general entity types come from
 *   compromise's people(), organizations() and places(): the measure of what a
 *   general recogniser adds for discovering actors a dossier lacks;
 * - numbers: our quantities against VALUE spans (MONEY, PERCENT, QUANTITY);
 * - dates: our times component against TIMEX3 extents and values, relative
 *   expressions resolved against each document's creation time.
 * Scores are reported as they are: no rule is fitted to this corpus.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import nlp from "compromise";
import { recogniseEntities } from "../extract/entities.js";
import { splitText } from "../extract/sentences.js";
import type { Quantity } from "../model/index.js";
import { matchOneToOne, type Prf, prf } from "./match.js";
import { type MeantimeDoc, type MeantimeMarkable, parseMeantime } from "./meantime-reader.js";
import type { EvalMode, ModeResult } from "./mode.js";
import { extractPlainText } from "./plain-text-extraction.js";
import { scoreTimexes, type TimexSpan } from "./timex-score.js";

async function xmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await xmlFiles(path)));
    else if (e.name.endsWith(".xml")) out.push(path);
  }
  return out.sort();
}

async function readCorpus(dir: string): Promise<MeantimeDoc[]> {
  // The corpus root holds the same articles twice; the intra-document files suffice.
  const inner = join(dir, "intra-doc_annotation");
  const root = await readdir(inner).then(
    () => inner,
    () => dir,
  );
  const files = await xmlFiles(root).catch(() => {
    throw new Error(`${dir}: not found`);
  });
  if (files.length === 0) throw new Error(`${dir}: no MEANTIME .xml files`);
  const docs: MeantimeDoc[] = [];
  for (const f of files)
    docs.push(parseMeantime(f.slice(root.length + 1), await readFile(f, "utf8")));
  return docs;
}

interface TokenSpan {
  first: number;
  last: number;
  type: string;
  text: string;
}

/** A character span as the indices of the tokens it covers, or null when it covers none. */
function tokenSpan(doc: MeantimeDoc, start: number, end: number, type: string): TokenSpan | null {
  const inside = doc.tokens.flatMap((t, i) => (t.start >= start && t.end <= end ? [i] : []));
  if (inside.length === 0) return null;
  return {
    first: inside[0]!,
    last: inside[inside.length - 1]!,
    type,
    text: doc.text.slice(start, end),
  };
}

function goldSpans(doc: MeantimeDoc, items: MeantimeMarkable[]): TokenSpan[] {
  const index = new Map(doc.tokens.map((t, i) => [t.id, i]));
  return items.flatMap((m) => {
    const ids = m.tokens.map((t) => index.get(t)).filter((i): i is number => i !== undefined);
    if (ids.length === 0) return [];
    const first = Math.min(...ids);
    const last = Math.max(...ids);
    return [
      {
        first,
        last,
        type: m.type,
        text: doc.tokens
          .slice(first, last + 1)
          .map((t) => t.text)
          .join(" "),
      },
    ];
  });
}

const ENTITY_KINDS = [
  ["PER", "people"],
  ["ORG", "organizations"],
  ["LOC", "places"],
] as const;

/** Our recogniser's named mentions: the phrase a name heads, names that only modify a noun left out. */
function recognisedEntities(doc: MeantimeDoc, extent: "phrase" | "name"): TokenSpan[] {
  const { tokens } = splitText(doc.text);
  return recogniseEntities(doc.text, tokens)
    .filter((e) => !e.modifier)
    .flatMap(
      (e) => tokenSpan(doc, extent === "phrase" ? e.phraseStart : e.start, e.end, e.type) ?? [],
    );
}

/** compromise's people(), organizations() and places(): the baseline the recogniser replaced. */
function compromiseEntities(doc: MeantimeDoc): TokenSpan[] {
  const parsed = nlp(doc.text);
  const out: TokenSpan[] = [];
  for (const [type, method] of ENTITY_KINDS) {
    const found = parsed[method]().json({ offset: true }) as Array<{
      offset: { start: number; length: number };
    }>;
    for (const f of found) {
      let start = f.offset.start;
      let end = start + f.offset.length;
      // compromise keeps trailing punctuation ("Washington,") in its spans.
      while (end > start && /[\s\p{P}]/u.test(doc.text[end - 1]!)) end--;
      while (start < end && /[\s\p{P}]/u.test(doc.text[start]!)) start++;
      const span = tokenSpan(doc, start, end, type);
      if (span) out.push(span);
    }
  }
  return out;
}

function quantityType(q: Quantity): string {
  if (q.unit === "percent") return "PERCENT";
  if (["dollar", "euro", "pound", "yen"].includes(q.unit)) return "MONEY";
  return "QUANTITY";
}

interface SpanScores {
  exact: Prf;
  partial: Prf;
  partialAnyType: Prf;
  misses: Array<TokenSpan & { doc: string }>;
  falseHits: Array<TokenSpan & { doc: string }>;
}

function scoreSpans(
  docs: Array<{ id: string; gold: TokenSpan[]; predicted: TokenSpan[] }>,
): SpanScores {
  const overlap = (a: TokenSpan, b: TokenSpan) => a.first <= b.last && b.first <= a.last;
  let exact = 0;
  let partial = 0;
  let anyType = 0;
  let gold = 0;
  let predicted = 0;
  const misses: SpanScores["misses"] = [];
  const falseHits: SpanScores["falseHits"] = [];
  for (const d of docs) {
    gold += d.gold.length;
    predicted += d.predicted.length;
    exact += matchOneToOne(d.gold, d.predicted, (g, p) =>
      g.first === p.first && g.last === p.last && g.type === p.type ? 1 : null,
    ).length;
    const pairs = matchOneToOne(d.gold, d.predicted, (g, p) =>
      overlap(g, p) && g.type === p.type ? 1 : null,
    );
    partial += pairs.length;
    anyType += matchOneToOne(d.gold, d.predicted, (g, p) => (overlap(g, p) ? 1 : null)).length;
    const hitGold = new Set(pairs.map(([i]) => i));
    const hitPred = new Set(pairs.map(([, j]) => j));
    misses.push(...d.gold.filter((_, i) => !hitGold.has(i)).map((g) => ({ ...g, doc: d.id })));
    falseHits.push(
      ...d.predicted.filter((_, j) => !hitPred.has(j)).map((p) => ({ ...p, doc: d.id })),
    );
  }
  return {
    exact: prf(exact, gold, predicted),
    partial: prf(partial, gold, predicted),
    partialAnyType: prf(anyType, gold, predicted),
    misses,
    falseHits,
  };
}

export async function evaluateMeantime(dir: string): Promise<ModeResult> {
  const docs = await readCorpus(dir);
  const entities: Array<{ id: string; gold: TokenSpan[]; predicted: TokenSpan[] }> = [];
  const names: typeof entities = [];
  const baseline: typeof entities = [];
  const numbers: typeof entities = [];
  const times: Array<{ gold: TimexSpan[]; predicted: TimexSpan[] }> = [];
  for (const doc of docs) {
    // The whole text is extracted (context matters); only the annotated part is scored.
    const x = extractPlainText(doc.id, doc.text, doc.dct ?? "2000-01-01");
    const judged = (start: number) => start < doc.annotatedEnd;
    const gold = goldSpans(doc, doc.entities).filter((g) => ["PER", "ORG", "LOC"].includes(g.type));
    const inJudged = (spans: TokenSpan[]) =>
      spans.filter((e) => judged(doc.tokens[e.first]!.start));
    entities.push({ id: doc.id, gold, predicted: inJudged(recognisedEntities(doc, "phrase")) });
    names.push({ id: doc.id, gold, predicted: inJudged(recognisedEntities(doc, "name")) });
    baseline.push({ id: doc.id, gold, predicted: inJudged(compromiseEntities(doc)) });
    numbers.push({
      id: doc.id,
      gold: goldSpans(doc, doc.values),
      predicted: x.quantities
        .filter((q) => judged(q.start))
        .flatMap((q) => tokenSpan(doc, q.start, q.end, quantityType(q)) ?? []),
    });
    const goldTimes = goldSpans(doc, doc.timexes).map((g, i) => ({
      start: doc.tokens[g.first]!.start,
      end: doc.tokens[g.last]!.end,
      value: doc.timexes[i]!.value ?? "",
      type: g.type,
      text: g.text,
      doc: doc.id,
    }));
    const predicted = x.times
      .filter((t) => judged(t.start))
      .map((t) => ({
        start: t.start,
        end: t.end,
        value: t.value,
        type: null,
        text: t.text,
        doc: doc.id,
      }));
    times.push({ gold: goldTimes, predicted });
  }
  const e = scoreSpans(entities);
  const eNames = scoreSpans(names);
  const eBaseline = scoreSpans(baseline);
  const byType = (type: string) =>
    scoreSpans(
      entities.map((d) => ({
        id: d.id,
        gold: d.gold.filter((g) => g.type === type),
        predicted: d.predicted.filter((p) => p.type === type),
      })),
    );
  const perType = Object.fromEntries(ENTITY_KINDS.map(([type]) => [type, byType(type)]));
  const n = scoreSpans(numbers);
  const t = scoreTimexes(times);
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const scores = {
    entity_f1: r(e.exact.f1),
    entity_precision: r(e.exact.precision),
    entity_recall: r(e.exact.recall),
    entity_partial_f1: r(e.partial.f1),
    entity_name_extent_f1: r(eNames.exact.f1),
    entity_compromise_f1: r(eBaseline.exact.f1),
    entity_compromise_partial_f1: r(eBaseline.partial.f1),
    ...Object.fromEntries(
      Object.entries(perType).flatMap(([type, s]) => [
        [`entity_${type}_f1`, r(s.exact.f1)],
        [`entity_${type}_partial_f1`, r(s.partial.f1)],
      ]),
    ),
    number_f1: r(n.exact.f1),
    number_partial_f1: r(n.partial.f1),
    number_partial_any_type_f1: r(n.partialAnyType.f1),
    timex_relaxed_f1: r(t.relaxed.f1),
    timex_strict_f1: r(t.strict.f1),
    timex_value_f1: r(t.valueF1.f1),
    timex_value_accuracy: r(t.valueAccuracy),
  };
  const line = (name: string, p: Prf) =>
    `${name.padEnd(34)} P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (gold ${p.gold}, found ${p.predicted})`;
  const table = [
    `MEANTIME: ${docs.length} documents`,
    line("entities PER/ORG/LOC, exact", e.exact),
    line("entities PER/ORG/LOC, overlap", e.partial),
    ...Object.entries(perType).flatMap(([type, s]) => [
      line(`  ${type}, exact`, s.exact),
      line(`  ${type}, overlap`, s.partial),
    ]),
    line("entities, name extent only, exact", eNames.exact),
    line("entities by compromise, exact", eBaseline.exact),
    line("entities by compromise, overlap", eBaseline.partial),
    line("numbers (VALUE), exact + type", n.exact),
    line("numbers (VALUE), overlap + type", n.partial),
    line("numbers (VALUE), overlap", n.partialAnyType),
    line("TIMEX3 extent, strict", t.strict),
    line("TIMEX3 extent, relaxed", t.relaxed),
    line("TIMEX3 value", t.valueF1),
    `TIMEX3 value accuracy over relaxed matches ${t.valueAccuracy.toFixed(3)}`,
    "(entities by our recogniser, scored on the noun phrase each name heads, as MEANTIME marks",
    " mentions; names that only modify a noun are MEANTIME's PRE.NAM and are not scored)",
  ].join("\n");
  return {
    name: "meantime",
    scores,
    table,
    report: {
      corpus: dir,
      scores,
      entities: e,
      entitiesByCompromise: eBaseline,
      numbers: n,
      timexes: t,
    },
  };
}

export const meantimeMode: EvalMode = {
  flag: "--meantime",
  usage: "<dir>   MEANTIME (entity mentions, numbers, TIMEX3 values)",
  run: (dir) => evaluateMeantime(dir),
};
