// Import stage: file extension → importer (.txt, .md, .markdown, .yaml, .yml, .json, .docx).

import { docxToStatement } from "./docx-to-statement.js";
import type { ImportResult } from "./import-result.js";
import { jsonToStatement } from "./json-to-statement.js";
import { markdownToStatement } from "./markdown-to-statement.js";
import type { StatementExtension } from "./statement-extensions.js";
import { textToStatement } from "./text-to-statement.js";
import { yamlToStatement } from "./yaml-to-statement.js";

/** An importer reads decoded text (`text`) or the file's raw bytes (`binary`, e.g. .docx). */
export type Importer =
  | { kind: "text"; read(text: string, file: string): ImportResult }
  | { kind: "binary"; read(bytes: Uint8Array, file: string): ImportResult };

const text = (read: (text: string, file: string) => ImportResult): Importer => ({ kind: "text", read });
/** For importers of binary formats: `".docx": binary(docxToStatement)`. */
export const binary = (read: (bytes: Uint8Array, file: string) => ImportResult): Importer => ({
  kind: "binary",
  read,
});

/** The importer for each file extension (lower case, with the dot); the compiler holds it to the list. */
export const importers: Record<StatementExtension, Importer> = {
  ".txt": text(textToStatement),
  ".md": text(markdownToStatement),
  ".markdown": text(markdownToStatement),
  ".yaml": text(yamlToStatement),
  ".yml": text(yamlToStatement),
  ".json": text(jsonToStatement),
  ".docx": binary(docxToStatement),
};
