// Import stage: a zod issue or yaml error → one BriefingError at the value's line:col.

import type { LineCounter, Document as YamlDocument } from "yaml";
import type { z } from "zod";
import { BriefingError } from "../errors.js";
import { formatPath, locateYamlPath } from "../yaml/positions.js";

/**
 * One error for a schema violation: the first problem with its field path and line:col, and
 * how many more there are.
 */
export function schemaError(
  error: z.ZodError,
  file: string,
  document: YamlDocument,
  counter: LineCounter,
  hint: string,
  prefix: readonly PropertyKey[] = [],
): BriefingError {
  const [first, ...rest] = error.issues;
  if (!first) return new BriefingError({ file }, "invalid statement", hint);
  const unknownKey = first.code === "unrecognized_keys" ? first.keys[0] : undefined;
  const path = [...prefix, ...first.path];
  const position = locateYamlPath(document, counter, path, unknownKey);
  const field = formatPath(unknownKey === undefined ? path : [...path, unknownKey]);
  const problem =
    unknownKey === undefined
      ? `${field}: ${first.message}`
      : `${field}: unknown field (${first.message.toLowerCase()})`;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? "s" : ""})` : "";
  return new BriefingError({ file, ...position }, problem + more, hint);
}

/** The first line of a `yaml` error message, without its "at line X, column Y" suffix. */
export function yamlProblem(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/\s+at line \d+, column \d+:?$/, "");
}
