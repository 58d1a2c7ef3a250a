// File-system errors (ENOENT, EACCES, ENOSPC…) → one `path: problem — hint` line, plus up-front
// checks that output paths are writable, so hours of rendering never fail at the last write.

import { constants } from "node:fs";
import { access, mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { CliError, EXIT_INPUT } from "../cli-error.js";

/** The error codes Node gives for a full disk or an exhausted quota. */
export const DISK_FULL_CODES: ReadonlySet<string> = new Set(["ENOSPC", "EDQUOT"]);

export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

export function isDiskFull(error: unknown): boolean {
  return DISK_FULL_CODES.has(errnoCode(error) ?? "");
}

/**
 * A file-system failure as the one line `path: problem — hint`, for the errors an ordinary
 * mistake or an unlucky machine produces; undefined for anything else (a bug, reported as such).
 */
export function describeFsError(error: unknown, path: string): string | undefined {
  const code = errnoCode(error);
  const line = (problem: string, hint: string) => `${path}: ${problem} — ${hint}`;
  switch (code) {
    case "ENOENT":
      return line("the folder does not exist", "create it first, or give a path in an existing folder");
    case "ENOTDIR":
      return line("a part of this path is a file, not a folder", "give a path made of folders");
    case "EISDIR":
      return line("this is a folder, not a file", "give a file name, e.g. out/statement.pdf");
    case "EEXIST":
      return line("a file is in the way of a folder", "remove it or choose another path");
    case "EACCES":
    case "EPERM":
      return line("permission denied", "choose a folder you can write to, or change its permissions");
    case "EROFS":
      return line("the file system is read-only", "write somewhere else");
    case "ENOSPC":
    case "EDQUOT":
      return line("the disk is full", "free some space, or write somewhere else");
    case "ENAMETOOLONG":
      return line("the path is too long", "use a shorter path");
    case "EMFILE":
    case "ENFILE":
      return line("too many files are open", "run fewer jobs (--jobs) or raise the limit (ulimit -n)");
    case "ELOOP":
      return line("too many symbolic links (a loop?)", "point the path at the real folder");
    default:
      return undefined;
  }
}

/** A file-system error as a CliError when it is one the user can act on; else the error itself. */
export function fsCliError(error: unknown, path: string): unknown {
  const message = describeFsError(error, path);
  return message === undefined ? error : new CliError(message, EXIT_INPUT);
}

/**
 * Checks, before any work is done, that `path` can be written as a file: its folder exists
 * and is writable, and the path is not a folder. Hours of rendering are not thrown away at the end.
 */
export async function checkWritableFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) throw fsCliError(Object.assign(new Error(), { code: "EISDIR" }), path);
  const dir = dirname(path);
  const folder = await stat(dir).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (folder instanceof Error) {
    if (folder.code === "ENOENT") {
      throw new CliError(
        `${path}: the folder ${dir} does not exist — create it first (mkdir -p ${dir}) or write elsewhere`,
        EXIT_INPUT,
      );
    }
    throw fsCliError(folder, dir);
  }
  await checkWritableFolder(dir, false);
}

/** Creates `dir` when `create` is set and checks it is a folder this process can write to. */
export async function checkWritableFolder(dir: string, create: boolean): Promise<void> {
  try {
    if (create) await mkdir(dir, { recursive: true });
    const info = await stat(dir);
    if (!info.isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
    await access(dir, constants.W_OK);
  } catch (error) {
    if (errnoCode(error) === "ENOTDIR" || errnoCode(error) === "EEXIST") {
      throw new CliError(`${dir}: this is a file, not a folder — give a folder for the outputs`, EXIT_INPUT);
    }
    throw fsCliError(error, dir);
  }
}
