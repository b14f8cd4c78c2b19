import { describe, expect, it } from "vitest";
import { isPluralNoun, singular } from "./singular.js";

describe("singular", () => {
  it("follows the spelling rules of English plurals", () => {
    expect(singular("reactors")).toBe("reactor");
    expect(singular("casualties")).toBe("casualty");
    expect(singular("convoys")).toBe("convoy");
    expect(singular("boxes")).toBe("box");
    expect(singular("churches")).toBe("church");
    expect(singular("vetoes")).toBe("veto");
    expect(singular("crises")).toBe("crisis");
    expect(singular("Ministers")).toBe("minister");
  });

  it("knows irregular and invariable plurals", () => {
    expect(singular("people")).toBe("person");
    expect(singular("children")).toBe("child");
    expect(singular("gunmen")).toBe("gunman");
    expect(singular("lives")).toBe("life");
    expect(singular("aircraft")).toBe("aircraft");
    expect(singular("personnel")).toBe("personnel");
  });

  it("tells plural nouns from other words ending in -s", () => {
    expect(isPluralNoun("villages")).toBe(true);
    expect(isPluralNoun("women")).toBe(true);
    expect(isPluralNoun("serious")).toBe(false);
    expect(isPluralNoun("crisis")).toBe(false);
    expect(isPluralNoun("economics")).toBe(false);
    expect(isPluralNoun("medics")).toBe(true);
    expect(isPluralNoun("always")).toBe(false);
    expect(isPluralNoun("village")).toBe(false);
  });
});

describe("words that are also names of an object's own properties", () => {
  it.each(["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"])(
    "are plain words: %s",
    (word) => {
      expect(typeof singular(word)).toBe("string");
    },
  );
});
