// Shared rule: a path in a parsed YAML or JSON document → its 1-based line and column.
// Borrows yaml's node ranges; the importers and the theme loader locate zod errors with it.

import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type Document as YamlDocument,
} from "yaml";
import { BriefingError } from "../errors.js";

/** A 1-based line and column in a YAML (or JSON) text. */
export interface YamlPosition {
  line: number;
  column: number;
}

/**
 * Where the value at `path` sits in a parsed YAML (or JSON) document, 1-based; the key itself
 * when `key` is given (an unknown field), the deepest existing node when the path runs out
 * (a missing field is reported at the object that lacks it).
 */
export function locateYamlPath(
  document: YamlDocument,
  counter: LineCounter,
  path: readonly PropertyKey[],
  key?: string,
): YamlPosition {
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  const steps = key === undefined ? path : [...path, key];
  for (const [index, segment] of steps.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      const keyRange = (pair.key as Node).range;
      if (key !== undefined && index === steps.length - 1) {
        offset = keyRange?.[0] ?? offset;
        break;
      }
      node = pair.value;
      offset = (node as Node | null)?.range?.[0] ?? keyRange?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = (node as Node).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

/** `body[2].runs[0].text` */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text || "(top level)";
}

/**
 * A template's YAML file (theme.yaml, a locale file) parsed with its line counter, so later
 * errors can name a line; a syntax error is a BriefingError at its line and column.
 */
export function parseYamlWithPositions(
  text: string,
  file: string,
): { yaml: YamlDocument; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxError = yaml.errors[0];
  if (syntaxError) {
    const { line, col } = lineCounter.linePos(syntaxError.pos[0]);
    throw new BriefingError(
      { file, line, column: col },
      `invalid YAML: ${syntaxError.message.split("\n")[0]}`,
    );
  }
  return { yaml, lineCounter };
}
