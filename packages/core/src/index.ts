// @briefing/core's public API: what the renderers, the CLI and library users need. Each name is
// listed so a change to the API shows in review (tests/exports/core.yaml snapshots it);
// everything else is internal, and tests reach it through src/.

export { analyzeStatement, type SpeakingRates } from "./analyze/analyze-statement.js";
// The Document contract between templates and renderers.
export {
  type Block,
  type BlockKind,
  type Document,
  type DocumentMeta,
  DocumentSchema,
  type FieldInline,
  type Footnote,
  type Heading,
  type Inline,
  type List,
  MARGIN_STYLE,
  type Page,
  type PageBreak,
  type Paragraph,
  type ResolvedFontFamily,
  type ResolvedStyle,
  type Rule,
  type Table,
  type TableCell,
  type TextInline,
  type Toc,
  type TocEntry,
} from "./contract/document-schema.js";
// Statement → Document, through a template.
export { plainText } from "./document/collapse-whitespace.js";
export { allowedHref, refusedLinkMessage } from "./document/links.js";
export { BAND_ELLIPSIS, trimBeforeEllipsis, truncateToColumns } from "./document/page-bands.js";
export {
  type DocumentResult,
  type StatementToDocumentOptions,
  statementsToBook,
  statementToDocument,
} from "./document/statement-to-document.js";
export { isValidatedDocument, validateDocument } from "./document/validate-document.js";
// The statement model.
export { BriefingError, formatWarning, type Warning } from "./errors.js";
// Sources → Statement.
export type { DroppedLine, Explanation, FieldOrigin } from "./import/explanation.js";
export type { ImportResult } from "./import/import-result.js";
export { type ParseOptions, parseStatement } from "./import/parse-statement.js";
export { readStatementFile } from "./import/read-statement-file.js";
export { statementExtensions } from "./import/statement-extensions.js";
export { toYamlText } from "./import/yaml-text.js";
// Rules every renderer and the CLI share.
export { sourceDate } from "./io/source-date.js";
export {
  commitTempFile,
  isAtomicTempFile,
  writeFileAtomic,
  writeTempFile,
  writeTempFileSync,
} from "./io/write-atomic.js";
export { type Mark, type Run, type Statement, StatementSchema } from "./statement/statement-schema.js";
export { type Stats, StatsSchema } from "./statement/stats-schema.js";
export { copyTemplate } from "./template/copy-template.js";
export { loadTemplate, type Template } from "./template/load-template.js";
export { findTemplateDir, listTemplates, type TemplateListing } from "./template/template-dirs.js";
export { allMatches } from "./text/native-regexps.js";
export { japanesePhrases, keepsPhrases, PHRASE_STYLES, phraseBoundaries } from "./text/phrases.js";
export {
  isJapaneseChar,
  isJapaneseTag,
  resolveClasses,
  type ScriptClass,
  splitByScript,
} from "./text/script.js";
export {
  detectLanguage,
  isRightToLeft,
  isRightToLeftLanguage,
  languageMatches,
  languageOf,
  type Script,
  type ScriptRun,
  scriptOf,
  scriptRuns,
} from "./text/scripts.js";
export { MAX_SLUG_LENGTH, slugify } from "./text/slug.js";
export { smartQuotes } from "./text/smart-quotes.js";
export { styleDefaults } from "./theme/resolve-styles.js";
