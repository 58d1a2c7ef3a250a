// `briefing serve`'s HTTP API as a Fastify app: security headers, token, CORS, body parsing and
// limits, the render queue, the routes and the page's static files; `createServer` builds it unstarted.

import { webAssets as defaultWebAssets, type WebAssets } from "@briefing/web";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import Fastify, { type FastifyInstance } from "fastify";
import type { RenderPool } from "../export/pool.js";
import type { ServeContext } from "./context.js";
import { DEFAULTS } from "./defaults.js";
import { pathOf, registerErrorHandlers } from "./errors.js";
import { routeMethods } from "./openapi.js";
import { RenderQueue } from "./render-queue.js";
import { registerBookRoute } from "./routes/book.js";
import { registerExportRoute } from "./routes/export.js";
import { registerInspectRoute } from "./routes/inspect.js";
import { registerRenderRoute } from "./routes/render.js";
import { registerStatusRoutes } from "./routes/status.js";
import { registerWebAssets } from "./static-files.js";
import { registerTokenCheck } from "./token.js";

export interface ServerOptions {
  /** The worker pool renders run on (`createRenderPool`); tests pass one they control. */
  pool: RenderPool;
  /** The pool's threads: how many tasks run at once. */
  jobs: number;
  /** Tasks that may wait for a worker before requests get 503. */
  queue?: number;
  /** Longest a task may run, in seconds, before the request gets 422. */
  timeLimitSeconds?: number;
  /** Largest request body, in MB (also the largest statement and, ×10, an unpacked zip). */
  maxBodyMb?: number;
  /** Without it, the caller must bind to loopback only (the CLI checks). */
  token?: string;
  templatesDir?: string;
  /** The one origin allowed to call the API from a browser; no CORS without it. */
  cors?: string;
  /** The page's folders; @briefing/web's by default. */
  webAssets?: WebAssets;
  /** Hears of every 500 (a bug), with the full error, for the log. */
  onInternalError?: (error: unknown) => void;
}

// Exactly the contract's policy: the page has no inline script or style, so none is allowed.
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  workerSrc: ["'self'", "blob:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
};

/** Builds the app (routes, hooks, plugins); the caller listens, and closes it and the pool. */
export function createServer(options: ServerOptions): FastifyInstance {
  const maxBodyBytes = Math.round((options.maxBodyMb ?? DEFAULTS.maxBodyMb) * 2 ** 20);
  const context: ServeContext = {
    queue: new RenderQueue(options.pool, {
      jobs: options.jobs,
      queue: options.queue ?? DEFAULTS.queue,
      timeLimitMs: (options.timeLimitSeconds ?? DEFAULTS.timeLimitSeconds) * 1000,
    }),
    jobs: options.jobs,
    maxBodyBytes,
    templatesDir: options.templatesDir,
  };
  const app = Fastify({ logger: false, bodyLimit: maxBodyBytes, trustProxy: false });

  registerErrorHandlers(app, {
    maxBodyBytes,
    routes: routeMethods(),
    ...(options.onInternalError && { onInternalError: options.onInternalError }),
  });
  app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: "no-referrer" },
    // Served over plain HTTP on a local port; HTTPS, and so HSTS, is a proxy's business.
    strictTransportSecurity: false,
  });
  if (options.cors !== undefined) {
    app.register(cors, {
      origin: options.cors,
      methods: ["GET", "HEAD", "POST"],
      allowedHeaders: ["Authorization", "Content-Type", "Accept"],
      exposedHeaders: [
        "Content-Disposition",
        "Retry-After",
        "X-Briefing-Pages",
        "X-Briefing-Warnings",
        "X-Briefing-Failed",
      ],
    });
  }
  if (options.token !== undefined) registerTokenCheck(app, options.token);
  app.addHook("onSend", async (request, reply) => {
    const path = request.routeOptions.url ?? pathOf(request);
    if (path.startsWith("/api/") || path === "/healthz") reply.header("cache-control", "no-store");
  });

  // Bodies are kept as bytes: each is one statement file, parsed by briefing's own importers.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  app.register(multipart, {
    limits: {
      fileSize: maxBodyBytes,
      files: 1000,
      fields: 100,
      fieldSize: 64 * 1024,
      parts: 1200,
      headerPairs: 200,
    },
  });

  registerStatusRoutes(app, context, options.token !== undefined);
  registerInspectRoute(app, context);
  registerRenderRoute(app, context);
  registerBookRoute(app, context);
  registerExportRoute(app, context);
  registerWebAssets(app, options.webAssets ?? defaultWebAssets());
  return app;
}
