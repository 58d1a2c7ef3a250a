// How a rendered file is sent: its MIME type, and a Content-Disposition naming it as `briefing
// export` would (`<date>-<title>-<hash8>.pdf`), with an ASCII fallback and the UTF-8 name.

import type { FastifyReply } from "fastify";

export const MIME_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  yaml: "application/yaml; charset=utf-8",
  zip: "application/zip",
} as const;

/** `attachment; filename="…"; filename*=UTF-8''…`, safe for any name. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]+/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sends a file as a download, with the page count and warning count the page shows. */
export function sendFile(
  reply: FastifyReply,
  file: { name: string; type: keyof typeof MIME_TYPES; bytes: Uint8Array; pages?: number; warnings?: number },
): FastifyReply {
  reply.type(MIME_TYPES[file.type]).header("content-disposition", contentDisposition(file.name));
  if (file.warnings !== undefined) reply.header("x-briefing-warnings", String(file.warnings));
  if (file.pages !== undefined) reply.header("x-briefing-pages", String(file.pages));
  return reply.send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}
