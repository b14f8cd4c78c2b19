/**
 * Markdown to plain text: headings, emphasis, links, images, code marks,
 * quotes and list markers are removed so the stored text reads as prose.
 * Soft-wrapped lines of a paragraph are joined; list items keep their lines.
 */

export interface PlainMarkdown {
  text: string;
  /** The heading the document opens with, taken out of the text (it is the title). */
  leadingHeading: string | null;
}

interface Line {
  text: string;
  /** Headings, list items and code lines stand alone; prose lines join their paragraph. */
  alone: boolean;
  heading: boolean;
}

const HR = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const ATX = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const REF_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

export function stripMarkdown(markdown: string): PlainMarkdown {
  const source = markdown.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?-->/g, "");
  const lines = classifyLines(source.split("\n"));
  const paragraphs = joinParagraphs(lines);
  const first = paragraphs[0];
  const leadingHeading = first?.heading ? first.text : null;
  const body = leadingHeading === null ? paragraphs : paragraphs.slice(1);
  return { text: body.map((p) => p.text).join("\n\n"), leadingHeading };
}

function classifyLines(raw: string[]): Line[] {
  const out: Line[] = [];
  let fence: string | null = null;
  for (const line of raw) {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fenceMark !== undefined && (fence === null || fenceMark.startsWith(fence))) {
      fence = fence === null ? fenceMark.slice(0, 3) : null;
      continue;
    }
    if (fence !== null) {
      out.push({ text: line, alone: true, heading: false });
      continue;
    }
    const previous = out[out.length - 1];
    if (SETEXT.test(line) && previous && previous.text.trim() !== "" && !previous.alone) {
      previous.heading = true;
      previous.alone = true;
      continue;
    }
    out.push(classifyLine(line));
  }
  return out;
}

function classifyLine(line: string): Line {
  if (HR.test(line) || REF_DEFINITION.test(line)) return { text: "", alone: false, heading: false };
  const unquoted = line.replace(/^(?:\s{0,3}>\s?)+/, "");
  const atx = ATX.exec(unquoted);
  if (atx) return { text: inline(atx[1] ?? ""), alone: true, heading: true };
  if (LIST_ITEM.test(unquoted)) {
    return { text: inline(unquoted.replace(LIST_ITEM, "")), alone: true, heading: false };
  }
  return { text: inline(unquoted.trim()), alone: false, heading: false };
}

/** Paragraphs are separated by blank lines; headings always end one. */
function joinParagraphs(lines: Line[]): { text: string; heading: boolean }[] {
  const paragraphs: { text: string; heading: boolean }[] = [];
  let current: string[] = [];
  let joinNext = false;
  const flush = () => {
    const text = current.join("").trim();
    if (text !== "") paragraphs.push({ text, heading: false });
    current = [];
    joinNext = false;
  };
  for (const line of lines) {
    if (line.text.trim() === "") {
      flush();
    } else if (line.heading) {
      flush();
      paragraphs.push({ text: line.text.trim(), heading: true });
    } else {
      if (current.length > 0) current.push(joinNext && !line.alone ? " " : "\n");
      current.push(line.text);
      joinNext = !line.alone;
    }
  }
  flush();
  return paragraphs;
}

/** Private-use stand-ins keep backslash-escaped characters away from the inline rules. */
const ESCAPABLE = "\\`*_{}[]()#+-.!>~|";
const STAND_IN_BASE = 0xe000;

function inline(text: string): string {
  let out = text.replace(/\\(.)/g, (whole, ch: string) => {
    const i = ESCAPABLE.indexOf(ch);
    return i < 0 ? whole : String.fromCharCode(STAND_IN_BASE + i);
  });
  out = out
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/(`+)(.+?)\1/g, "$2")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, "$1")
    .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, "$1")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1");
  return out.replace(/[\ue000-\ue0ff]/g, (ch) => ESCAPABLE[ch.charCodeAt(0) - STAND_IN_BASE] ?? ch);
}
