/** Where reports come from. Ownership decides independence: one owner, one origin. */
export type SourceKind = "outlet" | "wire" | "analysis";

export interface Source {
  id: string;
  name: string;
  owner: string;
  country: string;
  kind: SourceKind;
  /** Home page and feeds are configuration for fetching; the pipeline does not need them. */
  homepage?: string | undefined;
  feeds?: string[] | undefined;
}
