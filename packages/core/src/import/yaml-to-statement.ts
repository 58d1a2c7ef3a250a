import { LineCounter, parseDocument } from "yaml";
import { BriefingError, type Warning } from "../errors.js";
import { StatementSchema } from "../statement/statement-schema.js";
import type { ImportResult } from "./import-result.js";
import { schemaError, yamlProblem } from "./yaml-locate.js";

export const MODEL_HINT =
  "see examples/*.yaml for a complete statement; the schema is StatementSchema in @briefing/core";

/** A .yaml/.yml file is the Statement model itself, checked against the schema. */
export function yamlToStatement(text: string, file: string): ImportResult {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const { line, col } = counter.linePos(error.pos[0]);
    throw new BriefingError(
      { file, line, column: col },
      `invalid YAML: ${yamlProblem(error.message)}`,
      "fix the YAML syntax (indent with spaces, quote values that contain ': ' or start with a special character)",
    );
  }
  const warnings: Warning[] = document.warnings.map((warning) => {
    const { line, col } = counter.linePos(warning.pos[0]);
    return { file, line, column: col, message: yamlProblem(warning.message) };
  });
  const value: unknown = document.toJS();
  return {
    statement: validateModel(value, file, (zodError) =>
      schemaError(zodError, file, document, counter, MODEL_HINT),
    ),
    warnings,
  };
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
  const result = StatementSchema.safeParse(value);
  if (!result.success) throw onError(result.error);
  const statement = result.data;
  if (!statement.source) statement.source = { file };
  return statement;
}
