/** Reads a .txt file: optional YAML front matter with the fields, the rest is the text. */
import { splitFrontMatter } from "./front-matter.js";
import { type ReadItem, rawFromFields } from "./raw-report.js";

export function readText(content: string, origin: string): ReadItem[] {
  const front = splitFrontMatter(content);
  if (!front.ok) return [{ ok: false, origin, reason: front.reason }];
  return [rawFromFields(front.fields, front.body, origin)];
}
