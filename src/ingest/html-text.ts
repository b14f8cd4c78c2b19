/**
 * The readable text of an HTML element: block elements (paragraphs, headings,
 * list items, quotes) become paragraphs separated by a blank line, inline
 * whitespace collapses to single spaces, <br> keeps a line break.
 */

/** The part of the DOM Node interface this walk needs (linkedom's nodes satisfy it). */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}

const ELEMENT = 1;
const TEXT = 3;

const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);
/** Stands for <br> while source whitespace (newlines included) collapses to spaces. */
const LINE_BREAK = "\ue000";
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "FORM"]);

export function blockText(root: TextNode): string[] {
  const paragraphs: string[] = [];
  let run = "";
  const flush = () => {
    const text = run
      .split(LINE_BREAK)
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n");
    if (text !== "") paragraphs.push(text);
    run = "";
  };
  const walk = (node: TextNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT) {
        run += child.textContent ?? "";
      } else if (child.nodeType === ELEMENT) {
        const name = child.nodeName.toUpperCase();
        if (SKIPPED.has(name)) continue;
        if (name === "BR") run += LINE_BREAK;
        else if (BLOCKS.has(name)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs;
}
