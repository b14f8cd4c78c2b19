/**
 * Runs the real extractor over a plain text with a publication date and no
 * dossier of its own, as the third-party corpora need: they bring text and a
 * document creation time, not reports from our sources.
 */
import { createExtractor } from "../extract/index.js";
import type { Dossier, ExtractedReport, Report } from "../model/index.js";

const EMPTY_DOSSIER: Dossier = {
  id: "corpus",
  title: "third-party corpus",
  description: "",
  period: null,
  actors: [],
  issues: [],
  sources: [{ id: "corpus", name: "corpus", owner: "corpus", country: "", kind: "outlet" }],
  framework: [],
};

const extract = createExtractor(EMPTY_DOSSIER);

/** `published` is a date (YYYY-MM-DD) or a timestamp; a bare date is taken at noon UTC. */
export function extractPlainText(id: string, text: string, published: string): ExtractedReport {
  const when = /^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T12:00:00Z` : published;
  const report: Report = {
    id,
    sourceId: "corpus",
    url: null,
    title: "",
    byline: null,
    published: when,
    text,
    language: "en",
    contentHash: id,
    origin: id,
  };
  return extract(report);
}
