/**
 * A throwaway HTTP server on 127.0.0.1 for tests: routes map a path to a
 * handler, every request is recorded, and the port is chosen by the system.
 * Tests talk to nothing else.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage["headers"];
}

export interface LocalServer {
  /** The server's address for a path, e.g. http://127.0.0.1:41234/feed.xml */
  url(path: string): string;
  origin: string;
  requests: RecordedRequest[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startLocalServer(routes: Record<string, Handler> = {}): Promise<LocalServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    requests.push({ path, headers: req.headers });
    const handler = table.get(path) ?? table.get("*");
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    route: (path, handler) => table.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that answers with a fixed body and headers. */
export function respond(
  body: string | Buffer,
  headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" },
  status = 200,
): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}
