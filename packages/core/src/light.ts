// @briefing/core/light: the part of the API a thread that only coordinates needs (errors, atomic
// files, finding templates, which files are statements), without the importers, Handlebars or zod.
// The CLI's main thread imports this: the full API costs each thread that loads it about 33 MB of
// RSS (docs/architecture.md, "Two entry points"). Every name here is also in index.ts.

export { BriefingError, formatWarning, type Warning } from "./errors.js";
export { statementExtensions } from "./import/statement-extensions.js";
export {
  commitTempFile,
  isAtomicTempFile,
  writeFileAtomic,
  writeTempFile,
  writeTempFileSync,
} from "./io/write-atomic.js";
export { copyTemplate } from "./template/copy-template.js";
export { findTemplateDir, listTemplates, type TemplateListing } from "./template/template-dirs.js";
export { MAX_SLUG_LENGTH, slugify } from "./text/slug.js";
