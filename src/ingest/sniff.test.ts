import { describe, expect, it } from "vitest";
import { sniffKind } from "./sniff.js";

describe("sniffKind", () => {
  it("tells feeds, pages and other documents apart by their first element", () => {
    expect(sniffKind('<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">')).toBe("rss");
    expect(sniffKind('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe("atom");
    expect(
      sniffKind('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><rdf:RDF xmlns:rdf="x">'),
    ).toBe("rdf");
    expect(sniffKind('{"version": "https://jsonfeed.org/version/1.1", "items": []}')).toBe(
      "json-feed",
    );
    expect(sniffKind('{"text": "a report"}')).toBe("other");
    expect(sniffKind("<!DOCTYPE html><html>")).toBe("html");
    expect(sniffKind("\uFEFF<html lang=en>")).toBe("html");
    expect(sniffKind("title: x\n\nbody")).toBe("other");
  });
});
