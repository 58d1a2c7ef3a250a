// Import stage: YAML text → parsed document and plain value, within limits.ts.
// Borrows the yaml parser, guarding what it does slowly (duplicate keys) or badly (alias bombs).

import { isScalar, LineCounter, type Node, parseDocument, visit, type Document as YamlDocument } from "yaml";
import { BriefingError } from "../errors.js";
import { checkDataNesting } from "./data-nesting.js";
import { MAX_YAML_ALIASES, MAX_YAML_CHARS } from "./limits.js";
import { yamlProblem } from "./yaml-locate.js";

export interface ParsedYaml {
  document: YamlDocument;
  counter: LineCounter;
}

/**
 * Parses YAML text within the limits: its length (`MAX_YAML_CHARS`) and nesting
 * (`checkDataNesting`) are checked first, and
 * duplicate keys are found with one set per mapping, since the `yaml` package compares each
 * key with every key before it (40,000 keys took 24 s). The first syntax error or duplicate key
 * is a BriefingError: `${invalid}: ${problem}` at its line and column, with `hint`.
 */
export function parseYaml(
  text: string,
  file: string,
  messages: { invalid: string; syntaxHint: string; hint: string },
  lineShift = 0,
): ParsedYaml {
  if (text.length > MAX_YAML_CHARS) {
    throw new BriefingError(
      { file, line: 1 + lineShift, column: 1 },
      `the YAML is ${text.length.toLocaleString("en-US")} characters long (limit ${MAX_YAML_CHARS.toLocaleString("en-US")})`,
      "check that this is the right file; a long statement can be written as JSON, Markdown or text instead",
    );
  }
  checkDataNesting(text, file, messages.hint, lineShift);
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { file, line: line + lineShift, column: col };
  };
  const [error] = document.errors;
  if (error) {
    throw new BriefingError(
      at(error.pos[0]),
      `${messages.invalid}: ${yamlProblem(error.message)}`,
      messages.syntaxHint,
    );
  }
  let duplicate: Node | undefined;
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          duplicate = pair.key;
          return visit.BREAK;
        }
        seen.add(pair.key.value);
      }
      return undefined;
    },
  });
  if (duplicate) {
    throw new BriefingError(
      at(duplicate.range?.[0] ?? 0),
      `${messages.invalid}: Map keys must be unique`,
      messages.syntaxHint,
    );
  }
  return { document, counter };
}

/**
 * The plain value of a parsed YAML document, with aliases limited to `MAX_YAML_ALIASES`
 * expansions. `yaml` throws a bare ReferenceError for an alias bomb ("billion laughs") or an
 * alias it cannot resolve; this makes it a located BriefingError. `lineShift` is the number of
 * lines above the YAML in the file (front matter).
 */
export function yamlValue(
  document: YamlDocument,
  counter: LineCounter,
  file: string,
  hint: string,
  lineShift = 0,
): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let alias: Node | undefined;
    visit(document, {
      Alias(_, node) {
        alias = node;
        return visit.BREAK;
      },
    });
    const { line, col } = counter.linePos(alias?.range?.[0] ?? 0);
    const at = { file, line: line + lineShift, column: col };
    if (/alias/i.test(message)) {
      throw new BriefingError(
        at,
        `the YAML's aliases (*name) expand to more than ${MAX_YAML_ALIASES} copies, as in an alias bomb`,
        "write the values out instead of using &anchors and *aliases",
        { cause: error },
      );
    }
    throw new BriefingError(at, `cannot read the YAML: ${message.split("\n")[0]}`, hint, { cause: error });
  }
}
