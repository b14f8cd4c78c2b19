import { describe, expect, it } from "vitest";
import { parseFeedText } from "./parse.js";

function parsed(text: string, url: string | null = "https://news.example/feeds/world.xml") {
  const result = parseFeedText(text, url);
  if (!result.ok) throw new Error(result.reason);
  return result.feed;
}

const RSS2 = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbor Daily &amp; Co</title><link>https://news.example/</link><language>en-gb</language>
<item>
  <title>Talks resume</title><link>/world/talks-resume</link>
  <guid isPermaLink="false">hd-1001</guid>
  <dc:creator>Jane Roe</dc:creator>
  <pubDate>Sun, 28 Dec 2025 23:40:00 +0100</pubDate>
  <description>&lt;p&gt;Short summary.&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>Envoys met on Sunday.</p><p>They will meet again.</p>]]></content:encoded>
  <enclosure url="/audio/talks.mp3" length="12345" type="audio/mpeg"/>
</item>
<item><title>No guid</title><link>https://news.example/world/second</link><description>Only a summary.</description></item>
</channel></rss>`;

describe("parseFeedText", () => {
  it("reads RSS 2.0: guid, creator, date as written, content:encoded, summary, enclosures, relative links", () => {
    const feed = parsed(RSS2);
    expect(feed).toMatchObject({
      format: "rss",
      title: "Harbor Daily & Co",
      link: "https://news.example/",
      language: "en-gb",
    });
    expect(feed.items[0]).toMatchObject({
      key: "hd-1001",
      url: "https://news.example/world/talks-resume",
      title: "Talks resume",
      author: "Jane Roe",
      published: "Sun, 28 Dec 2025 23:40:00 +0100",
      summaryHtml: "<p>Short summary.</p>",
      contentHtml: "<p>Envoys met on Sunday.</p><p>They will meet again.</p>",
      enclosures: [
        { url: "https://news.example/audio/talks.mp3", type: "audio/mpeg", length: 12345 },
      ],
    });
    expect(feed.items[1]?.key).toBe("https://news.example/world/second");
  });

  it("reads RSS 0.91 without guids or dates", () => {
    const feed =
      parsed(`<rss version="0.91"><channel><title>Old</title><link>http://old.example/</link>
      <item><title>One</title><link>http://old.example/1</link><description>First.</description></item></channel></rss>`);
    expect(feed.items).toMatchObject([
      { key: "http://old.example/1", published: null, summaryHtml: "First." },
    ]);
  });

  it("reads RSS 1.0 (RDF) with Dublin Core dates", () => {
    const feed = parsed(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF Wire</title><link>https://rdf.example/</link><description>d</description></channel>
  <item rdf:about="https://rdf.example/a"><title>A story</title><link>https://rdf.example/a</link>
    <description>Body of a.</description><dc:date>2025-12-29T08:00:00Z</dc:date><dc:creator>Ann Lee</dc:creator></item>
</rdf:RDF>`);
    expect(feed).toMatchObject({ format: "rdf", title: "RDF Wire" });
    expect(feed.items[0]).toMatchObject({
      key: "https://rdf.example/a",
      published: "2025-12-29T08:00:00Z",
      author: "Ann Lee",
      summaryHtml: "Body of a.",
    });
  });

  it("reads Atom 1.0: alternate link, xhtml content, text summary, enclosure links, published over updated", () => {
    const feed = parsed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom &lt;b&gt;Wire&lt;/b&gt;</title>
      <link rel="self" href="https://atom.example/feed"/><link href="https://atom.example/"/>
      <id>urn:feed</id><updated>2025-12-30T00:00:00Z</updated>
      <entry><id>urn:e1</id><title>Entry one</title>
        <link rel="alternate" type="text/html" href="/e1"/><link rel="enclosure" href="/e1.mp3" type="audio/mpeg" length="5"/>
        <published>2025-12-29T10:00:00+02:00</published><updated>2025-12-30T10:00:00Z</updated>
        <author><name>Ann</name></author><author><name>Bo</name></author>
        <summary>Plain &amp; short</summary>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <b>there</b></p></div></content>
      </entry></feed>`,
      "https://atom.example/feed",
    );
    expect(feed).toMatchObject({
      format: "atom",
      title: "Atom Wire",
      link: "https://atom.example/",
    });
    expect(feed.items[0]).toMatchObject({
      key: "urn:e1",
      url: "https://atom.example/e1",
      author: "Ann, Bo",
      published: "2025-12-29T10:00:00+02:00",
      updated: "2025-12-30T10:00:00Z",
      summaryHtml: "Plain &amp; short",
      contentHtml: "<p>Hi <b>there</b></p>",
      enclosures: [{ url: "https://atom.example/e1.mp3", type: "audio/mpeg", length: 5 }],
    });
  });

  it("reads JSON Feed 1.1: content_html or content_text, authors, attachments", () => {
    const feed = parsed(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "JSON Desk",
        home_page_url: "https://json.example/",
        authors: [{ name: "Desk" }],
        items: [
          {
            id: "j1",
            url: "/j1",
            title: "J one",
            content_html: "<p>One.</p>",
            date_published: "2025-12-28T12:00:00Z",
            attachments: [{ url: "/j1.mp3", mime_type: "audio/mpeg", size_in_bytes: 9 }],
          },
          {
            id: "j2",
            content_text: "Two as text.",
            date_modified: "2025-12-29T12:00:00Z",
            authors: [{ name: "Eve" }],
          },
        ],
      }),
      "https://json.example/feed.json",
    );
    expect(feed).toMatchObject({ format: "json", title: "JSON Desk" });
    expect(feed.items[0]).toMatchObject({
      key: "j1",
      url: "https://json.example/j1",
      author: "Desk",
      contentHtml: "<p>One.</p>",
      enclosures: [{ url: "https://json.example/j1.mp3", type: "audio/mpeg", length: 9 }],
    });
    expect(feed.items[1]).toMatchObject({
      key: "j2",
      url: null,
      author: "Eve",
      contentText: "Two as text.",
      published: "2025-12-29T12:00:00Z",
    });
  });

  it("never expands entities: billion laughs stays small and literal", () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>Laugh &lol9;</title><link>https://x.example/1</link></item></channel></rss>`;
    const feed = parsed(laughs);
    expect(feed.title).toBe("&lol9;");
    expect(feed.items[0]?.title).toBe("Laugh &lol9;");
    expect(feed.warnings).toContain(
      "DOCTYPE with entity declarations removed (entities are never expanded)",
    );
  });

  it("never resolves external entities", () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "http://169.254.169.254/latest/meta-data/"> ]>
<rss version="2.0"><channel><title>T</title><item><title>&xxe;</title><description>&remote;</description><link>https://x.example/2</link></item></channel></rss>`;
    const feed = parsed(xxe);
    expect(feed.items[0]?.title).toBe("&xxe;");
    expect(JSON.stringify(feed)).not.toMatch(/root:/);
  });

  it("refuses broken XML, an HTML page and a document that is no feed, each with its reason", () => {
    expect(parseFeedText("<rss><channel><title>x</title><item><title><![CD", null)).toMatchObject({
      ok: false,
      malformed: true,
    });
    expect(parseFeedText("<!doctype html><html><body>hi</body></html>", null)).toMatchObject({
      ok: false,
      reason: "an HTML page, not a feed",
    });
    expect(parseFeedText('{"items": []}', null)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not a feed/),
    });
  });
});
