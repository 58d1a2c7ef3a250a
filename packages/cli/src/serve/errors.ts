// The API's one error shape, `{ error: { message, hint?, file?, line?, column? } }`, and the one
// handler that turns anything thrown (ours, Fastify's, multipart's) into it with the right status.

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ErrorDetail } from "../export/render-task.js";

import type { ErrorBody } from "./schemas.js";

export type { ErrorBody };

/** An error the API answers with `status` and `body`, and any `headers` (Retry-After, Allow…). */
export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

export function badRequest(message: string, hint?: string): HttpError {
  return new HttpError(400, { message, ...(hint !== undefined && { hint }) });
}

/** 413, naming the limit so the user knows how far over they are. */
export function tooLarge(maxBytes: number, what = "the request body"): HttpError {
  return new HttpError(413, {
    message: `${what} is larger than this server takes (${formatMegabytes(maxBytes)})`,
    hint: `send a smaller file, or start the server with a larger --max-body (now ${formatMegabytes(maxBytes)})`,
  });
}

/** 422 for a statement briefing could not read or render: the error's parts, named after `file`. */
export function unreadable(detail: ErrorDetail, file: string | undefined): HttpError {
  return new HttpError(422, errorBodyOf(detail, file));
}

/**
 * The error body of a failed input. Only the uploaded name is ever shown as its file: an error
 * raised elsewhere (a template file) would otherwise name a path on the server.
 */
export function errorBodyOf(detail: ErrorDetail, file: string | undefined): ErrorBody {
  const own = file !== undefined && detail.file === file;
  return {
    message: detail.problem,
    ...(detail.hint !== undefined && { hint: detail.hint }),
    ...(file !== undefined && { file }),
    ...(own && detail.line !== undefined && { line: detail.line }),
    ...(own && detail.column !== undefined && { column: detail.column }),
  };
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / 2 ** 20;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

// Fastify's and @fastify/multipart's error codes whose status we keep, with our own wording.
const TOO_LARGE = new Set([
  "FST_ERR_CTP_BODY_TOO_LARGE",
  "FST_REQ_FILE_TOO_LARGE",
  "FST_PARTS_LIMIT",
  "FST_FILES_LIMIT",
  "FST_FIELDS_LIMIT",
]);
const MALFORMED = new Set([
  "FST_ERR_CTP_EMPTY_JSON_BODY",
  "FST_ERR_CTP_INVALID_CONTENT_LENGTH",
  "FST_INVALID_MULTIPART_CONTENT_TYPE",
  "FST_PROTO_VIOLATION",
  "FST_ERR_CTP_INVALID_JSON_BODY",
]);

/** Anything thrown while answering → status, body and headers; never a stack trace. */
export function toHttpError(error: unknown, maxBodyBytes: number): HttpError {
  if (error instanceof HttpError) return error;
  const fastify = error as Partial<FastifyError> | undefined;
  const code = typeof fastify?.code === "string" ? fastify.code : "";
  if (TOO_LARGE.has(code)) return tooLarge(maxBodyBytes);
  if (code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return new HttpError(415, { message: "this server does not read bodies of that Content-Type" });
  }
  if (MALFORMED.has(code)) return badRequest(`malformed request: ${fastify?.message ?? code}`);
  if (fastify?.validation !== undefined) return badRequest(fastify.message ?? "invalid request");
  const status = typeof fastify?.statusCode === "number" ? fastify.statusCode : 500;
  if (status === 413) return tooLarge(maxBodyBytes);
  if (status >= 400 && status < 500) {
    return new HttpError(status, { message: plainMessage(fastify?.message) ?? "bad request" });
  }
  return new HttpError(500, {
    message: "internal error — this is a bug in briefing; the server log has the details",
  });
}

function plainMessage(message: string | undefined): string | undefined {
  const line = message?.split("\n", 1)[0]?.trim();
  return line ? line.slice(0, 300) : undefined;
}

/** Route paths and their methods: what 405 (rather than 404) is answered for. */
export type RouteMethods = ReadonlyMap<string, readonly string[]>;

/**
 * Installs the error and not-found handlers: every error leaves as `{ error }` JSON with its
 * status; `onInternalError` hears of the 500s (the bugs), with the full error for the log.
 */
export function registerErrorHandlers(
  app: FastifyInstance,
  options: { maxBodyBytes: number; routes: RouteMethods; onInternalError?: (error: unknown) => void },
): void {
  app.setErrorHandler((error, _request, reply) => {
    const http = toHttpError(error, options.maxBodyBytes);
    if (http.status >= 500) options.onInternalError?.(error);
    return sendError(reply, http);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request);
    const methods = options.routes.get(path);
    if (methods && !methods.includes(request.method)) {
      return sendError(
        reply,
        new HttpError(
          405,
          { message: `${request.method} is not allowed on ${path}`, hint: `use ${methods.join(" or ")}` },
          { allow: methods.join(", ") },
        ),
      );
    }
    return sendError(reply, new HttpError(404, { message: `nothing at ${path}` }));
  });
}

export function sendError(reply: FastifyReply, error: HttpError): FastifyReply {
  return reply
    .code(error.status)
    .headers(error.headers)
    .type("application/json; charset=utf-8")
    .send({ error: error.body });
}

/** The request's path without its query; never decoded further, so it is only ever compared. */
export function pathOf(request: FastifyRequest): string {
  const url = request.url;
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}
