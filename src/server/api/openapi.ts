/**
 * The OpenAPI 3.1 document, written from the route declarations: parameters
 * come from the same zod schemas that check requests (zod's JSON Schema output).
 */
import { z } from "zod";
import type { ApiRoute } from "./route.js";

type Json = Record<string, unknown>;

const ERROR_SCHEMA = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["status", "message"],
      properties: {
        status: { type: "integer" },
        message: { type: "string" },
        parameter: { type: "string" },
        reason: { type: "string" },
      },
    },
  },
};

function parametersOf(schema: z.ZodObject | undefined, where: "query" | "path"): Json[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, prop]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    ...(typeof prop.description === "string" ? { description: prop.description } : {}),
    schema: prop,
  }));
}

function operation(r: ApiRoute): Json {
  const produces = r.produces ?? ["application/json"];
  const content = Object.fromEntries(produces.map((t) => [t, {}]));
  const responses: Json = {
    [r.write ? "201" : "200"]: { description: "OK", content },
    "400": {
      description: "A bad parameter, named with the reason",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    },
  };
  if (r.write)
    responses["202"] = {
      description: "Accepted: stored and queued for the workers (on PostgreSQL)",
      content,
    };
  if (r.path.includes(":"))
    responses["404"] = {
      description: "Not found",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  if (r.write) responses["401"] = { description: "API token missing or wrong" };
  return {
    summary: r.summary,
    tags: [r.tag],
    operationId: `${r.method.toLowerCase()}${r.path.replace(/[/:.-](\w)/g, (_, c: string) => c.toUpperCase())}`,
    parameters: [...parametersOf(r.params, "path"), ...parametersOf(r.query, "query")],
    ...(r.requestBody
      ? {
          requestBody: {
            required: true,
            description: r.requestBody.description,
            content: { "application/json": { schema: r.requestBody.schema } },
          },
        }
      : {}),
    ...(r.write ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

export function openApiDocument(
  routes: ApiRoute[],
  info: { title: string; version: string },
): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, "{$1}");
    paths[path] = { ...(paths[path] ?? {}), [r.method.toLowerCase()]: operation(r) };
  }
  return {
    openapi: "3.1.0",
    info: {
      ...info,
      description: "ThinkTanksMonitor: reports, claims with verdicts, stances and the brief.",
    },
    servers: [{ url: "/api" }],
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
  };
}
