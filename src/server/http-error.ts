/**
 * Errors the desk answers with: a status, a message safe to show, and for a bad
 * request the parameter at fault and the reason. Nothing else (no stack, no
 * internal detail) ever reaches a client.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly parameter?: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

export function badParameter(parameter: string, reason: string): HttpError {
  return new HttpError(400, `bad parameter '${parameter}': ${reason}`, parameter, reason);
}

export function notFound(what: string): HttpError {
  return new HttpError(404, `${what} not found`);
}

export interface ErrorBody {
  error: { status: number; message: string; parameter?: string; reason?: string };
}

const GENERIC: Record<number, string> = {
  400: "bad request",
  401: "authentication required",
  403: "forbidden",
  404: "not found",
  405: "method not allowed",
  413: "request body too large",
  415: "unsupported media type",
  500: "internal error",
};

/** What a client sees of any thrown error. Unknown errors become a bare 500. */
export function errorBody(err: unknown): ErrorBody {
  if (err instanceof HttpError) {
    return {
      error: {
        status: err.status,
        message: err.message,
        ...(err.parameter ? { parameter: err.parameter, reason: err.reason ?? "" } : {}),
      },
    };
  }
  // Fastify's own client errors (malformed JSON, too large, wrong media type) carry a 4xx code.
  const status = (err as { statusCode?: unknown })?.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) {
    const message = (err as Error).message;
    return { error: { status, message: safeMessage(message) ?? GENERIC[status] ?? "bad request" } };
  }
  return { error: { status: 500, message: GENERIC[500]! } };
}

/** A framework message, if it is one line of plain words (no paths, no stack). */
function safeMessage(message: string | undefined): string | null {
  if (!message || message.length > 300 || /\n|\bat \S+:\d+/.test(message)) return null;
  return message;
}
