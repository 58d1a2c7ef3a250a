// Import stage: .json text → Statement (the model itself), checked with the zod schema.
// Borrows the yaml parser (JSON is YAML) for node ranges, so errors point at line:col.

import { LineCounter, parseDocument, type Document as YamlDocument } from "yaml";
import { BriefingError, positionAt, type Warning } from "../errors.js";
import { locateYamlPath } from "../yaml/positions.js";
import { blockCount, boundBody } from "./bound-blocks.js";
import { checkDataNesting } from "./data-nesting.js";
import type { ImportResult } from "./import-result.js";
import { MAX_PARAGRAPHS } from "./limits.js";
import { schemaError } from "./yaml-locate.js";
import { MODEL_HINT, validateModel } from "./yaml-to-statement.js";

/**
 * A .json file is the Statement model itself. JSON is also YAML, so the `yaml` parser's node
 * ranges give the line:col of a schema violation.
 */
export function jsonToStatement(text: string, file: string): ImportResult {
  checkDataNesting(text, file, MODEL_HINT);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new BriefingError(
      { file, ...syntaxErrorPosition(text, message) },
      `invalid JSON: ${message
        .replace(/,\s*(?:\.\.\.)?".*$/s, "")
        .replace(/ in JSON at position \d+.*$/s, "")
        .replace(/\s+/g, " ")}`,
      "fix the JSON syntax (double-quoted keys and strings, no trailing commas), or write the statement as YAML",
    );
  }
  // Parsed again, as YAML, only to locate a problem: that costs ten times JSON.parse.
  let located: { document: YamlDocument; counter: LineCounter } | undefined;
  const locate = () => {
    if (located === undefined) {
      const counter = new LineCounter();
      const document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
      located = { document, counter };
    }
    return located;
  };
  const statement = validateModel(value, file, (zodError) => {
    const { document, counter } = locate();
    return schemaError(zodError, file, document, counter, MODEL_HINT);
  });
  const warnings: Warning[] = [];
  // Too many blocks is refused at once, without the seconds it takes to locate the one too many.
  const tooMany = blockCount(statement.body) > MAX_PARAGRAPHS;
  statement.body = boundBody(statement.body, file, warnings, (index) => {
    if (tooMany) return undefined;
    const { document, counter } = locate();
    return locateYamlPath(document, counter, ["body", index]).line;
  });
  return { statement, warnings };
}

/**
 * V8 does not always say where JSON goes wrong ("Unexpected token ','"). A prefix of the text
 * that ends before the mistake only fails at its end, so the shortest prefix failing inside
 * itself ends just after the mistake.
 */
function syntaxErrorPosition(text: string, message: string): { line: number; column: number } {
  const at = /at position (\d+)/.exec(message);
  if (at) return positionAt(text, Number(at[1]));
  let low = 1;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (failsInside(text.slice(0, middle))) high = middle;
    else low = middle + 1;
  }
  return positionAt(text, low - 1);
}

function failsInside(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/end of JSON input/.test(message)) return false;
    const at = /at position (\d+)/.exec(message);
    return at ? Number(at[1]) < prefix.length : true;
  }
}
