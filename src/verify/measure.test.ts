import { describe, expect, it } from "vitest";
import { ClaimMeasure } from "./measure.js";
import { buildTermWeights } from "./similarity.js";
import { claim } from "./test-records.js";

describe("anchors of one event in one place", () => {
  const at = (reportId: string, term: string) =>
    claim(reportId, { slot: "talks:meeting", terms: ["summit", term] });

  it("holds one kind of event in one place a day apart as one event, not two days apart or elsewhere", () => {
    const a = at("r1", "anchor:event:meeting:2026-03-09:@geneva");
    const b = at("r2", "anchor:event:meeting:2026-03-10:@geneva");
    const c = at("r3", "anchor:event:meeting:2026-03-12:@geneva");
    const d = at("r4", "anchor:event:meeting:2026-03-09:@vienna");
    const e = at("r5", "anchor:event:call:2026-03-09:@geneva");
    const m = new ClaimMeasure(buildTermWeights([a, b, c, d, e], []));
    expect(m.shareAnchor(a, b)).toBe(true);
    expect(m.shareAnchor(a, c)).toBe(false);
    expect(m.shareAnchor(a, d)).toBe(false);
    expect(m.shareAnchor(a, e)).toBe(false);
  });
});
