/** The brief as data: what the Markdown, HTML and JSON outputs all render. */
import type { Position, VerdictStatus } from "../model/index.js";

export interface Citation {
  /** Citation number as printed: [1], [2], ... */
  n: number;
  reportId: string;
  sourceId: string;
  source: string;
  title: string;
  url: string | null;
  published: string;
  /** The citation number of the report this one reprints, when it is a copy. */
  copyOf: number | null;
}

export interface StatementVariant {
  value: string;
  holders: string[];
  citations: number[];
  origins: number;
}

export interface Statement {
  clusterId: string;
  issue: string;
  status: VerdictStatus;
  /** The statement in the words of its most central report sentence. */
  text: string;
  /** Who says it, by name, when it is an attributed statement. */
  holders: string[];
  independentSources: number;
  reports: number;
  variants: StatementVariant[];
  citations: number[];
  reasons: string[];
}

export interface BriefSection {
  issue: string;
  label: string;
  statements: Statement[];
}

export interface StanceRow {
  actorId: string;
  actor: string;
  issue: string;
  issueLabel: string;
  position: Position;
  asOf: string;
  evidence: string;
  citations: number[];
  /** Earlier, different positions of the same actor on the issue, oldest first. */
  earlier: { position: Position; asOf: string; citations: number[] }[];
}

export interface BriefSummary {
  reports: number;
  sources: number;
  independentSources: number;
  claims: Record<VerdictStatus, number>;
}

export interface Brief {
  title: string;
  dossierId: string;
  compiledAt: string;
  filters: { since: string | null; until: string | null; issue: string | null };
  /** First and last publication dates of the reports the brief rests on. */
  coverage: { from: string | null; until: string | null };
  summary: BriefSummary;
  sections: BriefSection[];
  stances: StanceRow[];
  citations: Citation[];
  outlets: string[];
  method: string;
  closing: string;
}
