/**
 * Why a fetch failed, as a code a caller can act on (retry, back off,
 * quarantine) and a message that names the address and the reason.
 */
export type FetchErrorCode =
  | "bad_url"
  | "unsupported_scheme"
  | "forbidden_address"
  | "dns"
  | "network"
  | "timeout"
  | "too_large"
  | "decoded_too_large"
  | "bad_encoding"
  | "too_many_redirects"
  | "redirect_loop"
  | "http_status"
  | "robots_disallowed"
  | "aborted";

/** Failures that may pass on their own: worth another try after a pause. */
const TRANSIENT: ReadonlySet<FetchErrorCode> = new Set(["dns", "network", "timeout"]);

export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly url: string;
  readonly status: number | null;
  /** Seconds the server asked us to wait (Retry-After), when it did. */
  readonly retryAfterSeconds: number | null;

  constructor(
    code: FetchErrorCode,
    url: string,
    message: string,
    extra: { status?: number; retryAfterSeconds?: number | null } = {},
  ) {
    super(message);
    this.name = "FetchError";
    this.code = code;
    this.url = url;
    this.status = extra.status ?? null;
    this.retryAfterSeconds = extra.retryAfterSeconds ?? null;
  }

  /** Network trouble, timeouts, 5xx and 429 are retried; refusals and 4xx are final. */
  get retryable(): boolean {
    if (TRANSIENT.has(this.code)) return true;
    if (this.code !== "http_status" || this.status === null) return false;
    return this.status === 429 || this.status === 408 || this.status >= 500;
  }
}
