/**
 * What a reader makes of an input before ingest checks it: the fields as the
 * input gave them, or the reason a part of the input could not be read.
 */
import type { Source, SourceKind } from "../model/index.js";

export interface RawReport {
  /** The file path, with ":line" for a JSON Lines record. */
  origin: string;
  /** A source id or name as written in the input. */
  source: string | null;
  /** A full source record carried by the input itself (the gold format's `source` object). */
  declaredSource: Source | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  /** As found; parsed and checked later. */
  published: unknown;
  text: string;
  language: string | null;
  externalId: string | null;
  /** The input had no text but its headline, which stands as the text. */
  headlineOnly?: boolean;
  /**
   * The date to take when the input gives none that can be read, and what it is
   * (a file's modification time, the time of fetching); the report is then marked.
   */
  fallbackDate?: { at: string; from: string };
}

export type ReadItem =
  | { ok: true; raw: RawReport }
  /** stage: where it failed (fetch, parse); "ingest" when not given. */
  | { ok: false; origin: string; reason: string; stage?: string; sourceId?: string | null };

/** Reads one file's decoded content; origin is the file path. */
export type Reader = (content: string, origin: string) => ReadItem[];

type Fields = Record<string, unknown>;

const SOURCE_KINDS: readonly SourceKind[] = ["outlet", "wire", "analysis"];

export function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function firstString(fields: Fields, names: string[]): string | null {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number") return String(value);
    if (Array.isArray(value) && value.every((v) => typeof v === "string") && value.length > 0) {
      return value.join(", ");
    }
  }
  return null;
}

function firstPresent(fields: Fields, names: string[]): unknown {
  for (const name of names) {
    if (fields[name] !== undefined && fields[name] !== null && fields[name] !== "") {
      return fields[name];
    }
  }
  return undefined;
}

/** A source object given inline; owner, country and kind fall back to plain defaults. */
function declaredSource(value: unknown): Source | null {
  if (!isRecord(value)) return null;
  const id = firstString(value, ["id"]);
  const name = firstString(value, ["name"]) ?? id;
  if (id === null || name === null) return null;
  const kind = SOURCE_KINDS.find((k) => k === value.kind) ?? "outlet";
  return {
    id,
    name,
    owner: firstString(value, ["owner"]) ?? name,
    country: firstString(value, ["country"]) ?? "",
    kind,
  };
}

/**
 * The report fields of a JSON object or front matter. Common alternative names
 * (date, author, body) are accepted; unknown fields such as `gold` are ignored.
 */
export function rawFromFields(fields: Fields, text: unknown, origin: string): ReadItem {
  if (typeof text !== "string") {
    return { ok: false, origin, reason: "not a report: no 'text' field with the report body" };
  }
  const declared = declaredSource(fields.source);
  return {
    ok: true,
    raw: {
      origin,
      source: declared?.id ?? firstString(fields, ["source", "source_id", "sourceId", "outlet"]),
      declaredSource: declared,
      url: firstString(fields, ["url", "link", "canonical_url"]),
      title: firstString(fields, ["title", "headline"]),
      byline: firstString(fields, ["byline", "author", "authors"]),
      published: firstPresent(fields, [
        "published",
        "published_at",
        "publishedAt",
        "datePublished",
        "date",
      ]),
      text,
      language: firstString(fields, ["language", "lang"]),
      externalId: firstString(fields, ["id", "external_id", "externalId"]),
    },
  };
}

/** A JSON value that should be one report object. */
export function rawFromJsonValue(value: unknown, origin: string): ReadItem {
  if (!isRecord(value)) {
    return {
      ok: false,
      origin,
      reason: "not a report: expected a JSON object with a 'text' field",
    };
  }
  return rawFromFields(value, firstPresent(value, ["text", "body", "content"]), origin);
}
