import { describe, expect, it } from "vitest";
import { toFtsQuery } from "./fts-query.js";

describe("toFtsQuery", () => {
  it("quotes each word and joins them with the implicit AND", () => {
    expect(toFtsQuery("security guarantees")).toBe('"security" "guarantees"');
  });

  it("neutralises FTS syntax in user input", () => {
    expect(toFtsQuery("NATO AND (")).toBe('"NATO"');
    expect(toFtsQuery("col:value* ^start -x")).toBe('"col" "value" "start" "x"');
  });

  it("keeps quoted phrases together and reads an unclosed quote as words", () => {
    expect(toFtsQuery('"security guarantees" Kyiv')).toBe('"security guarantees" "Kyiv"');
    expect(toFtsQuery('"open phrase')).toBe('"open" "phrase"');
  });

  it("keeps OR only between two terms", () => {
    expect(toFtsQuery("Kyiv OR Moscow")).toBe('"Kyiv" OR "Moscow"');
    expect(toFtsQuery("OR Kyiv OR")).toBe('"Kyiv"');
    expect(toFtsQuery("Kyiv OR OR Moscow")).toBe('"Kyiv" OR "Moscow"');
  });

  it("returns null when no word is left", () => {
    expect(toFtsQuery('  ( ) * " ')).toBeNull();
    expect(toFtsQuery("AND OR NOT")).toBeNull();
  });

  it("keeps non-Latin words", () => {
    expect(toFtsQuery("Зеленский переговоры")).toBe('"Зеленский" "переговоры"');
  });
});
