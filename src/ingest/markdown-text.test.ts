import { describe, expect, it } from "vitest";
import { stripMarkdown } from "./markdown-text.js";

describe("stripMarkdown", () => {
  it("takes an opening heading out as the title and keeps later headings as text", () => {
    const plain = stripMarkdown(
      "# Talks in Florida\n\nThe envoys met.\n\n## Next steps\n\nMore talks.",
    );
    expect(plain.leadingHeading).toBe("Talks in Florida");
    expect(plain.text).toBe("The envoys met.\n\nNext steps\n\nMore talks.");
  });

  it("reads a setext heading as a heading", () => {
    const plain = stripMarkdown("Talks resume\n============\n\nBody text.");
    expect(plain).toEqual({ leadingHeading: "Talks resume", text: "Body text." });
  });

  it("replaces links and images with their text and removes emphasis and code marks", () => {
    const plain = stripMarkdown(
      "The **envoy** said the plan was *nearly* done, per [the ministry](https://m.example/x) and `docs` ![map](m.png).",
    );
    expect(plain.text).toBe(
      "The envoy said the plan was nearly done, per the ministry and docs map.",
    );
  });

  it("leaves underscores inside words, escaped marks and lone asterisks alone", () => {
    const plain = stripMarkdown("A snake_case_name, 2 * 3 = 6 and \\*not emphasis\\*.");
    expect(plain.text).toBe("A snake_case_name, 2 * 3 = 6 and *not emphasis*.");
  });

  it("joins soft-wrapped lines and keeps list items on their own lines", () => {
    const plain = stripMarkdown(
      "The talks\nwent well.\n\n- first point\n- second point\n\n> A quoted\n> line.",
    );
    expect(plain.text).toBe("The talks went well.\n\nfirst point\nsecond point\n\nA quoted line.");
  });

  it("drops rules, comments and reference definitions, and keeps code block lines", () => {
    const plain = stripMarkdown(
      "Before.\n\n---\n\n<!-- note -->After [it][1].\n\n[1]: https://e.example\n\n```\nraw *code*\n```",
    );
    expect(plain.text).toBe("Before.\n\nAfter it.\n\nraw *code*");
  });
});
