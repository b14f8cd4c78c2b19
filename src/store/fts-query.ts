/**
 * Turns a user's search words into a safe FTS5 query. Every term is quoted, so
 * FTS5 operators and punctuation in user input ("NATO AND (") can never cause a
 * syntax error; "quoted phrases" stay phrases and a bare OR between terms is kept.
 * Shared by every backend that offers full-text search.
 */

/** Letters and digits runs: the same notion of a word the FTS tokenizer uses. */
const WORD = /[\p{L}\p{N}]+/gu;

interface Part {
  kind: "term" | "or";
  words: string[];
}

/** The FTS5 MATCH expression for a user query, or null when it holds no searchable word. */
export function toFtsQuery(query: string): string | null {
  const parts = splitQuery(query);
  const out: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (part.kind === "or") {
      const before = out.length > 0 && out[out.length - 1] !== "OR";
      const after = parts.slice(i + 1).some((p) => p.kind === "term");
      if (before && after) out.push("OR");
      continue;
    }
    out.push(`"${part.words.join(" ")}"`);
  }
  if (out[out.length - 1] === "OR") out.pop();
  return out.length > 0 ? out.join(" ") : null;
}

/** Splits a query into phrases in double quotes, single words, and OR operators. */
function splitQuery(query: string): Part[] {
  const parts: Part[] = [];
  const segments = query.split('"');
  for (const [i, segment] of segments.entries()) {
    const words = segment.match(WORD) ?? [];
    // Odd segments sit between a pair of quotes; an unclosed quote is read as plain words.
    const quoted = i % 2 === 1 && i < segments.length - 1;
    if (quoted) {
      if (words.length > 0) parts.push({ kind: "term", words });
      continue;
    }
    for (const word of words) {
      if (word === "OR") parts.push({ kind: "or", words: [] });
      // Uppercase AND is the implicit operator already; NOT is dropped rather than half-honoured.
      else if (word !== "AND" && word !== "NOT") parts.push({ kind: "term", words: [word] });
    }
  }
  return parts;
}
