/**
 * Reads a MEANTIME document (NewsReader CAT XML, shared/corpora/meantime/SOURCE.md):
 * tokens, then markables pointing at token ids. The text is rebuilt by joining
 * each sentence's tokens with spaces and sentences with line breaks, so every
 * token has character offsets the extractor's spans can be compared with.
 */

export interface MeantimeToken {
  id: string;
  sentence: number;
  text: string;
  start: number;
  end: number;
}

export interface MeantimeMarkable {
  /** Token ids, in order. */
  tokens: string[];
  type: string;
  value?: string;
}

export interface MeantimeDoc {
  id: string;
  text: string;
  tokens: MeantimeToken[];
  /** The document creation time (YYYY-MM-DD), or null when the file has none. */
  dct: string | null;
  /** Named entity mentions (syntactic type NAM) with the type of the entity they refer to. */
  entities: MeantimeMarkable[];
  values: MeantimeMarkable[];
  /** TIMEX3 in the text, the creation time left out. */
  timexes: MeantimeMarkable[];
  /**
   * Offset where the annotated part of the text ends: MEANTIME annotates the
   * title and first sentences only, so findings after it cannot be judged.
   */
  annotatedEnd: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? "";

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(\w+);/g, (m, e: string) => XML_ENTITIES[e] ?? m);

function readTokens(xml: string): { text: string; tokens: MeantimeToken[] } {
  const tokens: MeantimeToken[] = [];
  let text = "";
  let sentence = -1;
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const s = Number(attr(m[1]!, "sentence"));
    if (tokens.length > 0) text += s === sentence ? " " : "\n";
    sentence = s;
    const word = decode(m[2]!);
    tokens.push({
      id: attr(m[1]!, "t_id"),
      sentence: s,
      text: word,
      start: text.length,
      end: text.length + word.length,
    });
    text += word;
  }
  return { text, tokens };
}

/** Every element `name` with its opening tag and its token anchors. */
function markables(xml: string, name: string): Array<{ tag: string; tokens: string[] }> {
  const out: Array<{ tag: string; tokens: string[] }> = [];
  const re = new RegExp(`<${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${name}>)`, "g");
  for (const m of xml.matchAll(re)) {
    const anchors = [...(m[2] ?? "").matchAll(/<token_anchor t_id="([^"]+)"/g)].map((a) => a[1]!);
    out.push({ tag: m[1]!, tokens: anchors });
  }
  return out;
}

export function parseMeantime(id: string, xml: string): MeantimeDoc {
  const { text, tokens } = readTokens(xml);
  if (tokens.length === 0) throw new Error(`${id}: no tokens (not a MEANTIME CAT file)`);
  const entityType = new Map<string, string>();
  for (const e of markables(xml, "ENTITY"))
    entityType.set(attr(e.tag, "m_id"), attr(e.tag, "ent_type"));
  const refersTo = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO\b[^>]*>\s*([\s\S]*?)<\/REFERS_TO>/g)) {
    const targets = [...m[1]!.matchAll(/<target m_id="([^"]+)"/g)].map((t) => t[1]!);
    for (const s of m[1]!.matchAll(/<source m_id="([^"]+)"/g)) {
      const type = targets.map((t) => entityType.get(t)).find(Boolean);
      if (type) refersTo.set(s[1]!, type);
    }
  }
  const entities = markables(xml, "ENTITY_MENTION")
    .filter((m) => attr(m.tag, "syntactic_type") === "NAM" && m.tokens.length > 0)
    .flatMap((m) => {
      const type = refersTo.get(attr(m.tag, "m_id"));
      return type ? [{ tokens: m.tokens, type }] : [];
    });
  const values = markables(xml, "VALUE")
    .filter((m) => m.tokens.length > 0)
    .map((m) => ({ tokens: m.tokens, type: attr(m.tag, "type") }));
  let dct: string | null = null;
  const timexes: MeantimeMarkable[] = [];
  for (const m of markables(xml, "TIMEX3")) {
    if (attr(m.tag, "functionInDocument") === "CREATION_TIME") {
      dct = attr(m.tag, "value").slice(0, 10) || null;
      continue;
    }
    if (m.tokens.length > 0)
      timexes.push({ tokens: m.tokens, type: attr(m.tag, "type"), value: attr(m.tag, "value") });
  }
  return {
    id,
    text,
    tokens,
    dct,
    entities,
    values,
    timexes,
    annotatedEnd: annotatedEnd(xml, tokens),
  };
}

/** The end of the last sentence any markable points into. */
function annotatedEnd(xml: string, tokens: MeantimeToken[]): number {
  const markup = xml.slice(Math.max(0, xml.indexOf("<Markables")));
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  let last = -1;
  for (const m of markup.matchAll(/<token_anchor t_id="([^"]+)"/g)) {
    last = Math.max(last, sentenceOf.get(m[1]!) ?? -1);
  }
  const inLast = tokens.filter((t) => t.sentence <= last);
  return inLast.length ? inLast[inLast.length - 1]!.end : 0;
}
