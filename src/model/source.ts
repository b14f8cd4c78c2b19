/** Where reports come from. Ownership decides independence: one owner, one origin. */
export type SourceKind = "outlet" | "wire" | "analysis";

export type OwnerFrom = "table" | "domain" | "name";

/** Where a source's owner came from, in words: "dossier", or how ingest inferred it. */
export function ownerOrigin(source: Pick<Source, "ownerFrom">): string {
  switch (source.ownerFrom) {
    case "table":
      return "inferred: table of outlets";
    case "domain":
      return "inferred: site's domain";
    case "name":
      return "inferred: outlet's name";
    default:
      return "dossier";
  }
}

export interface Source {
  id: string;
  name: string;
  owner: string;
  country: string;
  kind: SourceKind;
  /**
   * Set when the source was built at ingest from what a report said of its
   * outlet, not taken from the dossier: where its owner came from ("table":
   * the shipped table of outlets and their owner groups; "domain": the site's
   * registrable domain; "name": the outlet's own name, with no site known).
   */
  ownerFrom?: OwnerFrom | undefined;
  /** Home page and feeds are configuration for fetching; the pipeline does not need them. */
  homepage?: string | undefined;
  feeds?: string[] | undefined;
}
