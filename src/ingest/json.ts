/**
 * Reads a .json file: one report object, an array of them, or a gold-format
 * article whose `source` is a full source record.
 */
import { type ReadItem, rawFromJsonValue } from "./raw-report.js";

export function readJson(content: string, origin: string): ReadItem[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return [{ ok: false, origin, reason: `invalid JSON: ${(error as Error).message}` }];
  }
  if (!Array.isArray(value)) return [rawFromJsonValue(value, origin)];
  if (value.length === 0) return [{ ok: false, origin, reason: "empty JSON array: no reports" }];
  const items = value.map((item) => rawFromJsonValue(item, origin));
  const refused = items.filter((item) => !item.ok);
  // A file of other records (a list of actors, of facts) is one refusal, not one per record.
  if (refused.length === items.length) {
    return [
      {
        ok: false,
        origin,
        reason: `no report among the ${items.length} items: ${refused[0]?.reason}`,
      },
    ];
  }
  // Items share the file as origin; a refused item says which one it was.
  return items.map((item, i) =>
    item.ok ? item : { ...item, reason: `item ${i + 1} of ${items.length}: ${item.reason}` },
  );
}
