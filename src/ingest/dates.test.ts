import { describe, expect, it } from "vitest";
import { parsePublished } from "./dates.js";

const iso = (value: unknown) => {
  const parsed = parsePublished(value);
  return parsed.ok ? parsed.iso : parsed.reason;
};

describe("parsePublished", () => {
  it("keeps UTC timestamps and converts offsets to UTC", () => {
    expect(iso("2025-12-28T23:40:00Z")).toBe("2025-12-28T23:40:00Z");
    expect(iso("2025-12-29T01:40:00+02:00")).toBe("2025-12-28T23:40:00Z");
    expect(iso("2025-12-28T18:10:00-0530")).toBe("2025-12-28T23:40:00Z");
  });

  it("reads a bare date as midnight UTC and a zone-less time as UTC", () => {
    expect(iso("2025-12-28")).toBe("2025-12-28T00:00:00Z");
    expect(iso("2025-12-28 23:40")).toBe("2025-12-28T23:40:00Z");
  });

  it("reads written dates with a day, month and year", () => {
    expect(iso("28 December 2025 14:05")).toBe("2025-12-28T14:05:00Z");
    expect(iso("Sun, 28 Dec 2025 23:40:00 GMT")).toBe("2025-12-28T23:40:00Z");
    expect(iso(new Date(Date.UTC(2025, 11, 28)))).toBe("2025-12-28T00:00:00Z");
    expect(iso("Tue, 01 Oct 2019 14:30:00 PST")).toBe("2019-10-01T22:30:00Z");
    expect(iso("07 Nov 2015 12:00:00 EST")).toBe("2015-11-07T17:00:00Z");
  });

  it("refuses impossible or incomplete dates with the value in the reason", () => {
    expect(iso("2025-02-30")).toMatch(/unparseable publication date '2025-02-30'/);
    expect(iso("yesterday")).toMatch(/'yesterday'/);
    expect(iso("December 2025")).toMatch(/unparseable/);
    expect(iso("next week 2025")).toMatch(/unparseable/);
    expect(iso({ when: "soon" })).toMatch(/unparseable/);
  });
});
