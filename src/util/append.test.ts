import { describe, expect, it } from "vitest";
import { append } from "./append.js";

describe("append", () => {
  it("adds more items than a spread into push can take", () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [0].push(...many)).toThrow(RangeError);
    const list = append([-1], many);
    expect(list).toHaveLength(500_001);
    expect(list.at(-1)).toBe(499_999);
  });
});
