import { describe, expect, it } from "vitest";
import { readHtml } from "./html.js";

const ARTICLE_BODY = `
  <p>Negotiators from both delegations met for six hours on Sunday at a seaside resort,
     officials said, and agreed to meet again within two weeks.</p>
  <p>The envoy told reporters that <em>most</em> of the framework was settled, though
     the question of territory remained <a href="/x">open</a> for now.</p>
  <p>A spokesman for the ministry said separately that no date had been fixed yet.<br>He declined to give details.</p>`;

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article>${body}</article>
    <footer>Copyright notice and subscription links.</footer></body></html>`;
}

function readOne(html: string) {
  const [item] = readHtml(html, "/in/page.html");
  if (!item?.ok) throw new Error(`not read: ${JSON.stringify(item)}`);
  return item.raw;
}

describe("readHtml", () => {
  it("takes metadata from meta tags and the main text as blank-line separated paragraphs", () => {
    const raw = readOne(
      page(
        `<title>Talks resume | Harbor Daily</title>
         <meta property="og:title" content="Talks resume by the sea">
         <meta property="og:site_name" content="Harbor Daily">
         <meta name="author" content="Jane Roe">
         <meta property="article:published_time" content="2025-12-28T10:00:00+01:00">
         <link rel="canonical" href="https://harbor.example/talks?utm_source=feed">`,
        `<h1>Talks resume by the sea</h1>${ARTICLE_BODY}`,
      ),
    );
    expect(raw).toMatchObject({
      title: "Talks resume by the sea",
      source: "Harbor Daily",
      byline: "Jane Roe",
      published: "2025-12-28T10:00:00+01:00",
      url: "https://harbor.example/talks?utm_source=feed",
      language: "en",
    });
    const paragraphs = raw.text.split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Negotiators from both delegations met for six hours on Sunday/);
    expect(paragraphs[1]).toContain("that most of the framework was settled, though the question");
    expect(paragraphs[2]).toBe(
      "A spokesman for the ministry said separately that no date had been fixed yet.\nHe declined to give details.",
    );
    expect(raw.text).not.toContain("Copyright");
    expect(raw.text).not.toContain("Home");
  });

  it("prefers ttm:source, and finds dates in <time> or JSON-LD", () => {
    const withTime = readOne(
      page(
        `<meta name="ttm:source" content="gulf-horizon"><meta property="og:site_name" content="GH">`,
        `<time datetime="2025-12-29">29 December</time>${ARTICLE_BODY}`,
      ),
    );
    expect(withTime.source).toBe("gulf-horizon");
    expect(withTime.published).toBe("2025-12-29");

    const withJsonLd = readOne(
      page(
        `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-12-30T08:00:00Z"}]}</script>`,
        ARTICLE_BODY,
      ),
    );
    expect(withJsonLd.published).toBe("2025-12-30T08:00:00Z");
  });

  it("falls back to <title> and the page body when there is no article to find", () => {
    const raw = readOne(
      "<html><head><title>Short note</title></head><body><p>Brief text.</p><p>Second.</p></body></html>",
    );
    expect(raw.title).toBe("Short note");
    expect(raw.text).toBe("Brief text.\n\nSecond.");
    expect(raw.published).toBeUndefined();
  });
});
