import { describe, expect, it } from "vitest";
import { canonicalUrl, contentHash, normaliseText, reportId } from "./normalise.js";
import { datelineDay } from "./resolve.js";

describe("normaliseText", () => {
  it("unifies line ends, strips trailing spaces and cuts blank-line runs to one", () => {
    expect(normaliseText("First line.  \r\nSecond line.\t\r\n\r\n\r\n\r\nThird.\n")).toBe(
      "First line.\nSecond line.\n\nThird.",
    );
  });

  it("composes Unicode to NFC and leaves everything else alone", () => {
    const decomposed = "Zelenskyy\u0301 said “yes” —  twice";
    expect(normaliseText(decomposed)).toBe("Zelensky\u00fd said “yes” —  twice");
  });
});

describe("contentHash", () => {
  it("ignores differences of whitespace only", () => {
    expect(contentHash("Talks resume\non Monday.")).toBe(contentHash("Talks  resume on Monday. "));
    expect(contentHash("Talks resume on Monday.")).not.toBe(
      contentHash("Talks resume on Tuesday."),
    );
    expect(contentHash("x")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("canonicalUrl", () => {
  it("lower-cases the host and drops the fragment, tracking parameters and trailing slash", () => {
    expect(
      canonicalUrl("https://News.Example.COM/world/talks/?utm_source=x&page=2&fbclid=abc#top"),
    ).toBe("https://news.example.com/world/talks?page=2");
    expect(canonicalUrl("https://example.com/")).toBe("https://example.com");
  });

  it("sorts the remaining parameters so their order does not matter", () => {
    expect(canonicalUrl("https://e.com/a?b=2&a=1")).toBe(canonicalUrl("https://e.com/a?a=1&b=2"));
  });

  it("returns a string that is not an absolute URL trimmed", () => {
    expect(canonicalUrl("  /relative/path ")).toBe("/relative/path");
  });
});

describe("reportId", () => {
  it("is the same for the same canonical URL whatever the text", () => {
    const a = reportId({ url: "https://e.com/story?utm_medium=social", text: "one" });
    const b = reportId({ url: "https://E.com/story/", text: "two" });
    expect(a).toBe(b);
    expect(a).toMatch(/^r-[0-9a-f]{16}$/);
  });

  it("falls back to the content when there is no URL", () => {
    expect(reportId({ url: null, text: "Same text." })).toBe(
      reportId({ url: null, text: "Same   text.\n" }),
    );
    expect(reportId({ url: null, text: "Same text." })).not.toBe(
      reportId({ url: null, text: "Other text." }),
    );
  });

  it("takes the content, not a site's front page, for items that all point there", () => {
    const a = reportId({ url: "http://podcast.example/", text: "Episode one." });
    const b = reportId({ url: "http://podcast.example", text: "Episode two." });
    expect(a).not.toBe(b);
    expect(a).toBe(reportId({ url: null, text: "Episode one." }));
    expect(reportId({ url: "http://podcast.example/?p=1", text: "x" })).not.toBe(
      reportId({ url: "http://podcast.example/?p=2", text: "x" }),
    );
  });
});

describe("a dateline's date", () => {
  it.each([
    ["BELO, March 2, 2026 — The envoys met again.", "2026-03-02T00:00:00Z"],
    ["Tesk, 9 Jan. 2026 (Harbour Wire) - Talks resumed.", "2026-01-09T00:00:00Z"],
  ])("is read from the head of the text: %s", (text, iso) => {
    expect(datelineDay(text)).toBe(iso);
  });

  it.each([
    "BELO — The envoys met on March 2, 2026 and spoke again on March 4.",
    "The summit of 9 January 2026 was useful, both sides said.",
    "BELO, February 30, 2026 — No such day.",
  ])("is none when the head holds no dateline with a whole real date: %s", (text) => {
    expect(datelineDay(text)).toBeNull();
  });
});
