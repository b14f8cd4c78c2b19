import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LocalServer,
  respond,
  startLocalServer,
} from "../../test-support/local-http-server.js";
import { AddressGuard } from "./address-guard.js";
import { fetchDocument } from "./fetcher.js";

const MB = 1024 * 1024;
let server: LocalServer;
/** Bytes the 50 MB route managed to write before the client hung up. */
let hugeBytesSent = 0;

beforeAll(async () => {
  server = await startLocalServer({
    "/feed": (req, res) => {
      if (
        req.headers["if-none-match"] === '"v1"' ||
        req.headers["if-modified-since"] === "Sun, 28 Dec 2025 10:00:00 GMT"
      ) {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, {
        etag: '"v1"',
        "last-modified": "Sun, 28 Dec 2025 10:00:00 GMT",
        "content-type": "application/rss+xml",
      });
      res.end("<rss/>");
    },
    "/loop-a": respond("", { location: "/loop-b" }, 302),
    "/loop-b": respond("", { location: "/loop-a" }, 307),
    "/chain": (req, res) => {
      const n = Number(new URL(req.url ?? "/", "http://x").searchParams.get("n") ?? 0);
      res.writeHead(302, { location: `/chain?n=${n + 1}` });
      res.end();
    },
    "/moved": respond("", { location: "/feed" }, 301),
    "/slow": () => {
      // Never answers: the client's deadline must end the wait.
    },
    "/huge": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const write = () => {
        while (hugeBytesSent < 50 * MB) {
          hugeBytesSent += chunk.length;
          if (!res.write(chunk)) {
            res.once("drain", write);
            return;
          }
        }
        res.end();
      };
      res.on("close", () => res.destroy());
      write();
    },
    "/declared-huge": (_req, res) => {
      res.writeHead(200, { "content-length": String(50 * MB) });
      res.end();
    },
    "/gzip-bomb": respond(gzipSync(Buffer.alloc(20 * MB)), { "content-encoding": "gzip" }),
    "/gzip": respond(gzipSync("hello gzip"), { "content-encoding": "gzip" }),
    "/deflate": respond(deflateSync("hello deflate"), { "content-encoding": "deflate" }),
    "/br": respond(brotliCompressSync("hello brotli"), { "content-encoding": "br" }),
    "/corrupt-gzip": respond(Buffer.from("not gzip at all"), { "content-encoding": "gzip" }),
    "/gone": respond("gone", {}, 410),
  });
});
afterAll(() => server.close());

function fetchLocal(path: string, extra: Partial<Parameters<typeof fetchDocument>[1]> = {}) {
  return fetchDocument(server.url(path), {
    guard: new AddressGuard(["127.0.0.1"]),
    userAgent: "ThinkTanksMonitor-test",
    timeoutMs: 2_000,
    maxBytes: 2 * MB,
    maxDecodedBytes: 4 * MB,
    maxRedirects: 5,
    ...extra,
  });
}

describe("fetchDocument", () => {
  it("sends conditional headers and reports a 304 as not modified", async () => {
    const first = await fetchLocal("/feed");
    expect(first).toMatchObject({ status: 200, notModified: false, etag: '"v1"' });
    const byEtag = await fetchLocal("/feed", { validators: { etag: first.etag } });
    expect(byEtag).toMatchObject({ status: 304, notModified: true });
    expect(byEtag.body.length).toBe(0);
    const byDate = await fetchLocal("/feed", { validators: { lastModified: first.lastModified } });
    expect(byDate.notModified).toBe(true);
    expect(server.requests.at(-1)?.headers["user-agent"]).toBe("ThinkTanksMonitor-test");
  });

  it("follows a redirect and reports where the body came from", async () => {
    const result = await fetchLocal("/moved");
    expect(result.url).toBe(server.url("/feed"));
  });

  it("refuses a redirect loop and a chain longer than the limit", async () => {
    await expect(fetchLocal("/loop-a")).rejects.toMatchObject({ code: "redirect_loop" });
    await expect(fetchLocal("/chain")).rejects.toMatchObject({ code: "too_many_redirects" });
  });

  it("gives up on a server that never answers", async () => {
    await expect(fetchLocal("/slow", { timeoutMs: 300 })).rejects.toMatchObject({
      code: "timeout",
      retryable: true,
    });
  });

  it("refuses a 50 MB body at the limit while reading only about the limit", async () => {
    await expect(fetchLocal("/huge")).rejects.toMatchObject({ code: "too_large" });
    // The server stops when we hang up: far less than 50 MB ever left it.
    expect(hugeBytesSent).toBeLessThan(20 * MB);
    await expect(fetchLocal("/declared-huge")).rejects.toThrow(
      /50 MB refused: over the 2 MB limit/,
    );
  });

  it("refuses a gzip bomb at the decompressed-size limit", async () => {
    await expect(fetchLocal("/gzip-bomb")).rejects.toMatchObject({ code: "decoded_too_large" });
  });

  it("decompresses gzip, deflate and brotli, and refuses a corrupt stream", async () => {
    expect((await fetchLocal("/gzip")).body.toString()).toBe("hello gzip");
    expect((await fetchLocal("/deflate")).body.toString()).toBe("hello deflate");
    expect((await fetchLocal("/br")).body.toString()).toBe("hello brotli");
    await expect(fetchLocal("/corrupt-gzip")).rejects.toMatchObject({ code: "bad_encoding" });
  });

  it("reports an HTTP error status as final for 4xx", async () => {
    const attempt = fetchLocal("/gone");
    await expect(attempt).rejects.toMatchObject({
      code: "http_status",
      status: 410,
      retryable: false,
    });
  });

  it("refuses addresses that are not http or https", async () => {
    await expect(
      fetchDocument("file:///etc/passwd", {
        guard: new AddressGuard([]),
        userAgent: "t",
        timeoutMs: 100,
        maxBytes: 1,
        maxDecodedBytes: 1,
        maxRedirects: 0,
      }),
    ).rejects.toMatchObject({ code: "unsupported_scheme" });
  });
});
