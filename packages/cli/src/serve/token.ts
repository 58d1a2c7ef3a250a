// The API token: who may call /api/* when the server is reachable from other machines; compared in
// constant time, and the loopback rule that decides whether a token is required at all.

import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors.js";

/** True when `given` is the token: both hashed first, so neither length nor content leaks by timing. */
export function tokenMatches(expected: string, given: string): boolean {
  const a = createHash("sha256").update(expected).digest();
  const b = createHash("sha256").update(given).digest();
  return timingSafeEqual(a, b);
}

/** Hosts only this machine can reach: the server may run there without a token. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** The token a request carries in `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  return match?.[1];
}

/**
 * Requires the token on every /api/* route but the OpenAPI document (it holds no data, and tools
 * fetch it before they know the token); static files and /healthz never need it.
 */
export function registerTokenCheck(app: FastifyInstance, token: string): void {
  app.addHook("onRequest", async (request) => {
    // The route matched, not the raw URL: the router decodes `/%61pi/…` to an /api/ route too.
    const path = request.routeOptions.url;
    if (path === undefined || !path.startsWith("/api/") || request.method === "OPTIONS") return;
    if (path === "/api/openapi.json" && (request.method === "GET" || request.method === "HEAD")) return;
    const given = bearerToken(request.headers.authorization);
    if (given !== undefined && tokenMatches(token, given)) return;
    throw new HttpError(
      401,
      {
        message: given === undefined ? "this server needs a token" : "the token is wrong",
        hint: "send Authorization: Bearer <token>, with the token the server was started with (--token or BRIEFING_TOKEN)",
      },
      { "www-authenticate": "Bearer" },
    );
  });
}
