import { describe, expect, it } from "vitest";
import { sanitiseSvg } from "./svg-sanitise.js";

const hostile = `<svg xmlns="http://www.w3.org/2000/svg" onload="steal()"><script>alert(1)</script><!-- note --><g id="clip1" clip-path="url(#clip1)"><text style="color:red" fill="red">Kyiv &lt;b&gt; &amp; "talks"</text><a href="javascript:steal()"><rect width="3"/></a><foreignObject><div>hi</div></foreignObject><image href="https://tracker.example/x.png"/></g></svg>`;

describe("chart SVG sanitising", () => {
  const out = sanitiseSvg(hostile, "chart");

  it("drops scripts, links, foreign content, images, handlers and style attributes", () => {
    expect(out).not.toMatch(
      /<script|onload|<a[\s>]|foreignObject|<image|style=|javascript:|tracker/i,
    );
  });

  it("keeps drawing and keeps text escaped", () => {
    expect(out).toContain("<text");
    expect(out).toContain("Kyiv &lt;b&gt; &amp;");
    expect(out).not.toContain("<b>");
  });

  it("prefixes ids and the references to them", () => {
    expect(out).toContain('id="chart-clip1"');
    expect(out).toContain("url(#chart-clip1)");
  });

  it("refuses input that is no SVG", () => {
    expect(() => sanitiseSvg("<html><body>x</body></html>", "c")).toThrow(/not an SVG/);
  });
});
