/** Small records for store tests, built so each test states only what it cares about. */
import type {
  Claim,
  ClusterTally,
  ClusterWithClaims,
  ExtractedReport,
  Report,
  Stance,
  TrackingDigest,
} from "../model/index.js";

export function makeReport(overrides: Partial<Report> & { id: string }): Report {
  const text = overrides.text ?? `Negotiators met again in Geneva, report ${overrides.id}.`;
  return {
    sourceId: "harbor-daily",
    url: `https://harbor-daily.example/${overrides.id}`,
    title: `Report ${overrides.id}`,
    byline: null,
    published: "2025-12-28T10:00:00Z",
    language: "en",
    origin: `/reports/${overrides.id}.json`,
    contentHash: `hash-of:${text}`,
    ...overrides,
    text,
  };
}

export function makeClaim(report: Report, n: number, overrides: Partial<Claim> = {}): Claim {
  return {
    id: `${report.id}:0:${n}`,
    reportId: report.id,
    sentence: 0,
    holderId: "ukraine",
    subject: "the framework",
    predicate: "share_agreed",
    issue: "framework",
    object: "framework agreed",
    quantity: null,
    time: null,
    polarity: "affirm",
    slot: "framework:share_agreed",
    terms: ["framework", "agreed"],
    evidence: { start: 0, end: 10, text: report.text.slice(0, 10) },
    ...overrides,
  };
}

export function makeStance(report: Report, overrides: Partial<Stance> = {}): Stance {
  return {
    actorId: "russia",
    issue: "territory",
    position: "demands",
    reportId: report.id,
    sentence: 0,
    evidence: report.text.slice(0, 12),
    evidenceSpan: { start: 0, end: 12 },
    asOf: report.published,
    ...overrides,
  };
}

export function makeExtraction(report: Report, claims = 1, stances = 1): ExtractedReport {
  return {
    report,
    sentences: [{ start: 0, end: report.text.length, index: 0, paragraph: 0 }],
    mentions: [{ start: 0, end: 5, actorId: "ukraine", text: "Kyiv", sentence: 0, via: "alias" }],
    quotes: [],
    quantities: [],
    times: [],
    claims: Array.from({ length: claims }, (_, n) => makeClaim(report, n)),
    stances: Array.from({ length: stances }, (_, n) =>
      makeStance(report, { issue: n === 0 ? "territory" : `issue-${n}` }),
    ),
    events: [],
    commitments: [],
    discoveredActors: [],
  };
}

/** A tracking digest with one of each part, as tracking would make of the report. */
export function makeDigest(report: Report, version = 1): TrackingDigest {
  const text = report.text.replace(/\s+/g, " ").trim();
  return {
    version,
    reportId: report.id,
    sourceId: report.sourceId,
    published: report.published,
    statusSentences: [{ sentence: 0, text, says: "open", stems: ["negotia", "geneva"] }],
    plans: [
      {
        reportId: report.id,
        sourceId: `${report.id}:c0`,
        via: "commitment",
        sentence: 0,
        what: "meet again in Geneva",
        asOf: report.published,
        due: {
          from: "2026-01-05",
          until: "2026-01-11",
          text: "next week",
          value: "2026-W02",
          granularity: "week",
        },
        actorId: "ukraine",
        terms: ["geneva", "@ukraine"],
        action: "meeting",
      },
    ],
    told: [{ sentence: 0, text, terms: ["geneva"], days: [report.published.slice(0, 10)] }],
    events: [
      {
        event: {
          id: `${report.id}:e0`,
          reportId: report.id,
          kind: "meeting",
          participants: ["ukraine"],
          date: report.published.slice(0, 10),
          granularity: "day",
          text,
          span: { start: 0, end: report.text.length },
          sentence: 0,
        },
        figures: ["two hours"],
      },
    ],
  };
}

export function makeCluster(
  id: string,
  claims: Claim[],
  status: ClusterWithClaims["verdict"]["status"],
  issue = "framework",
): ClusterWithClaims {
  return {
    id,
    slot: claims[0]?.slot ?? "slot",
    issue,
    label: `cluster ${id}`,
    claimIds: claims.map((c) => c.id),
    claims,
    verdict: {
      status,
      independentSources: 1,
      reports: claims.length,
      variants: [],
      reasons: ["1 independent source"],
      reprints: [],
      denials: [],
    },
  };
}

/** A tally of these claims as one value, as verification would keep it for a large cluster. */
export function makeTally(claims: Claim[]): ClusterTally {
  const reportIds = [...new Set(claims.map((c) => c.reportId))].sort();
  return {
    version: 1,
    claims: claims.length,
    first: claims.slice(0, 1),
    latest: claims.slice(-1),
    denials: [],
    values: [
      {
        claim: claims[0]!,
        count: claims.length,
        reportIds,
        sourceIds: ["harbor-daily"],
        holderIds: ["ukraine"],
        outlet: false,
        origins: { "Harbor Media Group": reportIds.length },
        ownerSources: { "Harbor Media Group": { "harbor-daily": reportIds.length } },
        firstDayBy: { ukraine: "2025-12-28" },
        lastDay: "2025-12-28",
        positions: false,
      },
    ],
  };
}
