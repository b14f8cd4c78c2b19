import { describe, expect, it } from "vitest";
import { splitText, tokensIn } from "./sentences.js";

const REPORT = `KYIV, Ukraine (Northgate Wire) — U.S. President Donald Trump met Ukraine’s leader on Dec. 28 at Mar-a-Lago, and J. D. Vance joined them. Both said about 90% of the plan — 20 points — was agreed.

“We are closer than ever,” Mr. Trump said. Gen. Smith said 800,000 troops would stay. The Kremlin said "no." Then it added that St. Petersburg was calm.

“Is it over?” he asked. Zelenskyy's aide didn't answer.`;

describe("sentences and tokens", () => {
  const { sentences, tokens } = splitText(REPORT);
  const texts = sentences.map((s) => REPORT.slice(s.start, s.end));

  it("gives every token offsets that point at its own text", () => {
    expect(tokens.length).toBeGreaterThan(60);
    for (const t of tokens) expect(REPORT.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(
      expect.arrayContaining(["U.S.", "800,000", "“", "—", "Dec."]),
    );
  });

  it("does not split at abbreviations, initials or datelines", () => {
    expect(texts[0]).toMatch(/^KYIV, Ukraine .* joined them\.$/);
    expect(texts).toContain("Gen. Smith said 800,000 troops would stay.");
    expect(texts).toContain("Then it added that St. Petersburg was calm.");
  });

  it("ends a sentence after a quote closing with a full stop", () => {
    expect(texts).toContain("“We are closer than ever,” Mr. Trump said.");
    expect(texts).toContain('The Kremlin said "no."');
    expect(texts).toContain("“Is it over?” he asked.");
  });

  it("numbers paragraphs and never lets a sentence cross one", () => {
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1, 1, 1, 2, 2]);
    expect(texts.every((t) => !t.includes("\n\n"))).toBe(true);
  });

  it("finds the tokens of a span", () => {
    const start = REPORT.indexOf("Gen. Smith");
    expect(tokensIn({ tokens }, { start, end: start + 10 }).map((t) => t.text)).toEqual([
      "Gen.",
      "Smith",
    ]);
  });
});
