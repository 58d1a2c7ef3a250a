// An export's zip body → its statement files, read in memory: sizes checked before inflating
// (zip bombs → 413), entries with `..` or absolute paths refused, other files skipped.

import { extname } from "node:path";
import { statementExtensions } from "@briefing/core";
import { type UnzipFileInfo, unzipSync } from "fflate";
import type { StatementSource } from "../export/render-task.js";
import { badRequest, HttpError, tooLarge } from "./errors.js";

/** How much larger than the body its statements may be, unpacked: text compresses about 5:1. */
export const UNZIP_FACTOR = 10;

/** The most statement files one zip may hold. */
export const MAX_ZIP_STATEMENTS = 2000;

/**
 * The statement files of a zip, in the zip's order, named by their path inside it. Throws 400
 * for a body that is not a zip or an entry escaping it, 413 when it unpacks too large.
 */
export function statementsFromZip(bytes: Uint8Array, maxBodyBytes: number): StatementSource[] {
  const limit = maxBodyBytes * UNZIP_FACTOR;
  let declared = 0;
  let count = 0;
  let refused: string | undefined;
  const wanted = (file: UnzipFileInfo): boolean => {
    if (!isSafeEntry(file.name)) {
      refused ??= file.name;
      return false;
    }
    if (!isStatementEntry(file.name)) return false;
    // fflate inflates into a buffer of the size the entry declares, so declared sizes bound memory.
    declared += file.originalSize;
    count++;
    return declared <= limit && count <= MAX_ZIP_STATEMENTS && refused === undefined;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: wanted });
  } catch {
    throw badRequest("the body is not a zip file", "send a .zip of statement files as application/zip");
  }
  if (refused !== undefined) {
    throw badRequest(
      `the zip holds an entry outside it: ${JSON.stringify(refused.slice(0, 200))}`,
      "zip entries must be relative paths without ..",
    );
  }
  if (declared > limit) throw tooLarge(limit, "the zip, unpacked,");
  if (count > MAX_ZIP_STATEMENTS) {
    throw new HttpError(413, {
      message: `the zip holds more than ${MAX_ZIP_STATEMENTS} statements`,
      hint: "split it into several exports",
    });
  }
  return Object.entries(files).map(([name, data]) => ({ name, bytes: data }));
}

/** A relative, forward path that stays inside the zip. */
export function isSafeEntry(name: string): boolean {
  const path = name.replaceAll("\\", "/");
  if (path.startsWith("/") || /^[a-z]:/i.test(path) || path.includes("\0")) return false;
  return !path.split("/").includes("..");
}

function isStatementEntry(name: string): boolean {
  if (name.endsWith("/")) return false;
  const parts = name.split("/");
  // macOS archive metadata and hidden files are not statements.
  if (parts.includes("__MACOSX") || parts.some((part) => part.startsWith("."))) return false;
  return statementExtensions.includes(extname(name).toLowerCase());
}
