/**
 * How an API route is declared: method, path, checked parameters and a handler.
 * The same declarations register the routes and write the OpenAPI document, so
 * the document cannot drift from what the server accepts.
 */
import type { z } from "zod";
import type { Desk } from "../desk.js";
import type { Snapshot } from "../snapshot.js";

export interface RouteContext<Q, P> {
  desk: Desk;
  snap: Snapshot;
  query: Q;
  params: P;
  body: unknown;
  /** The desk's public address, for links in exports. */
  baseUrl: string;
}

/** A JSON value, or a rendered body with its media type. */
export type RouteResult =
  | { json: unknown; status?: number }
  | {
      body: string | Buffer;
      type: string;
      status?: number;
      filename?: string;
      headers?: Record<string, string>;
    };

export interface ApiRoute {
  method: "GET" | "POST";
  /** Fastify-style path below /api, e.g. /claims/:id. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  /** Media types of a successful answer (JSON unless said otherwise). */
  produces?: string[];
  /** Described request body, for writes. */
  requestBody?: { description: string; schema: Record<string, unknown> };
  /** Writes need the API token and are never cached. */
  write?: boolean;
  handle(ctx: RouteContext<unknown, unknown>): Promise<RouteResult>;
}

/** Declares a route with its handler typed by its own schemas. */
export function route<
  Q extends z.ZodObject = z.ZodObject,
  P extends z.ZodObject = z.ZodObject,
>(def: {
  method?: "GET" | "POST";
  path: string;
  summary: string;
  tag: string;
  query?: Q;
  params?: P;
  produces?: string[];
  requestBody?: ApiRoute["requestBody"];
  write?: boolean;
  handle(ctx: RouteContext<z.infer<Q>, z.infer<P>>): Promise<RouteResult>;
}): ApiRoute {
  return { ...def, method: def.method ?? "GET", handle: def.handle as ApiRoute["handle"] };
}
