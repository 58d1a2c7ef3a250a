import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { parseDateText } from "../dates/parse-date-text.js";
import { BriefingError, type Warning } from "../errors.js";
import { type Statement, StatementDateSchema, StatementSchema } from "../statement/statement-schema.js";
import { locateYamlPath, schemaError, yamlProblem } from "./yaml-locate.js";

/** Front matter may set every field but the body; `date` may also be written as text. */
const FrontMatterSchema = StatementSchema.omit({ body: true })
  .extend({ date: z.union([z.string(), StatementDateSchema]).optional() })
  .strict();

export type FrontMatterFields = Omit<Statement, "body">;

export interface FrontMatter {
  fields: FrontMatterFields;
  /** The text after the closing `---`. */
  body: string;
  /** Lines before `body` in the file, to keep reported line numbers true. */
  lineOffset: number;
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
  const counter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const shift = (line: number) => line + 1;
  const [error] = document.errors;
  if (error) {
    const { line, col } = counter.linePos(error.pos[0]);
    throw new BriefingError(
      { file, line: shift(line), column: col },
      `invalid YAML in front matter: ${yamlProblem(error.message)}`,
      HINT,
    );
  }
  const value: unknown = document.toJS() ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new BriefingError({ file, line: 2, column: 1 }, "front matter must be a mapping of fields", HINT);
  }
  const result = FrontMatterSchema.safeParse(value);
  if (!result.success) {
    const located = schemaError(result.error, file, document, counter, HINT);
    throw new BriefingError(
      { file, line: shift(located.line ?? 1), column: located.column },
      located.problem,
      HINT,
    );
  }
  const warnings: Warning[] = [];
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
  return { fields, body: text.slice(consumed.length), lineOffset: consumed.split("\n").length - 1, warnings };
}
