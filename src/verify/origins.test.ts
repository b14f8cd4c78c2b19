import { describe, expect, it } from "vitest";
import type { Reprint } from "../model/index.js";
import { buildOriginIndex, independentOrigins, ownerKey } from "./origins.js";
import { report, source } from "./test-records.js";

const sources = [
  source("north-wire", "North Press Agency", "wire"),
  source("bell-times", "Bell Media"),
  source("bell-herald", " bell  media "),
  source("river-post", "River Holdings"),
];
const reports = [
  report("r-1", "north-wire", "2025-12-28T10:00:00Z"),
  report("r-2", "bell-times", "2025-12-28T11:00:00Z"),
  report("r-3", "bell-herald", "2025-12-28T12:00:00Z"),
  report("r-4", "river-post", "2025-12-28T13:00:00Z"),
  report("r-5", "unlisted-blog", "2025-12-28T14:00:00Z"),
  report("r-6", "river-post", "2025-12-28T15:00:00Z"),
];
const copy = (reportId: string, originalId: string): Reprint => ({
  reportId,
  originalId,
  similarity: 0.8,
  reason: "near-duplicate",
});

describe("buildOriginIndex", () => {
  it("gives a reprint of wire copy the wire owner's origin", () => {
    const index = buildOriginIndex(reports, sources, [copy("r-4", "r-1")]);
    expect(index.originOf("r-4")).toBe(ownerKey("North Press Agency"));
    expect(index.ownerName(index.originOf("r-4"))).toBe("North Press Agency");
  });

  it("counts two outlets of one owner as one origin even when nothing is copied", () => {
    const index = buildOriginIndex(reports, sources, []);
    expect(independentOrigins(["r-2", "r-3"], index).size).toBe(1);
  });

  it("treats a source missing from the list as its own owner", () => {
    const index = buildOriginIndex(reports, sources, []);
    expect(index.originOf("r-5")).toBe("source:unlisted-blog");
    expect(index.ownerName("source:unlisted-blog")).toBe("unlisted-blog");
    expect(independentOrigins(["r-1", "r-5"], index).size).toBe(2);
  });

  it("follows a chain of copies to its root", () => {
    const index = buildOriginIndex(reports, sources, [copy("r-6", "r-4"), copy("r-4", "r-1")]);
    expect(index.rootOf("r-6")).toBe("r-1");
    expect(independentOrigins(["r-1", "r-4", "r-6"], index).size).toBe(1);
  });

  it("counts no reprint as independent confirmation", () => {
    const index = buildOriginIndex(reports, sources, [
      copy("r-2", "r-1"),
      copy("r-4", "r-1"),
      copy("r-5", "r-1"),
    ]);
    expect(independentOrigins(["r-1", "r-2", "r-4", "r-5"], index).size).toBe(1);
  });

  it("refuses reprints that loop back on themselves", () => {
    const index = buildOriginIndex(reports, sources, [copy("r-2", "r-4"), copy("r-4", "r-2")]);
    expect(() => index.originOf("r-2")).toThrow(/cycle/);
  });

  it("names the report when asked about one it does not know", () => {
    const index = buildOriginIndex(reports, sources, []);
    expect(() => index.originOf("r-99")).toThrow(/r-99 is not among the reports/);
  });
});
