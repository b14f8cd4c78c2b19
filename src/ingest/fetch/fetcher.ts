/**
 * Fetching one address: follows redirects (each hop checked by the address
 * guard and the caller's hop check, such as robots.txt), refuses loops and
 * long chains, and sends conditional headers so an unchanged resource costs a
 * 304 and no body.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { AddressGuard } from "./address-guard.js";
import { FetchError } from "./errors.js";
import { httpGet, type RequestFunction } from "./http-get.js";

export interface Validators {
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
}

export interface FetchResult {
  /** The address the body came from, after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  headers: IncomingHttpHeaders;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

export interface FetchDocumentOptions {
  guard: AddressGuard;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxDecodedBytes: number;
  maxRedirects: number;
  validators?: Validators | undefined;
  accept?: string | undefined;
  signal?: AbortSignal | undefined;
  request?: RequestFunction | undefined;
  /** Called before every hop, the first included; throws to refuse it. */
  beforeHop?: ((url: URL) => Promise<void>) | undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

export function parseHttpUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError("bad_url", address, `not a URL: '${address}'`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchError(
      "unsupported_scheme",
      address,
      `refused ${address}: only http and https are fetched`,
    );
  return url;
}

export async function fetchDocument(
  address: string,
  options: FetchDocumentOptions,
): Promise<FetchResult> {
  let url = parseHttpUrl(address);
  const visited = new Set<string>();
  for (let hop = 0; ; hop++) {
    if (visited.has(url.href))
      throw new FetchError(
        "redirect_loop",
        address,
        `redirect loop at ${url.href} (from ${address})`,
      );
    visited.add(url.href);
    await options.beforeHop?.(url);
    const addresses = await options.guard.addressesFor(url);
    const response = await httpGet({
      url,
      addresses,
      headers: requestHeaders(options),
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes,
      maxDecodedBytes: options.maxDecodedBytes,
      signal: options.signal,
      request: options.request,
    });
    const location = header(response.headers, "location");
    if (REDIRECTS.has(response.status) && location) {
      if (hop >= options.maxRedirects)
        throw new FetchError(
          "too_many_redirects",
          address,
          `more than ${options.maxRedirects} redirects from ${address}`,
        );
      url = parseHttpUrl(new URL(location, url).href);
      continue;
    }
    return toResult(url, response.status, response.headers, response.body);
  }
}

function requestHeaders(options: FetchDocumentOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": options.userAgent,
    accept: options.accept ?? DEFAULT_ACCEPT,
    "accept-encoding": "gzip, deflate, br",
  };
  if (options.validators?.etag) headers["if-none-match"] = options.validators.etag;
  if (options.validators?.lastModified)
    headers["if-modified-since"] = options.validators.lastModified;
  return headers;
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first.trim() : null;
}

function toResult(
  url: URL,
  status: number,
  headers: IncomingHttpHeaders,
  body: Buffer,
): FetchResult {
  if (status !== 304 && (status < 200 || status > 299)) {
    throw new FetchError("http_status", url.href, `HTTP ${status} from ${url.href}`, {
      status,
      retryAfterSeconds: retryAfter(header(headers, "retry-after")),
    });
  }
  return {
    url: url.href,
    status,
    notModified: status === 304,
    headers,
    body,
    contentType: header(headers, "content-type"),
    etag: header(headers, "etag"),
    lastModified: header(headers, "last-modified"),
  };
}

/** Retry-After as seconds: a number, or an HTTP date from now. */
function retryAfter(value: string | null): number | null {
  if (value === null) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}
