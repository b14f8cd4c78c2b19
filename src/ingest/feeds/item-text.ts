/**
 * The text of a feed item: its full body when the feed carries one
 * (content:encoded, Atom content, JSON Feed content), else its summary; HTML
 * becomes paragraphs the same way a page's article does.
 */
import { parseHTML } from "linkedom";
import { blockText, type TextNode } from "../html-text.js";
import type { FeedItem } from "./types.js";

export function htmlToParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body ? blockText(document.body as unknown as TextNode) : [];
}

/** The item's best text and whether it is the full body or only a summary. */
export function itemText(item: FeedItem): { text: string; full: boolean } {
  if (item.contentHtml) {
    const text = htmlToParagraphs(item.contentHtml).join("\n\n");
    if (text) return { text, full: true };
  }
  if (item.contentText?.trim()) return { text: item.contentText.trim(), full: true };
  const summary = item.summaryHtml ? htmlToParagraphs(item.summaryHtml).join("\n\n") : "";
  return { text: summary, full: false };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
