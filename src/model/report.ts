/** One news report as stored: the text every offset in the system points into. */
export interface Report {
  /** Stable id: a hash of the canonical URL, or of the content when there is no URL. */
  id: string;
  sourceId: string;
  url: string | null;
  title: string;
  byline: string | null;
  /** ISO 8601 timestamp with zone, e.g. 2025-12-28T23:40:00Z. */
  published: string;
  text: string;
  /** BCP 47 primary tag, "en" for the bundled dossier. */
  language: string;
  /** sha256 of the normalised text; re-ingesting the same content changes nothing. */
  contentHash: string;
  /** Where the report came from: a file path or a URL. */
  origin: string;
  /** Id the input itself gave the report (a gold set's "dev-001"), when it gave one. */
  externalId?: string | null | undefined;
  /**
   * Set when the input gave no publication date that could be read: what the
   * date was taken from instead ("the file's time", "the time it was fetched").
   * Such a date is assumed, and the brief says so for the reports it cites.
   */
  dateAssumed?: string | undefined;
  /** True when the input had no text but its headline, which stands as the text. */
  headlineOnly?: boolean | undefined;
  /**
   * Set by analysis when the report names none of the dossier's actors and no
   * word of its issues: why it is off topic. It is kept and counted, and left
   * out of the brief, the verdicts and the dashboard's report list.
   */
  offTopic?: string | undefined;
}

/** A report before it has an id and a hash: what an ingest reader produces. */
export type ReportInput = Omit<Report, "id" | "contentHash">;

/** An input that could not be taken in, kept with its reason so nothing is silently lost. */
export interface QuarantineItem {
  /** The file path or URL of the input. */
  origin: string;
  /** The stage that refused it: ingest, extract, verify. */
  stage: string;
  reason: string;
  /** When it was quarantined (ISO 8601). */
  at: string;
  sourceId?: string | null | undefined;
}
