// POST /api/export: a zip (or multipart, or a JSON array) of statements → a zip of every output
// plus manifest.json; with Accept: application/x-ndjson, progress lines and then the zip in base64.

import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ServeContext } from "../context.js";
import { sendFile } from "../downloads.js";
import { toHttpError } from "../errors.js";
import { exportZip } from "../export-zip.js";
import { booleanParam, listParam, templateParam, textParam } from "../query.js";
import { clientGone } from "../render-queue.js";
import { readUploads } from "../request-bodies.js";

const ZIP_NAME = "briefing-export.zip";

export function registerExportRoute(app: FastifyInstance, context: ServeContext): void {
  app.post("/api/export", async (request, reply) => {
    const formats = listParam(request, "to", ["pdf", "docx"] as const, ["pdf", "docx"]);
    const template = templateParam(request, context.templatesDir, "briefing");
    const config = {
      formats,
      template,
      ...(context.templatesDir !== undefined && { templatesDir: context.templatesDir }),
      pdfa: booleanParam(request, "pdfa"),
      embedFonts: booleanParam(request, "embedFonts"),
    };
    const uploads = await readUploads(request, {
      maxBodyBytes: context.maxBodyBytes,
      name: textParam(request, "name"),
      zip: true,
    });
    // Refused now, with a status, rather than inside a stream that has already said 200.
    context.queue.admit();
    const job = {
      uploads,
      config,
      queue: context.queue,
      lanes: context.jobs,
      maxBodyBytes: context.maxBodyBytes,
      signal: clientGone(reply),
    };
    if (!wantsProgress(request.headers.accept)) {
      const { zip, failed } = await exportZip(job);
      reply.header("x-briefing-failed", String(failed));
      return sendFile(reply, { name: ZIP_NAME, type: "zip", bytes: zip });
    }
    const stream = new PassThrough();
    const line = (value: unknown) => stream.write(`${JSON.stringify(value)}\n`);
    exportZip({
      ...job,
      onDone: (entry, done) =>
        line({
          type: "progress",
          done,
          total: uploads.length,
          file: entry.input,
          ok: entry.status === "rendered",
        }),
    })
      .then(({ zip, failed }) => {
        line({ type: "result", filename: ZIP_NAME, zip: Buffer.from(zip).toString("base64"), failed });
      })
      .catch((error: unknown) => {
        // The status is sent already: the failure is the stream's last line.
        line({ type: "error", error: toHttpError(error, context.maxBodyBytes).body });
      })
      .finally(() => stream.end());
    return reply.type("application/x-ndjson; charset=utf-8").send(stream);
  });
}

function wantsProgress(accept: string | undefined): boolean {
  return (accept ?? "")
    .split(",")
    .some((type) => type.split(";", 1)[0]?.trim().toLowerCase() === "application/x-ndjson");
}
