/**
 * One HTTP GET, no redirects followed: connects only to the addresses the
 * guard checked, gives up after a deadline, refuses a body past the size
 * limit while it streams in (so memory stays bounded), and decompresses
 * gzip, deflate and brotli with a limit on the decompressed size as well.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Transform } from "node:stream";
import zlib from "node:zlib";
import type { ResolvedAddress } from "./address-guard.js";
import { FetchError } from "./errors.js";

/** The request function, injectable so tests can prove no socket was opened. */
export type RequestFunction = (
  url: URL,
  options: http.RequestOptions,
  onResponse: (res: IncomingMessage) => void,
) => http.ClientRequest;

export const nodeRequest: RequestFunction = (url, options, onResponse) =>
  (url.protocol === "https:" ? https : http).request(url, options, onResponse);

export interface GetOptions {
  url: URL;
  addresses: ResolvedAddress[];
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  maxDecodedBytes: number;
  signal?: AbortSignal | undefined;
  request?: RequestFunction | undefined;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Answers Node's lookup with the checked addresses only. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    const first = addresses[0] as ResolvedAddress;
    if (options?.all) callback(null, addresses);
    else callback(null, first.address, first.family);
  }) as unknown as LookupFunction;
}

const MB = 1024 * 1024;
const megabytes = (n: number) => `${(n / MB).toFixed(n < MB ? 2 : 0)} MB`;

export function httpGet(options: GetOptions): Promise<RawResponse> {
  const { url } = options;
  const request = options.request ?? nodeRequest;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, response?: RawResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(response as RawResponse);
    };
    const onAbort = () => finish(new FetchError("aborted", url.href, `stopped: ${url.href}`));
    const timer = setTimeout(
      () =>
        finish(
          new FetchError(
            "timeout",
            url.href,
            `timed out after ${options.timeoutMs / 1000} s: ${url.href}`,
          ),
        ),
      options.timeoutMs,
    );
    const req = request(
      url,
      {
        method: "GET",
        headers: options.headers,
        lookup: pinnedLookup(options.addresses),
        agent: false,
      },
      (res) => readBody(res, options, finish),
    );
    req.on("error", (error) => {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      finish(new FetchError("network", url.href, `${url.href}: ${code || error.message}`));
    });
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener("abort", onAbort, { once: true });
    req.end();
  });
}

function readBody(
  res: IncomingMessage,
  options: GetOptions,
  finish: (error: Error | null, response?: RawResponse) => void,
): void {
  const href = options.url.href;
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    finish(
      new FetchError(
        "too_large",
        href,
        `body of ${megabytes(declared)} refused: over the ${megabytes(options.maxBytes)} limit (${href})`,
      ),
    );
    res.destroy();
    return;
  }
  const decoder = decompressor(res.headers["content-encoding"], href);
  if (decoder instanceof FetchError) {
    finish(decoder);
    res.destroy();
    return;
  }
  let received = 0;
  res.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (received > options.maxBytes) {
      res.destroy();
      finish(
        new FetchError(
          "too_large",
          href,
          `body refused at the ${megabytes(options.maxBytes)} limit (${href})`,
        ),
      );
    }
  });
  res.on("error", (error) => finish(new FetchError("network", href, `${href}: ${error.message}`)));
  const chunks: Buffer[] = [];
  let decoded = 0;
  const output = decoder ? res.pipe(decoder) : res;
  output.on("data", (chunk: Buffer) => {
    decoded += chunk.length;
    if (decoded > options.maxDecodedBytes) {
      res.destroy();
      decoder?.destroy();
      finish(
        new FetchError(
          "decoded_too_large",
          href,
          `decompressed body refused at the ${megabytes(options.maxDecodedBytes)} limit (${href})`,
        ),
      );
      return;
    }
    chunks.push(chunk);
  });
  output.on("error", (error: Error) =>
    finish(new FetchError("bad_encoding", href, `cannot decompress ${href}: ${error.message}`)),
  );
  output.on("end", () =>
    finish(null, {
      status: res.statusCode ?? 0,
      headers: res.headers,
      body: Buffer.concat(chunks),
    }),
  );
}

/** A decompressing stream for the Content-Encoding, null for none, an error for unknown ones. */
function decompressor(encoding: string | undefined, href: string): Transform | null | FetchError {
  const name = (encoding ?? "identity").trim().toLowerCase();
  if (name === "" || name === "identity") return null;
  if (name === "gzip" || name === "x-gzip") return zlib.createGunzip();
  // createUnzip accepts zlib-wrapped deflate (the standard) and gzip sent as deflate.
  if (name === "deflate") return zlib.createUnzip();
  if (name === "br") return zlib.createBrotliDecompress();
  return new FetchError("bad_encoding", href, `unsupported Content-Encoding '${name}' (${href})`);
}
