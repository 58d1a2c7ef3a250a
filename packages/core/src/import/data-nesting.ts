// Import guard: YAML or JSON text → an error when nested deeper than MAX_DATA_NESTING.
// Runs before the yaml parser, which recurses once per level and would exhaust the stack.

import { BriefingError } from "../errors.js";
import { MAX_DATA_NESTING } from "./limits.js";

/**
 * Refuses YAML or JSON nested deeper than `MAX_DATA_NESTING`, before any parser sees it: the
 * `yaml` parser recurses once per level (10,000 `[` exhausted the process), and so do the steps
 * after it. One pass over the text counts flow brackets outside quoted scalars and comments,
 * plus the levels of block indentation and of `- ` / `? ` markers that open a line. Block
 * scalars (`|`, `>`) are skipped, so brackets in their text never count.
 */
export function checkDataNesting(
  text: string,
  file: string,
  hint: string,
  lineShift = 0,
  maxDepth = MAX_DATA_NESTING,
): void {
  let flow = 0;
  let quote: '"' | "'" | undefined;
  const indents: number[] = [];
  let blockScalarIndent: number | undefined;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let at = start;
    while (at < end && text.charCodeAt(at) === 0x20) at++;
    const indent = at - start;
    const blank = at === end || text[at] === "#";
    if (blockScalarIndent !== undefined && (blank || indent > blockScalarIndent)) {
      start = end + 1;
      continue;
    }
    blockScalarIndent = undefined;
    let block = 0;
    if (quote === undefined && flow === 0 && !blank) {
      while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
      indents.push(indent);
      // "- - - x" and "? key" open a collection each, on one line.
      let markers = 0;
      while (/[-?]/.test(text[at] ?? "") && /[ \t]/.test(text[at + 1] ?? "")) {
        markers++;
        at += 2;
        while (text[at] === " " || text[at] === "\t") at++;
      }
      // The top level is not counted: a file's root is one collection, as `[` alone opens one.
      block = indents.length - 1 + markers;
    }
    let previous = "";
    for (; at < end; at++) {
      const char = text[at];
      if (quote === '"') {
        if (char === "\\") at++;
        else if (char === '"') quote = undefined;
        continue;
      }
      if (quote === "'") {
        if (char === "'") {
          if (text[at + 1] === "'") at++;
          else quote = undefined;
        }
        continue;
      }
      if (char === " " || char === "\t") {
        if (text[at + 1] === "#") break;
        continue;
      }
      // A quote opens a quoted scalar only where a value begins; in "Japan's" it is a letter.
      if ((char === '"' || char === "'") && (previous === "" || ":-[{,?".includes(previous))) quote = char;
      else if (char === "[" || char === "{") {
        flow++;
        if (block + flow > maxDepth)
          throw tooDeep(file, line + 1 + lineShift, at - start + 1, maxDepth, hint);
      } else if ((char === "]" || char === "}") && flow > 0) flow--;
      previous = char ?? "";
    }
    if (block + flow > maxDepth) throw tooDeep(file, line + 1 + lineShift, indent + 1, maxDepth, hint);
    if (quote === undefined && flow === 0 && BLOCK_SCALAR.test(lastPart(text, start, end)))
      blockScalarIndent = indent;
    start = end + 1;
  }
}

/** `key: |`, `- >-`, `text: |2 # comment`: the lines indented under it are text. */
const BLOCK_SCALAR = /(?:^|[:\-?][ \t]+)[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/** The end of a line, enough to see a block scalar's indicator (`key: |`, `- >-`). */
function lastPart(text: string, start: number, end: number): string {
  return text.slice(Math.max(start, end - 200), end);
}

function tooDeep(file: string, line: number, column: number, maxDepth: number, hint: string): BriefingError {
  return new BriefingError(
    { file, line, column },
    `the data is nested more than ${maxDepth} levels deep`,
    hint,
  );
}
