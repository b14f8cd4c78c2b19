/** The dossier file's schema: what a valid YAML dossier looks like, checked on load. */
import { z } from "zod";

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "must be lower-case letters, digits, '-' or '_'");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

export const actorSchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(["person", "state", "organization", "bloc"]),
  aliases: z.array(z.string().min(1)).default([]),
  titles: z.array(z.string().min(1)).default([]),
  role: z.string().nullable().default(null),
  affiliation: id.nullable().default(null),
  gender: z.enum(["male", "female"]).nullable().default(null),
});

export const issueSchema = z.strictObject({
  id,
  label: z.string().min(1),
  vocabulary: z.array(z.string().min(1)).min(1, "an issue needs at least one term"),
  about: z.array(id).default([]),
});

export const sourceSchema = z.strictObject({
  id,
  name: z.string().min(1),
  owner: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/, "must be a two-letter country code"),
  kind: z.enum(["outlet", "wire", "analysis"]),
  homepage: z.url().optional(),
  feeds: z.array(z.url()).default([]),
});

export const frameworkPointSchema = z.strictObject({
  id,
  label: z.string().min(1),
  issue: id,
});

export const placeSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  within: id.nullable().default(null),
});

/** The fields that say what a negotiation is about, with no actors or sources. */
const topicShape = {
  id,
  title: z.string().min(1),
  description: z.string().default(""),
  period: z.strictObject({ from: isoDate, until: isoDate }).nullable().default(null),
  issues: z.array(issueSchema).min(1),
  framework: z.array(frameworkPointSchema).default([]),
  places: z.array(placeSchema).default([]),
};

interface TopicFields {
  issues: Array<{ id: string; about: string[] }>;
  places: Array<{ id: string; within: string | null }>;
  framework: Array<{ issue: string }>;
}

function duplicates(ids: string[]): number[] {
  const seen = new Set<string>();
  const at: number[] = [];
  ids.forEach((value, i) => {
    if (seen.has(value)) at.push(i);
    seen.add(value);
  });
  return at;
}

/** Checks across the topic's fields: unique issue ids, and issues, places and points that exist. */
function checkTopic(d: TopicFields, ctx: z.RefinementCtx): void {
  for (const i of duplicates(d.issues.map((x) => x.id)))
    ctx.addIssue({
      code: "custom",
      path: ["issues", i, "id"],
      message: `duplicate id '${d.issues[i]!.id}'`,
    });
  const issueIds = new Set(d.issues.map((x) => x.id));
  d.issues.forEach((issue, i) => {
    issue.about.forEach((other, j) => {
      if (!issueIds.has(other) || other === issue.id)
        ctx.addIssue({
          code: "custom",
          path: ["issues", i, "about", j],
          message:
            other === issue.id ? "an issue cannot be about itself" : `unknown issue '${other}'`,
        });
    });
  });
  const placeIds = new Set(d.places.map((p) => p.id));
  d.places.forEach((p, i) => {
    if (p.within !== null && (!placeIds.has(p.within) || p.within === p.id))
      ctx.addIssue({
        code: "custom",
        path: ["places", i, "within"],
        message:
          p.within === p.id ? "a place cannot lie within itself" : `unknown place '${p.within}'`,
      });
  });
  d.framework.forEach((p, i) => {
    if (!issueIds.has(p.issue))
      ctx.addIssue({
        code: "custom",
        path: ["framework", i, "issue"],
        message: `unknown issue '${p.issue}'`,
      });
  });
}

/**
 * A dossier without actors and sources: what a gold evaluation set's
 * `dossier.yaml` holds (its actors are in actors.json, its sources in its reports).
 */
export const dossierTopicSchema = z.strictObject(topicShape).superRefine(checkTopic);

export const dossierSchema = z
  .strictObject({
    id: topicShape.id,
    title: topicShape.title,
    description: topicShape.description,
    period: topicShape.period,
    actors: z.array(actorSchema).min(1),
    issues: topicShape.issues,
    sources: z.array(sourceSchema).default([]),
    framework: topicShape.framework,
    places: topicShape.places,
  })
  .superRefine((d, ctx) => {
    for (const key of ["actors", "sources"] as const) {
      const list: Array<{ id: string }> = d[key];
      for (const i of duplicates(list.map((x) => x.id)))
        ctx.addIssue({
          code: "custom",
          path: [key, i, "id"],
          message: `duplicate id '${list[i]!.id}'`,
        });
    }
    const actorIds = new Set(d.actors.map((a) => a.id));
    d.actors.forEach((a, i) => {
      if (a.affiliation && !actorIds.has(a.affiliation))
        ctx.addIssue({
          code: "custom",
          path: ["actors", i, "affiliation"],
          message: `unknown actor '${a.affiliation}'`,
        });
    });
    checkTopic(d, ctx);
  });
