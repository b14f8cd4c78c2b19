/**
 * Reads an .html/.htm page: metadata from meta tags, <time> and JSON-LD, the
 * main text from Mozilla Readability (the whole body when it finds none).
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { blockText, type TextNode } from "./html-text.js";
import { isRecord, type ReadItem } from "./raw-report.js";

type HtmlDocument = ReturnType<typeof parseHTML>["document"];

export function readHtml(content: string, origin: string): ReadItem[] {
  const { document } = parseHTML(content);
  const meta = pageMetadata(document);
  const article = readableArticle(content);
  const title = meta.title ?? article?.title ?? null;
  const text = dropLeadingTitle(article?.paragraphs ?? bodyParagraphs(document), title);
  return [
    {
      ok: true,
      raw: {
        origin,
        source: meta.source ?? article?.siteName ?? null,
        declaredSource: null,
        url: meta.url,
        title,
        byline: meta.byline ?? article?.byline ?? null,
        published: meta.published ?? article?.published ?? undefined,
        text: text.join("\n\n"),
        language: meta.language,
        externalId: metaContent(document, 'meta[name="ttm:id"]'),
      },
    },
  ];
}

interface PageMetadata {
  title: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  published: string | null;
  language: string | null;
}

function pageMetadata(document: HtmlDocument): PageMetadata {
  const lang = document.documentElement?.getAttribute("lang")?.trim();
  return {
    title:
      metaContent(document, 'meta[property="og:title"]') ??
      textOf(document, "title") ??
      textOf(document, "h1"),
    source:
      metaContent(document, 'meta[name="ttm:source"]') ??
      metaContent(document, 'meta[property="og:site_name"]'),
    url:
      document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ||
      metaContent(document, 'meta[property="og:url"]'),
    byline: metaContent(document, 'meta[name="author"]'),
    published:
      metaContent(document, 'meta[property="article:published_time"]') ??
      document.querySelector("time[datetime]")?.getAttribute("datetime")?.trim() ??
      jsonLdDatePublished(document),
    language: lang ? (lang.split(/[-_]/)[0]?.toLowerCase() ?? null) : null,
  };
}

function metaContent(document: HtmlDocument, selector: string): string | null {
  const value = document.querySelector(selector)?.getAttribute("content")?.trim();
  return value ? value : null;
}

function textOf(document: HtmlDocument, selector: string): string | null {
  const value = document.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim();
  return value ? value : null;
}

/** datePublished from any JSON-LD block, including inside arrays and @graph. */
function jsonLdDatePublished(document: HtmlDocument): string | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]') as {
    textContent: string | null;
  }[];
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = findDatePublished(data);
    if (found) return found;
  }
  return null;
}

function findDatePublished(data: unknown): string | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findDatePublished(item);
      if (found) return found;
    }
    return null;
  }
  if (!isRecord(data)) return null;
  if (typeof data.datePublished === "string" && data.datePublished.trim() !== "") {
    return data.datePublished.trim();
  }
  return findDatePublished(data["@graph"]);
}

interface Article {
  title: string | null;
  /** The site's own name (og:site_name, a JSON-LD publisher), as Readability finds it. */
  siteName: string | null;
  byline: string | null;
  published: string | null;
  paragraphs: string[];
}

/** Readability changes the document it reads, so it gets its own parse of the page. */
function readableArticle(content: string): Article | null {
  const { document } = parseHTML(content);
  const parsed = new Readability(document).parse();
  if (!parsed?.content) return null;
  const { document: articleDoc } = parseHTML(`<html><body>${parsed.content}</body></html>`);
  const paragraphs = articleDoc.body ? blockText(articleDoc.body as unknown as TextNode) : [];
  if (paragraphs.length === 0) return null;
  return {
    title: parsed.title?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    byline: parsed.byline?.trim() || null,
    published: parsed.publishedTime?.trim() || null,
    paragraphs,
  };
}

/** The fallback when Readability finds no article: the body without page furniture. */
function bodyParagraphs(document: HtmlDocument): string[] {
  const body = document.body;
  if (!body) return [];
  const furniture = body.querySelectorAll("nav, header, footer, aside") as { remove(): void }[];
  for (const element of furniture) {
    element.remove();
  }
  return blockText(body as unknown as TextNode);
}

/** The headline repeated at the top of the article body is the title, not text. */
function dropLeadingTitle(paragraphs: string[], title: string | null): string[] {
  const first = paragraphs[0];
  if (title && first && first.toLowerCase() === title.toLowerCase()) return paragraphs.slice(1);
  return paragraphs;
}
