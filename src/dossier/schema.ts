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

export const dossierSchema = z
  .strictObject({
    id,
    title: z.string().min(1),
    description: z.string().default(""),
    period: z.strictObject({ from: isoDate, until: isoDate }).nullable().default(null),
    actors: z.array(actorSchema).min(1),
    issues: z.array(issueSchema).min(1),
    sources: z.array(sourceSchema).default([]),
    framework: z.array(frameworkPointSchema).default([]),
    places: z.array(placeSchema).default([]),
  })
  .superRefine((d, ctx) => {
    const unique = (key: "actors" | "issues" | "sources", ids: string[]) => {
      const seen = new Set<string>();
      ids.forEach((value, i) => {
        if (seen.has(value))
          ctx.addIssue({
            code: "custom",
            path: [key, i, "id"],
            message: `duplicate id '${value}'`,
          });
        seen.add(value);
      });
    };
    unique(
      "actors",
      d.actors.map((a) => a.id),
    );
    unique(
      "issues",
      d.issues.map((i) => i.id),
    );
    unique(
      "sources",
      d.sources.map((s) => s.id),
    );
    const actorIds = new Set(d.actors.map((a) => a.id));
    d.actors.forEach((a, i) => {
      if (a.affiliation && !actorIds.has(a.affiliation))
        ctx.addIssue({
          code: "custom",
          path: ["actors", i, "affiliation"],
          message: `unknown actor '${a.affiliation}'`,
        });
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
  });
