/**
 * One brief per day of reporting, newest first: what a feed of briefs carries.
 * Each day's verdicts count only that day's reports (a windowed brief).
 */
import type { Brief } from "../brief/index.js";
import type { Dossier } from "../model/index.js";
import { buildBrief } from "../pipeline.js";
import type { Store } from "../store/store.js";
import { briefEntry, type Feed } from "./feed.js";

export const FEED_DAYS = 14;

export async function dailyBriefs(
  store: Store,
  dossier: Dossier,
  days = FEED_DAYS,
): Promise<{ day: string; brief: Brief }[]> {
  const reports = await store.listReports();
  const daysWithReports = [...new Set(reports.map((r) => r.published.slice(0, 10)))]
    .sort()
    .reverse()
    .slice(0, days);
  const out: { day: string; brief: Brief }[] = [];
  for (const day of daysWithReports)
    out.push({ day, brief: await buildBrief(store, dossier, { since: day, until: day }) });
  return out;
}

export async function briefFeed(
  store: Store,
  dossier: Dossier,
  baseUrl: string,
  selfPath: string,
): Promise<Feed> {
  const briefs = await dailyBriefs(store, dossier);
  const base = baseUrl.replace(/\/+$/, "");
  const entries = briefs.map(({ day, brief }) => briefEntry(brief, day, base));
  return {
    title: `${dossier.title}: daily briefs`,
    link: `${base}/`,
    selfLink: `${base}${selfPath}`,
    updated: entries[0]?.updated ?? new Date().toISOString(),
    entries,
  };
}
