/**
 * Bytes of a fetched or saved feed or page into text. The charset comes from,
 * in order: a byte-order mark, the HTTP Content-Type, the document's own
 * declaration (<?xml encoding>, <meta charset>; but bytes that are valid UTF-8
 * beyond ASCII are UTF-8, as a page saved again keeps its old declaration),
 * else detection: valid UTF-8
 * is UTF-8, anything else is guessed by chardet. Decoding uses the WHATWG
 * decoders built into Node. UTF-8 with invalid bytes is decoded with U+FFFD in
 * their place and a warning, so one bad byte never loses a whole feed.
 */
import chardet from "chardet";

export interface DecodedDocument {
  text: string;
  /** The WHATWG name of the charset used, e.g. "utf-8", "windows-1252". */
  charset: string;
  /** Where the charset came from. */
  from: "bom" | "header" | "declaration" | "detected" | "default";
  warnings: string[];
}

const SNIFF_BYTES = 2048;

export function decodeDocument(bytes: Uint8Array, contentType?: string | null): DecodedDocument {
  const warnings: string[] = [];
  const bom = charsetFromBom(bytes);
  if (bom) return decodeAs(bytes, bom, "bom", warnings);
  for (const [label, from] of [
    [charsetFromContentType(contentType), "header"],
    [charsetFromDeclaration(bytes), "declaration"],
  ] as const) {
    if (!label) continue;
    const name = whatwgName(label);
    // A declaration read as ASCII cannot be UTF-16 (the BOM and zero-byte checks catch that).
    if (name?.startsWith("utf-16") && from === "declaration")
      return decodeAs(bytes, "utf-8", from, warnings);
    // A page saved again as UTF-8 keeps its old declaration ("gb2312"): bytes that are
    // valid UTF-8 with characters beyond ASCII are UTF-8 whatever the page declares.
    if (
      name &&
      name !== "utf-8" &&
      from === "declaration" &&
      hasNonAscii(bytes) &&
      isValidUtf8(bytes)
    ) {
      warnings.push(`declared '${label}' but the bytes are UTF-8; read as UTF-8`);
      return decodeAs(bytes, "utf-8", "detected", warnings);
    }
    if (name) return decodeAs(bytes, name, from, warnings);
    warnings.push(`unknown charset '${label}' in the ${from}; detected instead`);
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeAs(bytes, utf16, "detected", warnings);
  if (isValidUtf8(bytes)) return decodeAs(bytes, "utf-8", "default", warnings);
  const guess = whatwgName(chardet.detect(bytes) ?? "") ?? "windows-1252";
  return decodeAs(bytes, guess === "utf-8" ? "windows-1252" : guess, "detected", warnings);
}

function decodeAs(
  bytes: Uint8Array,
  charset: string,
  from: DecodedDocument["from"],
  warnings: string[],
): DecodedDocument {
  if (charset === "utf-8" && !isValidUtf8(bytes))
    warnings.push("invalid UTF-8 bytes (replaced with U+FFFD)");
  const text = new TextDecoder(charset).decode(bytes).replace(/^\uFEFF/, "");
  return { text, charset, from, warnings };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/** "<?" or "<" followed by a zero byte (or the reverse): UTF-16 without a mark. */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return "utf-16be";
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return "utf-16le";
  return null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "");
  return match?.[1] ?? null;
}

/** The charset the document declares in its first bytes (read as ASCII). */
function charsetFromDeclaration(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/** The WHATWG decoder name for a label, or null when Node has no decoder for it. */
export function whatwgName(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}
