/**
 * Stances: a predicted stance matches a gold one when actor, issue and
 * position are all the same; among equal candidates the one whose evidence
 * overlaps the gold evidence more is taken.
 */
import { scoreTask, type TaskResult, type TaskRules } from "./article-task.js";
import type { GoldSet, GoldStance } from "./gold.js";
import { tokenOverlap } from "./match.js";
import type { Predictions } from "./predictions.js";

export const stanceRules: TaskRules<GoldStance> = {
  match(g, p) {
    if (g.actor !== p.actor || g.issue !== p.issue || g.position !== p.position) return null;
    return 1 + tokenOverlap(g.evidence, p.evidence);
  },
  explain(g, predicted) {
    const near = predicted.find(
      (p) =>
        tokenOverlap(g.evidence, p.evidence) >= 0.5 || (p.actor === g.actor && p.issue === g.issue),
    );
    return near ? `found as ${near.actor} ${near.position} ${near.issue}` : undefined;
  },
};

export function scoreStances(set: GoldSet, predictions: Predictions): TaskResult<GoldStance> {
  return scoreTask(set, predictions, "stances", stanceRules);
}
