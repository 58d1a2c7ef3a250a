// Document stage: a Document → the same Document, checked once against its zod schema.
// Renderers call it too; a WeakSet remembers what passed, so each Document is parsed once.

import { type Document, DocumentSchema } from "../contract/document-schema.js";
import { BriefingError } from "../errors.js";
import type { Theme } from "../theme/load-theme.js";
import { formatPath } from "../yaml/positions.js";

/**
 * The one place a Document is checked against its schema. `statementToDocument` and
 * `statementsToBook` validate what they build; the renderers (`renderPdf`, `renderDocx`)
 * call this too, and it returns at once for a Document it has already passed, so the CLI's
 * pipeline parses each Document once. A Document is trusted by identity: mutating one after it
 * was validated is not supported.
 */
const validated = new WeakSet<object>();

// A Document's styles and fonts are copies of its template's theme, the same for every
// document of that template: they are checked with the first one, later documents only for
// their own parts (validating the styles and fonts is most of the schema's cost).
const checkedThemes = new WeakSet<Theme>();
const DocumentContentSchema = DocumentSchema.pick({ meta: true, page: true, blocks: true, footnotes: true });

/** Options of {@link validateDocument}. */
export interface ValidateDocumentOptions {
  /** The theme the Document's styles and fonts were copied from, when it was built from one. */
  theme?: Theme;
  /** What to suggest when the Document is invalid. */
  hint?: string;
}

/** True when `document` has passed {@link validateDocument}. */
export function isValidatedDocument(document: unknown): document is Document {
  return typeof document === "object" && document !== null && validated.has(document);
}

/**
 * Checks `document` against the Document schema and returns it (the same object). Throws a
 * BriefingError naming `file` and the path of the first bad field, e.g.
 * `not a valid Document: blocks[2].style: Invalid input`; never a raw ZodError.
 */
export function validateDocument(
  document: unknown,
  file = "<document>",
  options: ValidateDocumentOptions = {},
): Document {
  if (isValidatedDocument(document)) return document;
  const { theme } = options;
  const result =
    theme !== undefined && checkedThemes.has(theme) && typeof document === "object" && document !== null
      ? DocumentContentSchema.safeParse({
          meta: (document as Document).meta,
          page: (document as Document).page,
          blocks: (document as Document).blocks,
          footnotes: (document as Document).footnotes,
        })
      : DocumentSchema.safeParse(document);
  if (!result.success) {
    const [issue, ...rest] = result.error.issues;
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? "s" : ""})` : "";
    throw new BriefingError(
      { file },
      `not a valid Document: ${formatPath(issue?.path ?? [])}: ${issue?.message ?? "invalid"}${more}`,
      options.hint ?? "render it from a template with statementToDocument",
      { cause: result.error },
    );
  }
  if (theme !== undefined) checkedThemes.add(theme);
  validated.add(document as object);
  return document as Document;
}
