/** Filters naming an issue, actor or source the desk does not know are bad parameters, not empty results. */
import { badParameter } from "../http-error.js";
import type { Snapshot } from "../snapshot.js";

const listed = (ids: string[]) =>
  ids.length > 12 ? `${ids.slice(0, 12).join(", ")}, …` : ids.join(", ");

export function checkIssue(snap: Snapshot, issue: string | undefined, name = "issue"): void {
  if (issue === undefined) return;
  const ids = [
    ...new Set([...snap.dossier.issues.map((i) => i.id), ...snap.clusters.map((c) => c.issue)]),
  ];
  if (!ids.includes(issue))
    throw badParameter(name, `unknown issue '${issue}' (known: ${listed(ids)})`);
}

export function checkActor(snap: Snapshot, actor: string | undefined, name = "actor"): void {
  if (actor === undefined || snap.actorById.has(actor)) return;
  throw badParameter(name, `unknown actor '${actor}' (see /api/actors)`);
}

export function checkSource(snap: Snapshot, source: string | undefined): void {
  if (source === undefined || snap.sourceById.has(source)) return;
  throw badParameter("source", `unknown source '${source}' (see /api/sources)`);
}
