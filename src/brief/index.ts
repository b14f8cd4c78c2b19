/** The brief: compiled from records, rendered as Markdown, HTML and JSON. */
export type * from "./brief.js";
export { drawCharts, withCharts } from "./charts.js";
export {
  type BriefInput,
  compileBrief,
  DistinctStatements,
  distinctStatements,
  type IssueClusters,
  issueClusters,
  jsonBriefChunks,
  noCounts,
  type StreamedBriefInput,
  type StreamedIssue,
} from "./compile.js";
export { escapeHtml, renderHtml } from "./html.js";
export { escapeMarkdown, renderMarkdown } from "./markdown.js";

import type { Brief } from "./brief.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { STATEMENTS_SHOWN } from "./words.js";

export type BriefFormat = "md" | "html" | "json";

/**
 * What a brief rendered in this format needs listed per issue: Markdown and
 * HTML show STATEMENTS_SHOWN statements, JSON every one. Spread into BriefOptions.
 */
export function shownIn(format: BriefFormat): { statementsPerIssue?: number } {
  return format === "json" ? {} : { statementsPerIssue: STATEMENTS_SHOWN };
}

export function renderBrief(brief: Brief, format: BriefFormat): string {
  if (format === "md") return renderMarkdown(brief);
  if (format === "html") return renderHtml(brief);
  // Charts are drawing, not data: the JSON brief carries the rows they are drawn from.
  const { charts: _charts, ...data } = brief;
  return `${JSON.stringify(data, null, 2)}\n`;
}
