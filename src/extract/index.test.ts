import { describe, expect, it } from "vitest";
import type { Dossier, Report } from "../model/index.js";
import { createExtractor } from "./index.js";

const dossier: Dossier = {
  id: "t",
  title: "T",
  description: "",
  period: null,
  actors: [
    {
      id: "dmitry-peskov",
      name: "Dmitry Peskov",
      kind: "person",
      aliases: ["Peskov"],
      titles: ["Kremlin spokesman"],
      role: "Kremlin spokesman",
      affiliation: "russia",
      gender: "male",
    },
    {
      id: "russia",
      name: "Russia",
      kind: "state",
      aliases: ["Moscow", "the Kremlin"],
      titles: [],
      role: null,
      affiliation: null,
      gender: null,
    },
    {
      id: "donald-trump",
      name: "Donald Trump",
      kind: "person",
      aliases: ["Trump"],
      titles: ["US president"],
      role: null,
      affiliation: null,
      gender: "male",
    },
  ],
  issues: [
    { id: "talks", label: "Talks", vocabulary: ["talks", "call", "speak", "meeting"] },
    { id: "attacks", label: "Attacks", vocabulary: ["drones", "missiles", "attack"] },
  ],
  sources: [],
  framework: [],
};

const text =
  "MOSCOW (North Wire) — The Kremlin spokesman said on Monday that Vladimir Putin and Trump would speak again “very soon.”\n\n" +
  "Russia launched about 500 drones and 40 missiles at Kyiv on Saturday, Ukrainian officials said on Monday.\n\n" +
  "“We are ready for a meeting in early January,” Peskov told reporters.";

const report: Report = {
  id: "r1",
  sourceId: "north-wire",
  url: null,
  title: "Kremlin says leaders will talk",
  byline: null,
  published: "2025-12-29T10:00:00Z",
  text,
  language: "en",
  contentHash: "h",
  origin: "inline",
};

describe("extraction of one report", () => {
  const x = createExtractor(dossier)(report);

  it("fills every layer with offsets into the report text", () => {
    expect(x.sentences.length).toBe(3);
    for (const layer of [x.mentions, x.quotes, x.quantities, x.times]) {
      for (const item of layer) expect(item.end).toBeGreaterThan(item.start);
    }
    for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const q of x.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const c of x.claims)
      expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it("resolves the title and the surname to one actor and attributes the quote", () => {
    expect(x.mentions.filter((m) => m.actorId === "dmitry-peskov").length).toBeGreaterThanOrEqual(
      2,
    );
    const ready = x.quotes.find((q) => q.content.startsWith("We are ready"));
    expect(ready?.speakerId).toBe("dmitry-peskov");
    expect(ready?.kind).toBe("direct");
  });

  it("reads figures with hedges and dates against the publication date", () => {
    const drones = x.quantities.find((q) => q.unit === "drone");
    expect(drones).toMatchObject({ value: 500, approx: true });
    expect(x.quantities.find((q) => q.unit === "missile")?.value).toBe(40);
    expect(x.times.map((t) => t.value)).toEqual(
      expect.arrayContaining(["2025-12-29", "2025-12-27", "2026-01"]),
    );
  });

  it("makes a quantified claim about the drones launched", () => {
    const claim = x.claims.find((c) => c.quantity?.unit === "drone");
    expect(claim?.slot).toBe("attacks:launched:drone");
    expect(claim?.time?.value).toBe("2025-12-27");
  });
});

describe("a report the extractor cannot read", () => {
  it("comes back with empty layers and the language named in the reason", () => {
    const french = {
      ...report,
      language: "fr",
      text: "Le porte-parole du Kremlin a déclaré lundi que 500 drones avaient été lancés.",
    };
    const x = createExtractor(dossier)(french);
    expect(x.notExtracted).toBe(
      "not extracted: the text is in French (fr), and extraction reads English only",
    );
    for (const layer of [x.sentences, x.mentions, x.quotes, x.quantities, x.times, x.claims])
      expect(layer).toEqual([]);
  });

  it("extracts an English report without a reason", () => {
    expect(createExtractor(dossier)(report).notExtracted).toBeUndefined();
  });
});
