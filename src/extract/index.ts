/**
 * Extraction: a report in, its annotation layers out. Components run in order
 * over one working document, each adding its layer (spaCy-style); the order
 * below is the only place it is decided.
 */
import type { Dossier, ExtractedReport, Report } from "../model/index.js";
import { anchorsComponent } from "./anchors.js";
import { claimsComponent } from "./claims.js";
import { commitmentsComponent } from "./commitments.js";
import { eventsComponent } from "./events.js";
import { buildIssueMatcher, type IssueMatcher } from "./issues.js";
import { mentionsComponent } from "./mentions.js";
import { oneByteText } from "./one-byte-text.js";
import { quantitiesComponent } from "./quantities.js";
import { quotesComponent } from "./quotes.js";
import { sentencesComponent } from "./sentences.js";
import { stancesComponent } from "./stances.js";
import { timesComponent } from "./times.js";
import type { Component, ExtractContext, WorkingDoc } from "./types.js";
import { venueClaimsComponent } from "./venue-claims.js";

/** Bump when extraction output changes, so stored reports are extracted again. */
export const EXTRACTOR_VERSION = "14";

export const COMPONENTS: readonly Component[] = [
  sentencesComponent,
  mentionsComponent,
  quotesComponent,
  quantitiesComponent,
  timesComponent,
  claimsComponent,
  stancesComponent,
  eventsComponent,
  commitmentsComponent,
  venueClaimsComponent,
  anchorsComponent,
];

function emptyDoc(report: Report): WorkingDoc {
  return {
    report,
    sentences: [],
    tokens: [],
    mentions: [],
    quotes: [],
    quantities: [],
    times: [],
    claims: [],
    stances: [],
    events: [],
    commitments: [],
    discoveredActors: [],
  };
}

/** The language the components read; their cues, verbs and number words are English. */
const READS = "en";
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** Why a report is left unextracted, or null when the extractor can read it. */
export function unreadableReason(report: Report): string | null {
  if (report.language === READS) return null;
  let name = report.language;
  try {
    name = languageNames.of(report.language) ?? name;
  } catch {
    // Not a tag Intl knows: the tag itself is the clearest name there is.
  }
  return `not extracted: the text is in ${name} (${report.language}), and extraction reads English only`;
}

/**
 * Runs every component over one report; the working tokens are dropped from
 * the result. A report the extractor cannot read comes back with empty layers
 * and the reason, so nothing is made of words it does not understand.
 */
export function extractReport(report: Report, ctx: ExtractContext): ExtractedReport {
  const unreadable = unreadableReason(report);
  if (unreadable) {
    const { tokens: _tokens, ...empty } = emptyDoc(report);
    return { ...empty, notExtracted: unreadable };
  }
  // The components read the text in V8's faster form when it has one; the result names the report given.
  const doc = emptyDoc({ ...report, text: oneByteText(report.text) });
  for (const component of COMPONENTS) {
    try {
      component.run(doc, ctx);
    } catch (err) {
      throw new Error(`${component.name}: ${(err as Error).message}`, { cause: err });
    }
  }
  const { tokens: _tokens, ...layers } = doc;
  const offTopic = offTopicReason(doc, ctx.dossier);
  if (offTopic) {
    const { tokens: _t, ...empty } = emptyDoc(report);
    return { ...empty, offTopic };
  }
  return { ...layers, report };
}

/**
 * Why a report is off the dossier's topic: it names none of the dossier's
 * actors (people found in passing do not count) and no word of its issues.
 * Null when it is on topic, or when the dossier names no topic at all.
 */
export function offTopicReason(doc: WorkingDoc, dossier: Dossier): string | null {
  // A dossier with neither actors nor issues (a third-party corpus read as it is) has no topic.
  if (dossier.actors.length === 0 && dossier.issues.length === 0) return null;
  const listed = new Set(dossier.actors.map((a) => a.id));
  if (doc.mentions.some((m) => listed.has(m.actorId))) return null;
  if (issueMatcherOf(dossier).issuesOf(doc.report.text).length > 0) return null;
  return "off topic: names none of the dossier's actors and no word of its issues";
}

const matchers = new WeakMap<Dossier, IssueMatcher>();
function issueMatcherOf(dossier: Dossier): IssueMatcher {
  let m = matchers.get(dossier);
  if (!m) {
    m = buildIssueMatcher(dossier);
    matchers.set(dossier, m);
  }
  return m;
}

/** Prepares extraction for one dossier; the returned function is called once per report. */
export function createExtractor(dossier: Dossier): (report: Report) => ExtractedReport {
  const ctx: ExtractContext = { dossier };
  return (report) => extractReport(report, ctx);
}

export { type IssueRole, type IssueRoles, issueRoles } from "./issue-roles.js";
export { buildIssueMatcher, type IssueMatcher } from "./issues.js";
export { partyWordKey, partyWords } from "./party-words.js";
export { extractOnPool, type Outcome, poolThreads } from "./pool.js";
