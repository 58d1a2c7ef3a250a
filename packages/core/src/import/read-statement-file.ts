// Import entry point: a file path → ImportResult; size checked before reading, then parsed.

import { readFileSync, statSync } from "node:fs";
import { BriefingError } from "../errors.js";
import { MAX_INPUT_BYTES, tooLarge } from "./detect-input.js";
import type { ImportResult } from "./import-result.js";
import { parseStatement } from "./parse-statement.js";

/**
 * Reads and parses a statement file. A missing file, a directory, a file over `maxBytes`
 * (default 10 MB, checked before reading), binary data or invalid UTF-8 throw a BriefingError.
 *
 * The reads block: a statement is small, and its reader (an export's render thread, a command
 * reading its inputs in turn) has nothing else to do until it has the bytes. Through the I/O
 * pool, a stat and a read took five round trips between threads, and an export spent 5–6 %
 * more CPU (bench/results.md, step 21).
 */
export function readStatementFile(path: string, options: { maxBytes?: number } = {}): ImportResult {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const at = { file: path, line: 1, column: 1 };
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory()) {
      throw new BriefingError(
        at,
        "this is a directory, not a statement file",
        "name the files inside it, e.g. 'dir/*.md'",
      );
    }
    size = info.size;
  } catch (error) {
    if (error instanceof BriefingError) throw error;
    throw fileError(path, error);
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw fileError(path, error);
  }
  return parseStatement(bytes, { filename: path, maxBytes });
}

function fileError(path: string, error: unknown): BriefingError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const at = { file: path, line: 1, column: 1 };
  if (code === "ENOENT")
    return new BriefingError(at, "no such file", "check the path and the spelling of the file name");
  if (code === "EACCES" || code === "EPERM") {
    return new BriefingError(
      at,
      "permission denied",
      "make the file readable (chmod +r) or copy it somewhere readable",
    );
  }
  if (code === "EISDIR")
    return new BriefingError(at, "this is a directory, not a statement file", "name the files inside it");
  return new BriefingError(
    at,
    `cannot read the file (${code ?? String(error)})`,
    "check that the path is a readable file",
    {
      cause: error,
    },
  );
}
