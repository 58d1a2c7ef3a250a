// Statement rule: ministry fields kept under `extra` (classification, agendaItem) → the model's
// own fields, so a marking written the old way is still printed; `extra` is left as it was.

import type { Statement } from "./statement-schema.js";

/** The `extra` keys the model now has a field of its own for. */
const LIFTED = ["classification", "agendaItem"] as const;

/**
 * The statement with `classification` and `agendaItem` read from `extra` when it names them as
 * text and the statement does not set them itself; the same object when there is nothing to read.
 */
export function liftExtraFields<T extends Pick<Statement, "extra" | (typeof LIFTED)[number]>>(
  statement: T,
): T {
  const extra = statement.extra;
  if (!extra) return statement;
  let lifted: T | undefined;
  for (const key of LIFTED) {
    const value = extra[key];
    if (statement[key] !== undefined || typeof value !== "string" || value.trim().length === 0) continue;
    lifted ??= { ...statement };
    lifted[key] = value.trim();
  }
  return lifted ?? statement;
}
