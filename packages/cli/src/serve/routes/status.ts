// GET /healthz, GET /api/templates and GET /api/openapi.json: the routes that read no body.

import type { FastifyInstance } from "fastify";
import { version } from "../../version.js";
import type { ServeContext } from "../context.js";
import { openApiDocument } from "../openapi.js";
import { serverTemplates } from "../query.js";

export function registerStatusRoutes(app: FastifyInstance, context: ServeContext, withToken: boolean): void {
  app.get("/healthz", async () => ({
    status: "ok",
    version,
    workers: context.jobs,
    queue: context.queue.stats,
  }));

  // Built once: it depends on nothing a request changes.
  const document = openApiDocument({ withToken });
  app.get("/api/openapi.json", async () => document);

  // Names and descriptions only: a template's folder is the server's business.
  app.get("/api/templates", async () => ({
    templates: serverTemplates(context.templatesDir).map(({ name, builtIn, description }) => ({
      name,
      builtIn,
      description,
    })),
  }));
}
