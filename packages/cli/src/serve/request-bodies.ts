// Request bodies → statements as bytes with base names (raw file, multipart parts, a JSON Statement
// or an array of them, an export zip); nothing is written to disk and no name is ever a path.

import { extname } from "node:path";
import { statementExtensions } from "@briefing/core";
import type { FastifyRequest } from "fastify";
import type { StatementSource } from "../export/render-task.js";
import { badRequest, HttpError, tooLarge } from "./errors.js";
import { statementsFromZip } from "./zip-input.js";

/** One statement of a request: what the worker reads, and the name it appears under. */
export type Upload = StatementSource;

const WORD_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ZIP_MIMES = new Set(["application/zip", "application/x-zip-compressed"]);

/** The extensions briefing reads, as the 415 message lists them. */
export const ACCEPTED = statementExtensions.filter((extension) => extension !== ".markdown").join(" ");

/**
 * A file name reduced to its base name: folders (either slash) dropped, control characters
 * removed, at most 200 characters; `fallback` when nothing usable is left.
 */
export function baseName(name: string | undefined, fallback: string): string {
  const last =
    (name ?? "")
      .replaceAll("\\", "/")
      .split("/")
      .pop()
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      ?.replace(/[\u0000-\u001f\u007f]/g, "")
      .trim() ?? "";
  if (last === "" || last === "." || last === "..") return fallback;
  return last.length > 200 ? last.slice(last.length - 200) : last;
}

/** The name a body without one is read as, from its Content-Type. */
export function defaultName(mime: string): string {
  if (mime === WORD_MIME) return "statement.docx";
  if (mime === "text/markdown") return "statement.md";
  if (mime === "application/yaml" || mime === "text/yaml" || mime === "application/x-yaml")
    return "statement.yaml";
  if (mime === "application/json") return "statement.json";
  return "statement.txt";
}

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaType(request: FastifyRequest): string {
  return (request.headers["content-type"] ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
}

/** 415 when briefing has no importer for the name's extension. */
export function unsupported(upload: Upload): HttpError | undefined {
  const extension = extname(upload.name).toLowerCase();
  if (statementExtensions.includes(extension)) return undefined;
  return new HttpError(415, {
    message: `briefing cannot read ${extension ? `${extension} files` : "files without an extension"} — it reads ${ACCEPTED}`,
    hint: "send the statement as one of those, or name it with ?name=statement.txt",
    file: upload.name,
  });
}

export interface BodyOptions {
  maxBodyBytes: number;
  /** `?name=` of the request, for a raw body. */
  name: string | undefined;
  /** Whether an application/zip body (an export) is accepted. */
  zip: boolean;
}

/**
 * Every statement in the request body, in the order sent. Throws 400 for a body holding none
 * or a broken one, 413 when the parts add up to more than the limit.
 */
export async function readUploads(request: FastifyRequest, options: BodyOptions): Promise<Upload[]> {
  const uploads = request.isMultipart()
    ? await multipartUploads(request, options.maxBodyBytes)
    : bodyUploads(request, options);
  if (uploads.length === 0) {
    throw badRequest(
      "the request holds no statement",
      "send the file as the body, as multipart/form-data file parts, or a Statement as JSON",
    );
  }
  return uploads;
}

async function multipartUploads(request: FastifyRequest, maxBodyBytes: number): Promise<Upload[]> {
  const uploads: Upload[] = [];
  let total = 0;
  try {
    for await (const part of request.parts()) {
      if (part.type !== "file") continue;
      const bytes = new Uint8Array(await part.toBuffer());
      total += bytes.byteLength;
      if (total > maxBodyBytes) throw tooLarge(maxBodyBytes);
      uploads.push({ name: baseName(part.filename, defaultName(part.mimetype)), bytes });
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
    if (status === 413) throw tooLarge(maxBodyBytes);
    throw badRequest(
      "the multipart/form-data body is broken",
      "send each statement as a file part of a well-formed multipart/form-data body",
    );
  }
  return uploads;
}

function bodyUploads(request: FastifyRequest, options: BodyOptions): Upload[] {
  const body = request.body;
  if (!(body instanceof Uint8Array) || body.byteLength === 0) return [];
  const mime = mediaType(request);
  if (ZIP_MIMES.has(mime) && options.zip) return statementsFromZip(body, options.maxBodyBytes);
  if (mime === "application/json" && firstByte(body) === 0x5b) return jsonArray(body);
  // A raw file, a JSON Statement included: read as sent, so errors point at its lines.
  return [{ name: baseName(options.name, defaultName(mime)), bytes: new Uint8Array(body) }];
}

/** A JSON array of Statements: each one read as its own `statement-<n>.json`. */
function jsonArray(body: Uint8Array): Upload[] {
  let items: unknown;
  try {
    items = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw badRequest("the JSON body is not valid JSON", "send one Statement object or an array of them");
  }
  if (!Array.isArray(items)) throw badRequest("the JSON body is not an array of Statements");
  const encoder = new TextEncoder();
  return items.map((item, index) => ({
    name: `statement-${index + 1}.json`,
    bytes: encoder.encode(`${JSON.stringify(item, null, 2)}\n`),
  }));
}

function firstByte(bytes: Uint8Array): number | undefined {
  for (const byte of bytes) {
    // Skip white space and a UTF-8 byte-order mark.
    if (
      byte === 0x20 ||
      byte === 0x09 ||
      byte === 0x0a ||
      byte === 0x0d ||
      byte === 0xef ||
      byte === 0xbb ||
      byte === 0xbf
    )
      continue;
    return byte;
  }
  return undefined;
}
