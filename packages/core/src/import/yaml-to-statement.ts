// Import stage: .yaml/.yml text → Statement (the model itself), checked with the zod schema.

import { BriefingError, type Warning } from "../errors.js";
import { liftExtraFields } from "../statement/extra-fields.js";
import { StatementSchema } from "../statement/statement-schema.js";
import { locateYamlPath } from "../yaml/positions.js";
import { boundBody } from "./bound-blocks.js";
import type { ImportResult } from "./import-result.js";
import { MAX_EXTRA_FIELDS } from "./limits.js";
import { modelLanguage } from "./statement-language.js";
import { schemaError, yamlProblem } from "./yaml-locate.js";
import { parseYaml, yamlValue } from "./yaml-value.js";

export const MODEL_HINT =
  "see examples/*.yaml for a complete statement; the schema is StatementSchema in @briefing/core";

/** A .yaml/.yml file is the Statement model itself, checked against the schema. */
export function yamlToStatement(text: string, file: string): ImportResult {
  const { document, counter } = parseYaml(text, file, {
    invalid: "invalid YAML",
    syntaxHint:
      "fix the YAML syntax (indent with spaces, quote values that contain ': ' or start with a special character)",
    hint: MODEL_HINT,
  });
  const warnings: Warning[] = document.warnings.map((warning) => {
    const { line, col } = counter.linePos(warning.pos[0]);
    return { file, line, column: col, message: yamlProblem(warning.message) };
  });
  const value = yamlValue(document, counter, file, MODEL_HINT);
  const statement = validateModel(value, file, (zodError) =>
    schemaError(zodError, file, document, counter, MODEL_HINT),
  );
  statement.body = boundBody(
    statement.body,
    file,
    warnings,
    (index) => locateYamlPath(document, counter, ["body", index]).line,
  );
  return { statement, warnings };
}

/** Validates a parsed model; `onError` turns zod's issues into a located BriefingError. */
export function validateModel(
  value: unknown,
  file: string,
  onError: (error: import("zod").ZodError) => BriefingError,
): ImportResult["statement"] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BriefingError(
      { file, line: 1, column: 1 },
      "expected the statement's fields (title, date, body, …) at the top level",
      MODEL_HINT,
    );
  }
  const extra = (value as { extra?: unknown }).extra;
  const own = typeof extra === "object" && extra !== null ? Object.keys(extra).length : 0;
  if (own > MAX_EXTRA_FIELDS) {
    throw new BriefingError(
      { file, line: 1, column: 1 },
      `extra: ${own.toLocaleString("en-US")} fields of your own (limit ${MAX_EXTRA_FIELDS.toLocaleString("en-US")})`,
      MODEL_HINT,
    );
  }
  const result = StatementSchema.safeParse(value);
  if (!result.success) throw onError(result.error);
  const statement = liftExtraFields(result.data);
  if (!statement.source) statement.source = { file };
  // The model's own language wins; without one, a statement in Arabic, Chinese… is still named so.
  if (statement.language === undefined) {
    const language = modelLanguage(statement);
    if (language !== undefined) statement.language = language;
  }
  return statement;
}
