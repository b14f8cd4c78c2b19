/**
 * The dossier an evaluation run uses, built from the gold set itself: its
 * actors (aliases, and the role as a title), the sources its reports name, and
 * an issue vocabulary. A set about another negotiation carries its own
 * dossier.yaml, whose issues, framework and places are used as they stand.
 * Without one, gold issue ids are those of the bundled dossier, so its
 * vocabulary is reused when it can be loaded; otherwise each issue id's own
 * words stand in, which keeps any folder in the format usable with no code change.
 */
import type { DossierTopic } from "../dossier/index.js";
import type { Actor, Dossier, Issue, Place, Source } from "../model/index.js";
import type { GoldActor, GoldSet } from "./gold.js";

/** The issue ids of FORMAT.md, used when no dossier vocabulary is available. */
export const FORMAT_ISSUES = [
  "territory",
  "security_guarantees",
  "ceasefire",
  "referendum",
  "nato",
  "troops",
  "framework",
  "economic_zone",
  "nuclear_plant",
  "elections",
  "sanctions",
  "attacks",
  "talks",
  "other",
] as const;

/** Roles that only restate what kind of actor this is ("state"): no use as a title. */
const GENERIC_ROLES = new Set(["state", "country", "bloc", "organization", "organisation"]);

/** A role as titles, written with and without "the" ("Kremlin spokesman", "the Kremlin spokesman"). */
export function titlesFromRole(actor: GoldActor): string[] {
  const role = actor.role?.trim();
  if (!role || GENERIC_ROLES.has(role.toLowerCase()) || role.toLowerCase() === actor.kind)
    return [];
  const bare = role.replace(/^the\s+/i, "");
  return [bare, `the ${bare}`];
}

export function actorFromGold(actor: GoldActor): Actor {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    titles: titlesFromRole(actor),
    role: actor.role,
    affiliation: actor.affiliation,
    // The gold format does not say; null lets "he" and "she" reach any person.
    gender: null,
  };
}

/** The sources the set's reports name, once each (the first record of an id wins). */
export function sourcesOf(set: Pick<GoldSet, "articles">): Source[] {
  const byId = new Map<string, Source>();
  for (const a of set.articles) {
    if (!byId.has(a.source.id)) byId.set(a.source.id, { ...a.source });
  }
  return [...byId.values()];
}

/**
 * Issues for the run: the given vocabulary, or, with none, each FORMAT.md issue
 * id's own words ("other" has no words that could put a sentence on it).
 */
export function issuesFor(known: readonly Issue[]): Issue[] {
  if (known.length > 0) return [...known];
  return FORMAT_ISSUES.filter((id) => id !== "other").map((id) => {
    const words = id.replace(/_/g, " ");
    return { id, label: words, vocabulary: [words] };
  });
}

/** The run's dossier: the set's actors and sources, the issue words and places of a dossier. */
export function dossierFromSet(
  set: GoldSet,
  vocabulary: readonly Issue[],
  places: readonly Place[] = [],
): Dossier {
  const published = set.articles.map((a) => a.published.slice(0, 10)).sort();
  return {
    id: `eval-${set.name}`,
    title: `Evaluation set ${set.name}`,
    description: `Built from ${set.dir}`,
    period:
      published.length > 0
        ? { from: published[0]!, until: published[published.length - 1]! }
        : null,
    actors: set.actors.map(actorFromGold),
    issues: issuesFor(vocabulary),
    sources: sourcesOf(set),
    framework: [],
    places: [...places],
  };
}

/**
 * The run's dossier for a set with a dossier.yaml of its own: its id, title,
 * period, issues, framework and places, with the set's actors and sources.
 */
export function dossierFromSetTopic(set: GoldSet, topic: DossierTopic): Dossier {
  const base = dossierFromSet(set, topic.issues, topic.places);
  return {
    ...base,
    id: `eval-${topic.id}`,
    title: topic.title,
    description: topic.description || base.description,
    period: topic.period ?? base.period,
    framework: topic.framework.map((p) => ({ ...p })),
  };
}
