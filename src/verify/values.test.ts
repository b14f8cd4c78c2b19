import { describe, expect, it } from "vitest";
import { quantity } from "./test-records.js";
import { canonicalUnit, compareQuantities, formatQuantity } from "./values.js";

const about500 = quantity("about 500 drones", 500, "drone", "approx");
const nearly500 = quantity("nearly 500 drones", 500, "drone", "approx");
const roughly500 = quantity("roughly 500 drones", 500, "drone", "approx");
const moreThan600 = quantity("more than 600 drones", 600, "drone", "more_than");

describe("compareQuantities", () => {
  it("lets hedged figures of the same size agree", () => {
    expect(compareQuantities(about500, nearly500)).toBe("same");
    expect(compareQuantities(roughly500, about500)).toBe("same");
    expect(
      compareQuantities(
        quantity("40 missiles", 40, "missile"),
        quantity("some 40 missiles", 40, "missile", "approx"),
      ),
    ).toBe("same");
  });

  it("treats two different hedged round numbers as rival estimates", () => {
    expect(
      compareQuantities(
        quantity("about 75%", 75, "percent", "approx"),
        quantity("roughly 80%", 80, "percent", "approx"),
      ),
    ).toBe("conflict");
    expect(
      compareQuantities(
        quantity("about 40", 40, "missile", "approx"),
        quantity("some 50", 50, "missile", "approx"),
      ),
    ).toBe("conflict");
  });

  it("finds 'more than 600' at odds with 'about 500'", () => {
    expect(compareQuantities(moreThan600, about500)).toBe("conflict");
    expect(compareQuantities(about500, moreThan600)).toBe("conflict");
  });

  it("lets a point inside a bound fit it", () => {
    expect(compareQuantities(quantity("more than 400", 400, "drone", "more_than"), about500)).toBe(
      "fits",
    );
    expect(
      compareQuantities(
        quantity("75 days", 75, "day"),
        quantity("60 to 90 days", [60, 90], "day", "range"),
      ),
    ).toBe("fits");
  });

  it("keeps an open bound and a range apart as two variants", () => {
    const range = quantity("60 to 90 days", [60, 90], "day", "range");
    expect(compareQuantities(quantity("at least 60 days", 60, "day", "at_least"), range)).toBe(
      "conflict",
    );
    expect(compareQuantities(quantity("60 days", 60, "day", "approx"), range)).toBe("fits");
    expect(
      compareQuantities(range, quantity("between 60 and 90 days", [60, 90], "days", "range")),
    ).toBe("same");
  });

  it("tells exact values apart and joins equal ones", () => {
    expect(
      compareQuantities(quantity("15 years", 15, "year"), quantity("fifteen-year", 15, "year")),
    ).toBe("same");
    expect(
      compareQuantities(quantity("15 years", 15, "year"), quantity("16 years", 16, "year")),
    ).toBe("conflict");
  });

  it("converts hours and minutes before comparing", () => {
    const twoHours = quantity("two hours", 2, "hour");
    expect(compareQuantities(twoHours, quantity("about 75 minutes", 75, "minute", "approx"))).toBe(
      "conflict",
    );
    expect(compareQuantities(twoHours, quantity("120 minutes", 120, "minutes"))).toBe("same");
    expect(compareQuantities(quantity("just over an hour", 1, "hour", "more_than"), twoHours)).toBe(
      "conflict",
    );
    expect(
      compareQuantities(quantity("a little over an hour", 1, "hour", "approx"), twoHours),
    ).toBe("conflict");
    // "over an hour" is how one tells a call of up to 90 minutes, not one of two hours.
    expect(compareQuantities(quantity("over an hour", 1, "hour", "more_than"), twoHours)).toBe(
      "conflict",
    );
    expect(
      compareQuantities(
        quantity("over an hour", 1, "hour", "more_than"),
        quantity("80 minutes", 80, "minute"),
      ),
    ).toBe("fits");
  });

  it("does not compare figures in units that do not convert", () => {
    expect(compareQuantities(about500, quantity("500 missiles", 500, "missile"))).toBe("unrelated");
  });
});

describe("formatQuantity", () => {
  it("shows figures the way a reader writes them", () => {
    expect(formatQuantity(quantity("90 percent", 90, "percent"))).toBe("90%");
    expect(formatQuantity(about500)).toBe("about 500 drones");
    expect(formatQuantity(moreThan600)).toBe("more than 600 drones");
    expect(formatQuantity(quantity("60 to 90 days", [60, 90], "day", "range"))).toBe(
      "60 to 90 days",
    );
    expect(formatQuantity(quantity("fifteen-year", 15, "year"))).toBe("15 years");
    expect(formatQuantity(quantity("800,000", 800000, "troop"))).toBe("800,000 troops");
    expect(formatQuantity(quantity("just over an hour", 1, "hour", "more_than"))).toBe(
      "just over 1 hour",
    );
    expect(formatQuantity(quantity("at least 60 days", 60, "day", "at_least"))).toBe(
      "at least 60 days",
    );
  });
});

describe("canonicalUnit", () => {
  it("makes units singular and lower case", () => {
    expect(canonicalUnit("Hours")).toBe("hour");
    expect(canonicalUnit("%")).toBe("percent");
    expect(canonicalUnit("casualties")).toBe("casualty");
    expect(canonicalUnit("people")).toBe("person");
  });
});

describe("floors and estimates", () => {
  it("lets a later count rise above 'at least' but not far above 'more than'", () => {
    const count = quantity("32 people", 32, "person");
    expect(compareQuantities(quantity("at least 19 people", 19, "person", "at_least"), count)).toBe(
      "fits",
    );
    expect(
      compareQuantities(quantity("more than 19 people", 19, "person", "more_than"), count),
    ).toBe("conflict");
  });
});

describe("a share agreed told in words", () => {
  const words = (text: string, value: number, bound: "exact" | "at_most") => ({
    ...quantity(text, value, "percent", bound),
  });

  it("reads as words, conflicts with a full 100% and not with a share below it", () => {
    const open = words("remain open", 99, "at_most");
    expect(formatQuantity(open)).toBe("not finished");
    expect(formatQuantity(words("fully agreed", 100, "exact"))).toBe("fully agreed");
    expect(compareQuantities(quantity("100%", 100, "percent"), open)).toBe("conflict");
    expect(compareQuantities(quantity("about 90%", 90, "percent", "approx"), open)).not.toBe(
      "conflict",
    );
  });
});
