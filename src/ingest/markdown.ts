/**
 * Reads a .md file: optional YAML front matter with the fields; the body with
 * its Markdown syntax removed is the text. An opening heading is the title.
 */
import { splitFrontMatter } from "./front-matter.js";
import { stripMarkdown } from "./markdown-text.js";
import { type ReadItem, rawFromFields } from "./raw-report.js";

export function readMarkdown(content: string, origin: string): ReadItem[] {
  const front = splitFrontMatter(content);
  if (!front.ok) return [{ ok: false, origin, reason: front.reason }];
  const plain = stripMarkdown(front.body);
  const item = rawFromFields(front.fields, plain.text, origin);
  if (!item.ok || plain.leadingHeading === null) return [item];
  const raw = item.raw;
  if (raw.title === null) return [{ ok: true, raw: { ...raw, title: plain.leadingHeading } }];
  // A heading other than the given title (a subtitle) is part of the text.
  if (raw.title.toLowerCase() !== plain.leadingHeading.toLowerCase()) {
    const text = raw.text === "" ? plain.leadingHeading : `${plain.leadingHeading}\n\n${raw.text}`;
    return [{ ok: true, raw: { ...raw, text } }];
  }
  return [item];
}
