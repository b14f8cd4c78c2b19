import { describe, expect, it } from "vitest";
import { readFeed } from "./read-feed.js";

const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Lakeside Weekly</title><link>https://lakeside.example/</link>${items}</channel></rss>`;

describe("feed items with no text", () => {
  it("stand as their headline, marked so, rather than being dropped", () => {
    const [item] = readFeed(
      rss(
        "<item><title>Envoys meet again in Geneva</title><link>https://lakeside.example/2026/03/02/envoys</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item>",
      ),
      "feed.rss",
    );
    expect(item).toMatchObject({
      ok: true,
      raw: { text: "Envoys meet again in Geneva", headlineOnly: true, source: "Lakeside Weekly" },
    });
  });

  it("are refused only with no headline either, naming the item", () => {
    const [item] = readFeed(
      rss("<item><link>https://lakeside.example/x</link></item>"),
      "feed.rss",
    );
    expect(item).toEqual({
      ok: false,
      origin: "feed.rss#1",
      reason: "feed item has no text (no content or summary), and no title",
      stage: "parse",
    });
  });
});
