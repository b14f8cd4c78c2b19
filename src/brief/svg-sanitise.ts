/**
 * Makes chart SVG safe to inline in the brief: only drawing elements and
 * presentation attributes survive (no script, no foreignObject, no links, no
 * event handlers, no style attributes the page's Content-Security-Policy
 * would refuse), and ids get a prefix so two charts on one page cannot clash.
 * Text is re-serialised by the DOM, so report text stays escaped.
 */
import { DOMParser } from "linkedom";

const ELEMENTS = new Set(
  "svg g path rect line polyline polygon circle ellipse text tspan title desc defs clippath lineargradient radialgradient stop".split(
    " ",
  ),
);

interface SvgNode {
  nodeType: number;
  tagName?: string;
  childNodes: ArrayLike<SvgNode>;
  attributes?: ArrayLike<{ name: string; value: string }>;
  removeAttribute?(name: string): void;
  setAttribute?(name: string, value: string): void;
  remove(): void;
}

function cleanAttributes(el: SvgNode, prefix: string): void {
  for (const { name, value } of Array.from(el.attributes ?? [])) {
    const lower = name.toLowerCase();
    const unsafe =
      lower.startsWith("on") ||
      lower === "style" ||
      lower.endsWith("href") ||
      /javascript:|data:/i.test(value) ||
      /url\(\s*[^#\s)]/i.test(value);
    if (unsafe) el.removeAttribute?.(name);
    else if (lower === "id") el.setAttribute?.(name, `${prefix}-${value}`);
    else if (/url\(#/.test(value))
      el.setAttribute?.(name, value.replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`));
  }
}

function walk(node: SvgNode, prefix: string): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 8) child.remove(); // comments
    if (child.nodeType !== 1) continue;
    if (!ELEMENTS.has(String(child.tagName).toLowerCase())) {
      child.remove();
      continue;
    }
    cleanAttributes(child, prefix);
    walk(child, prefix);
  }
}

/** The SVG with everything but drawing removed; throws when the input is no SVG. */
export function sanitiseSvg(svg: string, prefix: string): string {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as {
    documentElement: SvgNode & { toString(): string };
  };
  const root = doc.documentElement;
  if (!root || String(root.tagName).toLowerCase() !== "svg")
    throw new Error("chart: not an SVG document");
  cleanAttributes(root, prefix);
  walk(root, prefix);
  return root.toString();
}
