/**
 * A report's tracking digest: the few sentences, plans and events tracking can
 * use of it, made once when the report is extracted. Tracking a store then
 * reads digests, not every report's text and layers.
 */
import type { ExtractedReport, TrackingDigest } from "../model/index.js";
import { plansOf, toldOf } from "./deadlines.js";
import { statusSentencesOf } from "./framework.js";
import { eventsOf } from "./timeline.js";

/** Raised whenever what a digest keeps changes: stored digests of another version are made again. */
export const DIGEST_VERSION = 3;

/** Raised whenever tracking's rules change: a kept tracking state of another version is made again. */
export const TRACKING_VERSION = 2;

export function digestOf(x: ExtractedReport): TrackingDigest {
  return {
    version: DIGEST_VERSION,
    reportId: x.report.id,
    sourceId: x.report.sourceId,
    published: x.report.published,
    statusSentences: statusSentencesOf(x),
    plans: plansOf(x),
    told: toldOf(x),
    events: eventsOf(x),
  };
}
