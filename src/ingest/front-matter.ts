/**
 * YAML front matter: a block between two `---` lines at the very top of a
 * Markdown or text file, holding the report's fields.
 */
import { parse } from "yaml";
import { isRecord } from "./raw-report.js";

export type FrontMatter =
  | { ok: true; fields: Record<string, unknown>; body: string }
  | { ok: false; reason: string };

const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(content: string): FrontMatter {
  const match = BLOCK.exec(content);
  if (!match) {
    if (/^\uFEFF?---[ \t]*\r?\n/.test(content)) {
      return { ok: false, reason: "invalid front matter: no closing '---' line" };
    }
    return { ok: true, fields: {}, body: content };
  }
  let fields: unknown;
  try {
    // Core schema: a bare 2025-12-28 stays a string, so the date parser sees what was written.
    fields = parse(match[1] ?? "", { schema: "core" });
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    return { ok: false, reason: `invalid front matter: ${message}` };
  }
  if (fields === null || fields === undefined) fields = {};
  if (!isRecord(fields)) {
    return { ok: false, reason: "invalid front matter: expected 'key: value' lines" };
  }
  return { ok: true, fields, body: content.slice(match[0].length) };
}
