/**
 * Request parameters checked with zod: a bad one becomes a 400 naming the
 * parameter and the reason. Shared pieces (days, verdicts, pagination) live here.
 */
import { z } from "zod";
import { badParameter } from "../http-error.js";

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "not a calendar date");

export const verdict = z.enum(["corroborated", "single_source", "conflicting", "disputed"]);

export const MAX_LIMIT = 500;
export const page = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export function parseParams<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === "unrecognized_keys")
    throw badParameter(issue.keys.join(", "), "unknown parameter");
  const name = issue.path.map(String).join(".") || "(request)";
  return rejectWith(name, issue.message);
}

function rejectWith(name: string, reason: string): never {
  throw badParameter(name, reason);
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export function paginate<T>(items: T[], q: { limit: number; offset: number }): Page<T> {
  return {
    total: items.length,
    limit: q.limit,
    offset: q.offset,
    items: items.slice(q.offset, q.offset + q.limit),
  };
}
