/**
 * A text as a one-byte string when every character fits in one (Latin-1).
 *
 * V8 keeps a string either one byte or two bytes per character. A text can
 * arrive as two-byte although all its characters are Latin-1 (the generated
 * reports do, and so can any string built from a two-byte one), and the
 * extractor's regexes with lookbehinds scan such a string about three times
 * slower. The copy holds the same characters at the same offsets, so every
 * span and every output stays the same; a text with any wider character
 * (curly quotes, dashes) is left as it is.
 */

const WIDE_CHAR = /[^\0-\xff]/;

export function oneByteText(text: string): string {
  return WIDE_CHAR.test(text) ? text : Buffer.from(text, "latin1").toString("latin1");
}
