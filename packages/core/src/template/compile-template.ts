// Template stage: Handlebars source → checked AST (syntax, references, unsafe {{{ }}}), marked.
// Walks Handlebars' AST (hbs.AST); relies on ContentStatement.original being the raw text.

import type Handlebars from "handlebars";
import { BriefingError, type Warning } from "../errors.js";
import { marker, type TemplatePoint } from "./markup-source-map.js";

type HandlebarsEnvironment = typeof Handlebars;
type AstNode = { type: string; loc?: hbs.AST.SourceLocation } & Record<string, unknown>;

/** Parses Handlebars source, with syntax errors reported at file:line:col. */
export function parseHandlebars(env: HandlebarsEnvironment, source: string, file: string): hbs.AST.Program {
  try {
    return env.parse(source);
  } catch (error) {
    throw handlebarsSyntaxError(error, source, file);
  }
}

function handlebarsSyntaxError(error: unknown, source: string, file: string): BriefingError {
  const message = error instanceof Error ? error.message : String(error);
  const located = error as { lineNumber?: number; column?: number };
  if (typeof located.lineNumber === "number") {
    return new BriefingError(
      { file, line: located.lineNumber, column: (located.column ?? 0) + 1 },
      `Handlebars: ${message.replace(/ - \d+:\d+$/, "")}`,
    );
  }
  // Parse errors from Handlebars' generated parser only carry the line and a caret under up
  // to 20 characters of preceding input (newlines removed); find that context in the line.
  const lineMatch = /Parse error on line (\d+):\n(.*)\n(-*)\^\n?(.*)/s.exec(message);
  if (!lineMatch) return new BriefingError({ file }, `Handlebars: ${message}`);
  const line = Number(lineMatch[1]);
  const shown = lineMatch[2] ?? "";
  const before = shown.slice(0, (lineMatch[3] ?? "").length).replace(/^\.\.\./, "");
  const text = source.split("\n")[line - 1] ?? "";
  let column = 1;
  for (let length = Math.min(before.length, text.length); length > 0; length--) {
    const tail = before.slice(before.length - length);
    const at = text.indexOf(tail);
    if (at !== -1) {
      column = at + tail.length + 1;
      break;
    }
  }
  const expected = (lineMatch[4] ?? "").trim();
  return new BriefingError({ file, line, column }, "Handlebars syntax error", expected || undefined);
}

/** Every node of a Handlebars AST, depth first. */
function* nodes(node: unknown): Generator<AstNode> {
  if (Array.isArray(node)) {
    for (const item of node) yield* nodes(item);
    return;
  }
  if (!node || typeof node !== "object" || typeof (node as AstNode).type !== "string") return;
  yield node as AstNode;
  for (const [key, value] of Object.entries(node)) {
    if (key !== "loc" && value && typeof value === "object") yield* nodes(value);
  }
}

function at(file: string, node: AstNode) {
  return { file, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
}

/**
 * Checks at load time what Handlebars would only notice while rendering: calls to helpers
 * that do not exist and partials the template folder lacks.
 */
export function checkReferences(
  program: hbs.AST.Program,
  file: string,
  helpers: ReadonlySet<string>,
  partials: ReadonlySet<string>,
): void {
  for (const node of nodes(program)) {
    if (node.type === "PartialStatement" || node.type === "PartialBlockStatement") {
      const name = node.name as { type: string; original?: unknown };
      if (name.type !== "SubExpression" && !partials.has(String(name.original))) {
        throw new BriefingError(
          at(file, node),
          `unknown partial "${String(name.original)}"`,
          partials.size ? `this template has: ${[...partials].join(", ")}` : "add it as partials/<name>.hbs",
        );
      }
    }
    if (
      node.type === "MustacheStatement" ||
      node.type === "SubExpression" ||
      node.type === "BlockStatement"
    ) {
      const path = node.path as { type: string; original?: unknown; parts?: unknown[] };
      const isCall = (node.params as unknown[]).length > 0 || node.hash !== undefined;
      if (isCall && path.type === "PathExpression" && !helpers.has(String(path.original))) {
        throw new BriefingError(
          at(file, node),
          `unknown helper "${String(path.original)}"`,
          `helpers: ${[...helpers].sort().join(", ")}`,
        );
      }
    }
  }
}

/**
 * Whether a template reads `name` from the root of its input (`{{#each statements}}`,
 * `{{statements.length}}`): how a book template, which takes `statements`, is told apart.
 */
export function readsInputField(program: hbs.AST.Program, name: string): boolean {
  for (const node of nodes(program)) {
    if (node.type !== "PathExpression") continue;
    const path = node as unknown as { data: boolean; depth: number; parts: string[] };
    if (!path.data && path.depth === 0 && path.parts[0] === name) return true;
  }
  return false;
}

/**
 * Checks at load time that every `{{t "key"}}` names a label the template's locale files
 * define (in en, or else in every locale), so a typo is an error at its line, not a failed render.
 */
export function checkLabels(
  program: hbs.AST.Program,
  file: string,
  locales: Readonly<Record<string, Readonly<Record<string, string>>>>,
): void {
  const codes = Object.keys(locales);
  for (const node of nodes(program)) {
    if (node.type !== "MustacheStatement" && node.type !== "SubExpression") continue;
    const path = node.path as { type: string; original?: unknown };
    if (path.type !== "PathExpression" || path.original !== "t") continue;
    const first = (node.params as { type: string; value?: unknown }[])[0];
    if (first?.type !== "StringLiteral") continue;
    const key = String(first.value);
    const inEnglish = locales.en !== undefined && Object.hasOwn(locales.en, key);
    const inEvery = codes.length > 0 && codes.every((code) => Object.hasOwn(locales[code] ?? {}, key));
    if (!inEnglish && !inEvery) {
      throw new BriefingError(
        at(file, node),
        `unknown label "${key}"`,
        codes.length
          ? "add it to the template's locales/en.yaml"
          : "add locales/en.yaml with the labels the template uses",
      );
    }
  }
}

/**
 * Helpers whose result is markup they built and escaped themselves (`runs` escapes each run's
 * text and adds only its own tags): writing them unescaped changes nothing. Every other helper
 * returns plain text that may come from the statement (`upper`, `join`, `lookup`, a date's own
 * wording), which `{{{…}}}` would insert as markup.
 */
const escapingHelpers = new Set(["runs", "t"]);

type ExpressionNode = { type: string; original?: unknown; path?: unknown };

/**
 * Whether an unescaped expression can put input text into the markup. Rule: a value looked up
 * in the input (`statement.title`, `this`, `@key`, `../meeting`) can, as can a call to any
 * helper but those in `escapingHelpers`; a literal the template wrote itself (`{{{"<hr/>"}}}`)
 * cannot.
 */
function insertsInputText(expression: ExpressionNode, helpers: ReadonlySet<string>): boolean {
  if (expression.type === "SubExpression")
    return insertsInputText(expression.path as ExpressionNode, helpers);
  if (expression.type !== "PathExpression") return false;
  const name = String(expression.original);
  return !(escapingHelpers.has(name) && helpers.has(name));
}

/** The source text of a node, from its location. */
function sourceOf(lines: readonly string[], loc: hbs.AST.SourceLocation): string {
  if (loc.start.line === loc.end.line) {
    return (lines[loc.start.line - 1] ?? "").slice(loc.start.column, loc.end.column);
  }
  const middle = lines.slice(loc.start.line, loc.end.line - 1);
  return [
    (lines[loc.start.line - 1] ?? "").slice(loc.start.column),
    ...middle,
    (lines[loc.end.line - 1] ?? "").slice(0, loc.end.column),
  ].join("\n");
}

/**
 * One warning for each `{{{…}}}` or `{{&…}}` that inserts input text unescaped (see
 * `insertsInputText`): statement text written that way becomes markup, so a `<p>` or `<a>` in a
 * statement turns into structure (or an error) instead of showing as typed.
 */
export function unescapedOutputWarnings(
  program: hbs.AST.Program,
  source: string,
  file: string,
  helpers: ReadonlySet<string>,
): Warning[] {
  const warnings: Warning[] = [];
  let lines: string[] | undefined;
  for (const node of nodes(program)) {
    if (node.type !== "MustacheStatement" || node.escaped !== false || !node.loc) continue;
    if (!insertsInputText(node.path as ExpressionNode, helpers)) continue;
    lines ??= source.split("\n");
    const written = sourceOf(lines, node.loc).replace(/\s+/g, " ");
    const inner = written.replace(/^\{\{~?\{?&?\s*/, "").replace(/\s*\}?~?\}\}$/, "");
    const shown = written.length > 60 ? `${written.slice(0, 59)}…` : written;
    const suggestion = inner.length > 60 ? `${inner.slice(0, 59)}…` : inner;
    warnings.push({
      ...at(file, node),
      message: `${shown} inserts text unescaped: markup in a statement becomes structure — use {{${suggestion}}}`,
    });
  }
  return warnings;
}

/** Puts a marker at the start of each line of literal template text, so markup maps back here. */
export function instrumentContent(program: hbs.AST.Program, file: string, points: TemplatePoint[]): void {
  for (const node of nodes(program)) {
    if (node.type !== "ContentStatement" || !node.loc) continue;
    const content = node as unknown as hbs.AST.ContentStatement & { loc: hbs.AST.SourceLocation };
    const value = content.value;
    // The typings call `original` strip flags; at runtime it is the unstripped text.
    const original = String(content.original as unknown);
    if (!value) continue;
    // Whitespace control may have trimmed the start of the text; advance over what it dropped.
    const lead = Math.max(0, original.indexOf(value));
    let line = content.loc.start.line;
    let column = content.loc.start.column + 1;
    for (const char of original.slice(0, lead)) {
      if (char === "\n") {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    let instrumented = "";
    const lines = value.split("\n");
    lines.forEach((text, index) => {
      if (index > 0) {
        instrumented += "\n";
        line++;
        column = 1;
      }
      if (text.length > 0) {
        instrumented += marker(points.length) + text;
        points.push({ file, line, column });
      }
    });
    content.value = instrumented;
  }
}
