// Import stage: ImportResult, what every importer returns (Statement, warnings, explanation).

import type { Warning } from "../errors.js";
import type { Statement } from "../statement/statement-schema.js";
import type { Explanation } from "./explanation.js";

/** What every importer returns: the statement and the problems that did not stop it. */
export interface ImportResult {
  statement: Statement;
  warnings: Warning[];
  /** Where each field came from and why lines were dropped (text and Markdown importers). */
  explanation?: Explanation;
}
