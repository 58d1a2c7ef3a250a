// Import stage: a `---` YAML block atop .txt/.md → Statement fields that override extraction.
// Parsed with yaml (through yaml-value.ts) and checked with the Statement's zod schema.

import { z } from "zod";
import { parseDateText } from "../dates/parse-date-text.js";
import { BriefingError, type Warning } from "../errors.js";
import {
  type ExtraValue,
  ExtraValueSchema,
  type Statement,
  StatementDateSchema,
  StatementSchema,
} from "../statement/statement-schema.js";
import { locateYamlPath } from "../yaml/positions.js";
import { MAX_EXTRA_FIELDS } from "./limits.js";
import { schemaError } from "./yaml-locate.js";
import { parseYaml, yamlValue } from "./yaml-value.js";

/** Front matter may set every field but the body; `date` may also be written as text. */
const FrontMatterSchema = StatementSchema.omit({ body: true, extra: true })
  .extend({ date: z.union([z.string(), StatementDateSchema]).optional() })
  .strict();
const KNOWN_FIELDS = new Set(Object.keys(FrontMatterSchema.shape));

export type FrontMatterFields = Omit<Statement, "body" | "extra">;

export interface FrontMatter {
  fields: FrontMatterFields;
  /** The text after the closing `---`. */
  body: string;
  /** Lines before `body` in the file, to keep reported line numbers true. */
  lineOffset: number;
  /** Fields the model does not know (classification, agendaItem, …), passed on to templates. */
  extra?: Record<string, ExtraValue>;
  warnings: Warning[];
}

const FENCE = /^---[ \t]*\n((?:.*\n)*?)(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const HINT =
  "front matter is a YAML block between two '---' lines; its fields (title, date, speaker, …) override what was read from the text";

/** Splits a `---` YAML block off the top of a text or Markdown file and validates it. */
export function splitFrontMatter(text: string, file: string): FrontMatter | undefined {
  if (!/^---[ \t]*\n/.test(text)) return undefined;
  const match = FENCE.exec(text);
  if (!match) {
    throw new BriefingError(
      { file, line: 1, column: 1 },
      "the front matter opened with '---' is never closed",
      "end it with a line of '---', or remove the first line",
    );
  }
  const yamlText = match[1] ?? "";
  const { document, counter } = parseYaml(
    yamlText,
    file,
    { invalid: "invalid YAML in front matter", syntaxHint: HINT, hint: HINT },
    1,
  );
  const shift = (line: number) => line + 1;
  const value = yamlValue(document, counter, file, HINT, 1) ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new BriefingError({ file, line: 2, column: 1 }, "front matter must be a mapping of fields", HINT);
  }
  const own = Object.keys(value).filter((key) => !KNOWN_FIELDS.has(key)).length;
  if (own > MAX_EXTRA_FIELDS) {
    throw new BriefingError(
      { file, line: 2, column: 1 },
      `the front matter has ${own.toLocaleString("en-US")} fields of its own (limit ${MAX_EXTRA_FIELDS.toLocaleString("en-US")})`,
      HINT,
    );
  }
  const known: Record<string, unknown> = {};
  const extra: Record<string, ExtraValue> = {};
  const warnings: Warning[] = [];
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (KNOWN_FIELDS.has(key)) {
      known[key] = field;
      continue;
    }
    const parsed = ExtraValueSchema.safeParse(field);
    if (!parsed.success) {
      const at = locateYamlPath(document, counter, [key]);
      throw new BriefingError(
        { file, line: shift(at.line), column: at.column },
        `${key}: a field of your own must be text, a number, yes/no or a list of those`,
        HINT,
      );
    }
    extra[key] = parsed.data;
    const near = nearestField(key);
    if (near) {
      const at = locateYamlPath(document, counter, [key]);
      warnings.push({
        file,
        line: shift(at.line),
        column: at.column,
        message: `front-matter field “${key}” is not one of briefing's fields, so it was kept under extra; did you mean “${near}”?`,
      });
    }
  }
  const result = FrontMatterSchema.safeParse(known);
  if (!result.success) {
    const located = schemaError(result.error, file, document, counter, HINT);
    throw new BriefingError(
      { file, line: shift(located.line ?? 1), column: located.column },
      located.problem,
      HINT,
    );
  }
  const { date, ...rest } = result.data;
  const fields: FrontMatterFields = rest;
  if (typeof date === "string") {
    const problems: string[] = [];
    const parsed = parseDateText(date, problems);
    if (!parsed) {
      const at = locateYamlPath(document, counter, ["date"]);
      throw new BriefingError(
        { file, line: shift(at.line), column: at.column },
        `date: cannot read “${date}” as a date${problems.length > 0 ? ` (${problems.join("; ")})` : ""}`,
        "write e.g. 2023-10-25, 25 October 2023, 8 - 9 June 2017 or 令和5年10月25日",
      );
    }
    fields.date = parsed;
  } else if (date) {
    fields.date = date;
  }
  const consumed = text.slice(0, match.index + match[0].length);
  return {
    fields,
    body: text.slice(consumed.length),
    lineOffset: consumed.split("\n").length - 1,
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
    warnings,
  };
}

/** A known field one or two edits away from `key` ("titel" → "title"), for the typo warning. */
function nearestField(key: string): string | undefined {
  const lower = key.toLowerCase();
  for (const field of KNOWN_FIELDS) {
    if (
      field.toLowerCase() === lower ||
      editDistance(field.toLowerCase(), lower) <= (field.length > 5 ? 2 : 1)
    )
      return field;
  }
  return undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
