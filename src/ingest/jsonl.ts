/** Reads a .jsonl file: one report object per line; a bad line is refused alone. */
import { type ReadItem, rawFromJsonValue } from "./raw-report.js";

export function readJsonLines(content: string, origin: string): ReadItem[] {
  const items: ReadItem[] = [];
  for (const [i, line] of content.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    const lineOrigin = `${origin}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      items.push({
        ok: false,
        origin: lineOrigin,
        reason: `invalid JSON on line ${i + 1}: ${(error as Error).message}`,
      });
      continue;
    }
    items.push(rawFromJsonValue(value, lineOrigin));
  }
  return items;
}
