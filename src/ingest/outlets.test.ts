import { describe, expect, it } from "vitest";
import { outletSource, UNKNOWN_OUTLET } from "./outlets.js";

describe("sources for outlets the dossier does not list", () => {
  it("takes a known outlet's name and owner group from the table, one owner for its outlets", () => {
    const a = outletSource("NBC News", "https://www.nbcnews.com/world/story-1");
    const b = outletSource(null, "https://www.cnbc.com/2025/12/28/x.html");
    expect(a).toMatchObject({
      id: "nbc-news",
      name: "NBC News",
      ownerFrom: "table",
      country: "US",
    });
    expect(b).toMatchObject({ id: "cnbc", ownerFrom: "table" });
    expect(a.owner).toBe(b.owner);
    expect(outletSource("AP", "https://apnews.com/article/x")).toMatchObject({ kind: "wire" });
  });

  it("takes an unknown site's owner from its registrable domain, under any public suffix", () => {
    expect(outletSource("Harbour Gazette", "https://news.harbour-gazette.co.uk/a/b")).toEqual({
      id: "harbour-gazette-co-uk",
      name: "Harbour Gazette",
      owner: "harbour-gazette.co.uk",
      country: "ZZ",
      kind: "outlet",
      ownerFrom: "domain",
      homepage: "https://harbour-gazette.co.uk/",
    });
    // Two sites of one domain are one owner; no name given, the domain names it.
    const other = outletSource(null, "https://blog.harbour-gazette.co.uk/c");
    expect(other).toMatchObject({ name: "harbour-gazette.co.uk", owner: "harbour-gazette.co.uk" });
  });

  it("names an outlet with no address by its own name, and one with neither as the unknown outlet", () => {
    expect(outletSource("Lakeside Weekly", null)).toEqual({
      id: "lakeside-weekly",
      name: "Lakeside Weekly",
      owner: "Lakeside Weekly",
      country: "ZZ",
      kind: "outlet",
      ownerFrom: "name",
    });
    expect(outletSource(null, null)).toBe(UNKNOWN_OUTLET);
    expect(outletSource("  ", "not a url")).toBe(UNKNOWN_OUTLET);
  });
});
