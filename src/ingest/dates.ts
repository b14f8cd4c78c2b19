/**
 * Publication dates as stored: ISO 8601 in UTC to the second
 * ("2025-12-28T23:40:00Z"). A date without a time is midnight UTC, and a time
 * without a zone is read as UTC, so the result never depends on the machine.
 */

export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: string };

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/i;
/** A zone at the end: Z, UTC/GMT/UT, an offset, or an RFC 822 North American zone (feeds use them). */
const HAS_ZONE = /(?:\b(?:Z|UTC?|GMT|[ECMP][SD]T)|[+-]\d{2}:?\d{2})\s*$/i;

export function toIsoUtc(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, "Z");
}

/** Reads a publication date from what an input gave: a string, a number (epoch ms) or a Date. */
export function parsePublished(value: unknown): ParsedDate {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? unparseable(String(value)) : ok(value);
  }
  if (typeof value === "number") return ok(new Date(value));
  if (typeof value !== "string") return unparseable(JSON.stringify(value) ?? String(value));
  const text = value.trim();
  return parseIso(text) ?? parseWritten(text) ?? unparseable(text);
}

function ok(date: Date): ParsedDate {
  return Number.isNaN(date.getTime())
    ? unparseable(String(date))
    : { ok: true, iso: toIsoUtc(date) };
}

function unparseable(text: string): ParsedDate {
  return {
    ok: false,
    reason: `unparseable publication date '${text}' (expected ISO 8601, e.g. 2025-12-28 or 2025-12-28T23:40:00Z)`,
  };
}

/** ISO forms, checked field by field so 2025-02-30 is refused instead of rolled over. */
function parseIso(text: string): ParsedDate | null {
  const bare = BARE_DATE.exec(text);
  const full = bare ? null : ISO_DATE_TIME.exec(text);
  const m = bare ?? full;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = full ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] : [0, 0, 0];
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const valid =
    local.getUTCFullYear() === year &&
    local.getUTCMonth() === month - 1 &&
    local.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!valid) return unparseable(text);
  const zone = full?.[8];
  return ok(new Date(local.getTime() - zoneOffsetMs(zone)));
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === "Z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return (m[1] === "-" ? -1 : 1) * minutes * 60_000;
}

/** A month name with a day and a year, or a numeric day/month/year: a whole calendar day. */
const WRITTEN_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b[^\n]*\b\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b/i;

/**
 * Written dates ("28 December 2025 14:05", "Sun, 28 Dec 2025 23:40:00 GMT").
 * A month and a four-digit year are required, and a day, so stray numbers and
 * bare months are never taken for a publication day.
 */
function parseWritten(text: string): ParsedDate | null {
  if (!WRITTEN_DAY.test(text) || !/(?:^|\D)\d{1,2}(?:\D|$)/.test(text)) return null;
  const candidates = HAS_ZONE.test(text) ? [text] : [`${text} UTC`, text];
  for (const candidate of candidates) {
    const time = Date.parse(candidate);
    if (!Number.isNaN(time)) return ok(new Date(time));
  }
  return null;
}
