import { describe, expect, it } from "vitest";
import type { Report, Source } from "../model/index.js";
import { citationNotes } from "./brief.js";
import { buildCitations } from "./citations.js";

const report = (id: string, fields: Partial<Report> = {}): Report => ({
  id,
  sourceId: "harbour-gazette-co-uk",
  url: null,
  title: `Title ${id}`,
  byline: null,
  published: "2026-03-02T10:00:00Z",
  text: "Body.",
  language: "en",
  contentHash: `h-${id}`,
  origin: `test:${id}`,
  ...fields,
});

const built: Source = {
  id: "harbour-gazette-co-uk",
  name: "Harbour Gazette",
  owner: "harbour-gazette.co.uk",
  country: "ZZ",
  kind: "outlet",
  ownerFrom: "domain",
};

describe("what a cited report's reader should know", () => {
  it("says when the date is assumed, the text is a headline, and the owner is inferred", () => {
    const index = buildCitations(
      [
        report("r1", { dateAssumed: "the file's time (no publication date)", headlineOnly: true }),
        report("r2", { sourceId: "listed" }),
      ],
      [
        built,
        { ...built, id: "listed", name: "Listed", owner: "Listed Group", ownerFrom: undefined },
      ],
      [],
    );
    const [first, second] = index.citations;
    expect(first).toMatchObject({
      dateAssumed: "the file's time (no publication date)",
      headlineOnly: true,
      ownerInferred: "inferred: site's domain",
    });
    expect(citationNotes(first!)).toEqual([
      "date assumed: the file's time (no publication date)",
      "headline only",
      "owner inferred: site's domain",
    ]);
    expect(second?.dateAssumed).toBeUndefined();
    expect(second?.ownerInferred).toBeUndefined();
  });
});
