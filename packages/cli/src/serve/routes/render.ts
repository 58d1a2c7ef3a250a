// POST /api/render: one statement → a PDF, a Word file, or the statement as YAML (the form
// briefing reads back), named as `briefing export` names its outputs.

import { toYamlText } from "@briefing/core";
import type { FastifyInstance } from "fastify";
import { sha256 } from "../../export/cache-key.js";
import { outputBaseName } from "../../export/output-names.js";
import type { ServeContext } from "../context.js";
import { sendFile } from "../downloads.js";
import { badRequest, tooLarge, unreadable } from "../errors.js";
import { booleanParam, choiceParam, templateParam, textParam } from "../query.js";
import { clientGone } from "../render-queue.js";
import { readUploads, type Upload, unsupported } from "../request-bodies.js";

const FORMATS = ["pdf", "docx", "yaml"] as const;

export function registerRenderRoute(app: FastifyInstance, context: ServeContext): void {
  app.post("/api/render", async (request, reply) => {
    const to = choiceParam(request, "to", FORMATS, "pdf");
    // YAML is the statement itself, before any template; a named template is still checked.
    const template =
      to === "yaml" && textParam(request, "template") === undefined
        ? undefined
        : templateParam(request, context.templatesDir, "briefing");
    const pdfa = booleanParam(request, "pdfa");
    const embedFonts = booleanParam(request, "embedFonts");
    const upload = await onlyUpload(
      await readUploads(request, {
        maxBodyBytes: context.maxBodyBytes,
        name: textParam(request, "name"),
        zip: false,
      }),
      context.maxBodyBytes,
    );
    const signal = clientGone(reply);
    const hash = sha256(upload.bytes);

    if (to === "yaml") {
      const result = await context.queue.run(
        { kind: "inspect", source: upload, maxBytes: context.maxBodyBytes },
        { signal },
      );
      if (!result.ok) throw unreadable(result.detail, upload.name);
      return sendFile(reply, {
        name: `${outputBaseName(result.statement, upload.name, hash)}.yaml`,
        type: "yaml",
        bytes: new TextEncoder().encode(toYamlText(result.statement)),
        warnings: result.warnings.length,
      });
    }

    const result = await context.queue.run(
      {
        file: upload.name,
        source: upload,
        maxBytes: context.maxBodyBytes,
        config: {
          formats: [to],
          ...(template !== undefined && { template }),
          ...(context.templatesDir !== undefined && { templatesDir: context.templatesDir }),
          pdfa,
          embedFonts,
        },
      },
      { signal },
    );
    if (!result.ok)
      throw unreadable(result.detail ?? { file: upload.name, problem: result.error.message }, upload.name);
    const [output] = result.outputs;
    if (!output) throw new Error(`the worker returned no ${to} output`);
    return sendFile(reply, {
      name: `${outputBaseName(result.statement, upload.name, hash)}${output.extension}`,
      type: to,
      bytes: output.bytes,
      ...(output.pages !== undefined && { pages: output.pages }),
      warnings: result.warnings.length,
    });
  });
}

/** The one statement a render takes: 400 for several, 415 or 413 for one briefing cannot take. */
export function onlyUpload(uploads: Upload[], maxBodyBytes: number): Upload {
  const [upload] = uploads;
  if (!upload || uploads.length > 1) {
    throw badRequest(
      `render takes one statement, not ${uploads.length}`,
      "POST /api/book binds several into one file; POST /api/export renders each",
    );
  }
  const refused = unsupported(upload);
  if (refused) throw refused;
  if (upload.bytes.byteLength > maxBodyBytes) throw tooLarge(maxBodyBytes, upload.name);
  return upload;
}
