import { describe, expect, it } from "vitest";
import { decodeDocument } from "./charset.js";

const latin1 = (text: string) => Buffer.from(text, "latin1");

describe("decodeDocument", () => {
  it("uses the charset of the HTTP header first", () => {
    const doc = decodeDocument(latin1("<p>Café à Genève</p>"), "text/html; charset=ISO-8859-1");
    expect(doc).toMatchObject({
      text: "<p>Café à Genève</p>",
      charset: "windows-1252",
      from: "header",
    });
  });

  it("uses the document's own declaration when the header has none", () => {
    const page = latin1('<html><head><meta charset="iso-8859-1"></head><body>Zürich</body></html>');
    expect(decodeDocument(page, "text/html")).toMatchObject({
      from: "declaration",
      text: expect.stringContaining("Zürich"),
    });
    const xml = latin1(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Señor</title></channel></rss>',
    );
    expect(decodeDocument(xml).text).toContain("Señor");
  });

  it("detects an undeclared Latin-1 page instead of mangling it", () => {
    const doc = decodeDocument(
      latin1("<p>Les négociations reprennent à Genève après l'été, a déclaré le ministère.</p>"),
    );
    expect(doc.from).toBe("detected");
    expect(doc.text).toContain("négociations reprennent à Genève après l'été");
  });

  it("keeps a document declared UTF-8 with invalid bytes, marks them and says so", () => {
    const bytes = Buffer.concat([
      Buffer.from("<p>Kyiv "),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(" talks</p>"),
    ]);
    const doc = decodeDocument(bytes, "text/html; charset=utf-8");
    expect(doc.text).toBe("<p>Kyiv \uFFFD\uFFFDA talks</p>");
    expect(doc.warnings).toEqual(["invalid UTF-8 bytes (replaced with U+FFFD)"]);
  });

  it("honours byte-order marks and UTF-16 without one", () => {
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<rss/>", "utf16le")]);
    expect(decodeDocument(bom)).toMatchObject({ text: "<rss/>", charset: "utf-16le", from: "bom" });
    const be = Buffer.from("<rss/>", "utf16le").swap16();
    expect(decodeDocument(be)).toMatchObject({ text: "<rss/>", charset: "utf-16be" });
  });

  it("detects instead when a declared charset is unknown", () => {
    const doc = decodeDocument(Buffer.from("<p>plain</p>"), "text/html; charset=x-made-up");
    expect(doc.text).toBe("<p>plain</p>");
    expect(doc.warnings[0]).toMatch(/unknown charset 'x-made-up'/);
  });
});

describe("a page saved again as UTF-8 that keeps its old declaration", () => {
  const page = (body: Uint8Array) =>
    new Uint8Array([
      ...new TextEncoder().encode(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>',
      ),
      ...body,
      ...new TextEncoder().encode("</body></html>"),
    ]);

  it("is read as UTF-8 when its bytes are UTF-8 beyond ASCII", () => {
    const decoded = decodeDocument(page(new TextEncoder().encode("中文新闻")));
    expect(decoded.text).toContain("中文新闻");
    expect(decoded.charset).toBe("utf-8");
    expect(decoded.warnings[0]).toMatch(/declared 'gb2312' but the bytes are UTF-8/);
  });

  it("is read in its declared charset when its bytes are not UTF-8", () => {
    const decoded = decodeDocument(page(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])));
    expect(decoded.text).toContain("中文");
    expect(decoded.charset).toBe("gbk");
  });
});
