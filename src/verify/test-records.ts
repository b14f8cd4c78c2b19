/**
 * Builders of hand-made records for this folder's tests: each fills the fields
 * a test does not care about, so a test states only what it is about.
 */
import type {
  Actor,
  Claim,
  Quantity,
  QuantityBound,
  Report,
  Source,
  SourceKind,
  TimeExpression,
} from "../model/index.js";

export function source(id: string, owner: string, kind: SourceKind = "outlet"): Source {
  const name = id
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
  return { id, name, owner, country: "US", kind };
}

export function report(id: string, sourceId: string, published: string, text = ""): Report {
  return {
    id,
    sourceId,
    url: null,
    title: `Title of ${id}`,
    byline: null,
    published,
    text: text || `Body of ${id}.`,
    language: "en",
    contentHash: `hash-${id}`,
    origin: `test:${id}`,
  };
}

export function actor(id: string, name: string): Actor {
  return {
    id,
    name,
    kind: "person",
    aliases: [],
    titles: [],
    role: null,
    affiliation: null,
    gender: null,
  };
}

export function quantity(
  text: string,
  value: number | [number, number],
  unit: string,
  bound: QuantityBound = "exact",
): Quantity {
  return {
    text,
    value,
    unit,
    bound,
    approx: bound === "approx",
    start: 0,
    end: text.length,
    sentence: 0,
  };
}

export function day(
  value: string,
  granularity: TimeExpression["granularity"] = "day",
): TimeExpression {
  return { text: value, value, granularity, future: false, start: 0, end: 0, sentence: 0 };
}

let sentenceCounter = 0;

/** A claim in a report; `id` is `${reportId}:${sentence}:0` unless given. */
export function claim(
  reportId: string,
  fields: Partial<Claim> & Pick<Claim, "slot" | "terms">,
): Claim {
  const sentence = fields.sentence ?? sentenceCounter++;
  const text = fields.evidence?.text ?? `${fields.slot} in ${reportId}`;
  return {
    id: `${reportId}:${sentence}:0`,
    reportId,
    sentence,
    holderId: null,
    subject: "subject",
    predicate: fields.slot.split(":")[1] ?? "states",
    issue: fields.slot.split(":")[0] ?? "other",
    object: "",
    quantity: null,
    time: null,
    polarity: "affirm",
    evidence: { start: 0, end: text.length, text },
    ...fields,
  };
}
