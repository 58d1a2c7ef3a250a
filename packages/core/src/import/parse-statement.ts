// Import entry point: text or bytes + file name → ImportResult, importer picked by extension.

import { extname } from "node:path";
import { BriefingError, type Warning } from "../errors.js";
import { decodeInput, MAX_INPUT_BYTES } from "./detect-input.js";
import type { ImportResult } from "./import-result.js";
import { type Importer, importers } from "./importers.js";
import { statementExtensions } from "./statement-extensions.js";

export interface ParseOptions {
  /** The file name; its extension picks the importer and it is named in errors and `source.file`. */
  filename: string;
  /** Refuse inputs larger than this; default 10 MB. */
  maxBytes?: number;
}

/**
 * Parses one statement from its text or bytes, picking the importer by the extension of
 * `filename`. Throws a BriefingError (`file:line:col: problem — hint`) for input it cannot
 * read; problems it can live with are returned as `warnings`.
 */
export function parseStatement(input: string | Uint8Array, options: ParseOptions): ImportResult {
  const file = options.filename;
  const importer = importerFor(file);
  if (importer.kind === "binary") {
    if (typeof input === "string") {
      throw new BriefingError(
        { file, line: 1, column: 1 },
        `${extname(file)} files must be read as bytes`,
        "pass a Uint8Array",
      );
    }
    return importer.read(input, file);
  }
  const warnings: Warning[] = [];
  const result = importer.read(decodeInput(input, file, options.maxBytes ?? MAX_INPUT_BYTES, warnings), file);
  if (warnings.length > 0) result.warnings.unshift(...warnings);
  return result;
}

function importerFor(file: string): Importer {
  const extension = extname(file).toLowerCase();
  const importer = (importers as Record<string, Importer>)[extension];
  if (!importer) {
    throw new BriefingError(
      { file, line: 1, column: 1 },
      extension
        ? `briefing cannot read ${extension} files`
        : "the file name has no extension, so briefing cannot tell its format",
      `give the statement one of these extensions: ${statementExtensions.join(" ")}`,
    );
  }
  return importer;
}
