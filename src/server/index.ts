/**
 * The analyst's desk: an HTTP API (OpenAPI 3.1 at /openapi.json) and a web
 * dashboard over one database. Listens on 127.0.0.1 unless told otherwise, and
 * then only with an API token.
 */
import type { Dossier } from "../model/index.js";
import type { Handoff } from "../pipeline.js";
import type { Store } from "../store/store.js";
import { buildApp } from "./app.js";
import { Desk } from "./desk.js";
import { checkBinding, isLoopback } from "./security.js";

export { API_ROUTES } from "./api/register.js";
export { CONTENT_SECURITY_POLICY, checkBinding, isLoopback } from "./security.js";

export interface ServeOptions {
  store: Store;
  dossier: Dossier;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string | undefined;
  /** The address the desk is reached at from outside, for links in exports and feeds. */
  publicUrl?: string | undefined;
  version?: string;
  log?: (message: string) => void;
  /** What follows POST /reports: analysis in this process unless given (jobs for workers). */
  handoff?: Handoff | undefined;
}

export interface RunningDesk {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;

export async function startServer(options: ServeOptions): Promise<RunningDesk> {
  const host = options.host ?? DEFAULT_HOST;
  const token = options.token || undefined;
  checkBinding(host, token);
  const desk = new Desk(options.store, options.dossier, options.handoff);
  await desk.current();
  let baseUrl = options.publicUrl ?? "";
  const app = buildApp({
    desk,
    policy: { token, readsNeedToken: !isLoopback(host) },
    baseUrl: () => baseUrl,
    version: options.version ?? "0.1.0",
    ...(options.log ? { log: options.log } : {}),
  });
  await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  const address = app.server.address();
  const port =
    typeof address === "object" && address ? address.port : (options.port ?? DEFAULT_PORT);
  const shownHost = host.includes(":") ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;
  baseUrl ||= url;
  return { url, host, port, close: () => app.close() };
}
