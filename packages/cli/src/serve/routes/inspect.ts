// POST /api/inspect: each statement of the body → what briefing read (fields, stats, warnings,
// each field's source line); a failed input is reported in its place, or alone with its status.

import type { Explanation, Statement, Stats, Warning } from "@briefing/core";
import type { FastifyInstance } from "fastify";
import type { ServeContext } from "../context.js";
import { type ErrorBody, HttpError, tooLarge, unreadable } from "../errors.js";
import { textParam } from "../query.js";
import { clientGone, inLanes } from "../render-queue.js";
import { readUploads, type Upload, unsupported } from "../request-bodies.js";

export interface Report {
  file: string;
  statement: Statement;
  stats: Stats;
  warnings: Warning[];
  explain: Explanation | null;
}

export function registerInspectRoute(app: FastifyInstance, context: ServeContext): void {
  app.post("/api/inspect", async (request, reply) => {
    const uploads = await readUploads(request, {
      maxBodyBytes: context.maxBodyBytes,
      name: textParam(request, "name"),
      zip: false,
    });
    const signal = clientGone(reply);
    context.queue.admit();
    const reports = await inLanes(uploads, context.jobs, (upload) =>
      inspectOne(context, upload, signal).catch((error: unknown) => {
        // A cancelled request or a bug fails the whole request; an input's own failure does not.
        if (error instanceof HttpError && error.status >= 413 && error.status <= 422) return error;
        throw error;
      }),
    );
    const [only] = reports;
    if (reports.length === 1 && only instanceof HttpError) throw only;
    return {
      reports: reports.map((report, index) =>
        report instanceof HttpError
          ? { file: uploads[index]?.name ?? "", error: report.body satisfies ErrorBody }
          : report,
      ),
    };
  });
}

async function inspectOne(context: ServeContext, upload: Upload, signal: AbortSignal): Promise<Report> {
  const refused = unsupported(upload);
  if (refused) throw refused;
  if (upload.bytes.byteLength > context.maxBodyBytes) throw tooLarge(context.maxBodyBytes, upload.name);
  const result = await context.queue.run(
    { kind: "inspect", source: upload, maxBytes: context.maxBodyBytes },
    { signal, admitted: true },
  );
  if (!result.ok) throw unreadable(result.detail, upload.name);
  return {
    file: upload.name,
    statement: result.statement,
    stats: result.stats,
    warnings: result.warnings,
    explain: result.explanation ?? null,
  };
}
