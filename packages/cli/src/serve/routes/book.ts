// POST /api/book: several statements → one PDF or Word book, ordered by date or as sent; any
// statement that cannot be read fails the book with its error, as `briefing book` does.

import type { FastifyInstance } from "fastify";
import { sha256 } from "../../export/cache-key.js";
import type { ServeContext } from "../context.js";
import { sendFile } from "../downloads.js";
import { tooLarge, unreadable } from "../errors.js";
import { booleanParam, choiceParam, templateParam, textParam } from "../query.js";
import { clientGone } from "../render-queue.js";
import { readUploads, unsupported } from "../request-bodies.js";

export function registerBookRoute(app: FastifyInstance, context: ServeContext): void {
  app.post("/api/book", async (request, reply) => {
    const to = choiceParam(request, "to", ["pdf", "docx"] as const, "pdf");
    const template = templateParam(request, context.templatesDir, "book");
    const order = choiceParam(request, "order", ["date", "given"] as const, "date");
    const pdfa = booleanParam(request, "pdfa");
    const embedFonts = booleanParam(request, "embedFonts");
    const uploads = await readUploads(request, {
      maxBodyBytes: context.maxBodyBytes,
      name: textParam(request, "name"),
      zip: false,
    });
    for (const upload of uploads) {
      const refused = unsupported(upload);
      if (refused) throw refused;
      if (upload.bytes.byteLength > context.maxBodyBytes) throw tooLarge(context.maxBodyBytes, upload.name);
    }
    const result = await context.queue.run(
      {
        kind: "book",
        sources: uploads,
        order,
        format: to,
        template,
        ...(context.templatesDir !== undefined && { templatesDir: context.templatesDir }),
        pdfa,
        embedFonts,
        maxBytes: context.maxBodyBytes,
      },
      { signal: clientGone(reply) },
    );
    if (!result.ok) {
      const input = uploads.find((upload) => upload.name === result.detail.file);
      throw unreadable(result.detail, input?.name);
    }
    // Named after its inputs, so the same statements in the same order give the same name.
    const hash = sha256(uploads.map((upload) => sha256(upload.bytes)).join("\0"));
    return sendFile(reply, {
      name: `briefing-book-${hash.slice(0, 8)}.${to}`,
      type: to,
      bytes: result.bytes,
      ...(result.pages !== undefined && { pages: result.pages }),
      warnings: result.warnings.length,
    });
  });
}
