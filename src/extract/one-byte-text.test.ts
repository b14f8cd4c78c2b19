import { describe, expect, it } from "vitest";
import { oneByteText } from "./one-byte-text.js";

describe("oneByteText", () => {
  it("keeps the characters of a Latin-1 text, cut from a two-byte one", () => {
    const twoByte = "Kyiv’s 5 drones".slice(6);
    expect(oneByteText(twoByte)).toBe(" 5 drones");
    expect(oneByteText("naïve 3% à Genève")).toBe("naïve 3% à Genève");
  });

  it("leaves a text with wider characters as it is", () => {
    for (const text of ["Café — 10 tanks", "“Never,” he said", "Київ 5", "emoji 🚀 ok"]) {
      expect(oneByteText(text)).toBe(text);
    }
  });
});
