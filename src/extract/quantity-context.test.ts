import { describe, expect, it } from "vitest";
import { namesKnownSet, unitFromContext } from "./quantity-context.js";

/** The context unit of the first occurrence of `figure` in `text`. */
function contextOf(text: string, figure: string) {
  const start = text.indexOf(figure);
  return unitFromContext(text, start, start + figure.length);
}

describe("quantity context", () => {
  it("counts people in casualty reports that leave the noun out", () => {
    expect(contextOf("The blast killed four and wounded 30.", "four")?.unit).toBe("person");
    expect(contextOf("The blast killed four and wounded 30.", "30")?.unit).toBe("person");
    expect(contextOf("Shelling left 12 dead in the town.", "12")).toEqual({
      unit: "person",
      end: "Shelling left 12 dead".length,
    });
    expect(contextOf("Officials said 9 were injured overnight.", "9")?.unit).toBe("person");
    expect(contextOf("The death toll has risen to 215.", "215")?.unit).toBe("person");
  });

  it("reads the label of a fact box or list line", () => {
    expect(contextOf("Key figures\nTanks: 1,300\nShips: 20", "1,300")?.unit).toBe("tank");
    expect(contextOf("• Refugees — 6,000,000", "6,000,000")?.unit).toBe("refugee");
    expect(contextOf("Wounded: 4,100", "4,100")?.unit).toBe("person");
  });

  it("finds no unit where nothing around the figure names one", () => {
    expect(contextOf("The vote was 52 to 48.", "52")).toBeNull();
    expect(contextOf("Population: 40", "40")).toBeNull();
    expect(contextOf("He counted 30 and stopped.", "30")).toBeNull();
  });

  it("recognises a number word naming a set already known", () => {
    const text = "the two delegations and both three mediators, but five envoys";
    expect(namesKnownSet(text, text.indexOf("two"))).toBe(true);
    expect(namesKnownSet(text, text.indexOf("three"))).toBe(true);
    expect(namesKnownSet(text, text.indexOf("five"))).toBe(false);
  });
});
