import { describe, expect, it } from "vitest";
import { scopedPosition } from "./stance-scope.js";

const at = (
  lead: string,
  cue: string,
  after: string,
  position: Parameters<typeof scopedPosition>[0]["position"],
) => scopedPosition({ lead, cue, after, position });

describe("stance scope", () => {
  it("turns a cue over under a negation of its own clause", () => {
    expect(at("Varn will not ", "accept", " inspectors.", "accepts")).toBe("rejects");
    expect(at("she no longer ", "opposes", " the quota.", "opposes")).toBe("supports");
    expect(at("they never ", "backed", " the plan.", "supports")).toBe("opposes");
  });

  it("reads no negation in 'not only'", () => {
    expect(at("Keld not only ", "backs", " the summit.", "supports")).toBe("supports");
    expect(at("he not only ", "accepted", " the quota.", "accepts")).toBe("accepts");
    expect(at("it has not only ", "rejected", " it.", "rejects")).toBe("rejects");
  });

  it("states nothing inside a question or an 'if' clause", () => {
    expect(at("it is unclear whether Varn would ", "accept", " it.", "accepts")).toBeNull();
    expect(at("only if Keld will ", "accept", " observers.", "accepts")).toBeNull();
    expect(at("what Tesk ", "wants", " is unclear.", "demands")).toBeNull();
  });

  it("makes a stance with a condition after it conditional", () => {
    expect(
      at("he had ", "no objection to", " elections, provided that all parties run.", "accepts"),
    ).toBe("conditions");
    expect(at("Keld is ", "ready to", " talk, but only if the filling stops.", "accepts")).toBe(
      "conditions",
    );
    expect(at("Varn ", "backs", " the quota as long as inspectors stay.", "supports")).toBe(
      "conditions",
    );
  });

  it("makes a main clause after an 'if' clause conditional", () => {
    expect(at("if it is a real zone, the people ", "must", " decide.", "demands")).toBe(
      "conditions",
    );
    expect(at("if the quota holds, Keld ", "would accept", " monitors.", "accepts")).toBe(
      "conditions",
    );
    expect(at("unless the dam is shut, we ", "reject", " the talks.", "rejects")).toBe(
      "conditions",
    );
  });

  it("reads a refusal of only some deals, or of a deal without something, as a condition", () => {
    expect(
      at("she would not ", "sign", " a deal that left the country open to attack.", "accepts"),
    ).toBe("conditions");
    expect(
      at("Varn ", "rejects", " any agreement that would leave the dam unguarded.", "rejects"),
    ).toBe("conditions");
    expect(at("he will not ", "give up", " the reservoir without a water quota.", "accepts")).toBe(
      "conditions",
    );
  });

  it("keeps a plain refusal a refusal", () => {
    expect(at("Keld ", "rejects", " the deal.", "rejects")).toBe("rejects");
    expect(at("Varn ", "turned down", " a water quota that its farmers opposed.", "rejects")).toBe(
      "rejects",
    );
    expect(at("Tesk ", "refused", " the plan once again.", "rejects")).toBe("rejects");
  });
});
