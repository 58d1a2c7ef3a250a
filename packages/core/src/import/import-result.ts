import type { Warning } from "../errors.js";
import type { Statement } from "../statement/statement-schema.js";

/** What every importer returns: the statement and the problems that did not stop it. */
export interface ImportResult {
  statement: Statement;
  warnings: Warning[];
}
