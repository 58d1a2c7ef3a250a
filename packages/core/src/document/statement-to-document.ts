// Document stage: Statement(s) + template name → validated Document (one statement or a book).
// Joins analyze, template and markup-to-document, and fills meta and briefing.* properties.

import { createRequire } from "node:module";
import { analyzeStatement } from "../analyze/analyze-statement.js";
import type { Document } from "../contract/document-schema.js";
import { BriefingError, type Warning } from "../errors.js";
import { isoDay, SOURCE_DATE_FALLBACK, sourceDateEpoch } from "../io/source-date.js";
import { liftExtraFields } from "../statement/extra-fields.js";
import type { Statement } from "../statement/statement-schema.js";
import type { Stats } from "../statement/stats-schema.js";
import { loadTemplate, type Template } from "../template/load-template.js";
import type { Theme } from "../theme/load-theme.js";
import { fontNamesForLanguage } from "../theme/resolve-fonts.js";
import { validateDocument } from "./validate-document.js";

// A Document a template built is briefing's (or the template's) fault, not the user's input.
const BUILT_HINT = "the template built an invalid Document; check its markup";

import { markupToDocument } from "./markup-to-document.js";

const require = createRequire(import.meta.url);
const coreVersion = (require("../../package.json") as { version: string }).version;

/** Options of `statementToDocument` and `statementsToBook`. */
export interface StatementToDocumentOptions {
  /** A built-in template name, a name in `templatesDir`, or a template folder path. */
  template?: string;
  /** A folder of user templates, searched by name before the built-ins. */
  templatesDir?: string;
  /**
   * ISO date for `generated.date`; default SOURCE_DATE_EPOCH, else the statement's date (a
   * book: SOURCE_DATE_EPOCH, else today — the day the binder was made).
   */
  generatedDate?: string;
  /** The input file, named in messages. */
  file?: string;
}

/** What a template receives for one statement. */
export interface StatementTemplateInput {
  statement: Statement;
  stats: Stats;
  generated: { date: string; version: string };
  options: { template: string };
}

/** What a book template receives. */
export interface BookTemplateInput {
  /** `position`: 1 for the first statement, for a title such as "Statement 3". */
  statements: { statement: Statement; stats: Stats; position: number }[];
  generated: { date: string; version: string };
  options: { template: string };
}

/**
 * A rendered Document, the markup it came from, and non-fatal problems: the template's (see
 * `Template.warnings`) first, then the markup's (a dropped link, an empty table of contents).
 */
export interface DocumentResult {
  document: Document;
  markup: string;
  warnings: Warning[];
}

// Never "now": outputs must be byte-identical run to run.
function sourceDay(): string | undefined {
  const epoch = sourceDateEpoch();
  return epoch && isoDay(epoch);
}

/**
 * The last segment of a path written with `/` or `\` (`C:\Users\x\a.txt` → `a.txt`) on any
 * platform: outputs name their source file, never the folder it was in.
 */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/**
 * Statement fields with no standard metadata slot, as `briefing.<field>` text, so a reader of
 * the output (Word custom properties) can rebuild the statement. The source file is named
 * without its folder, so no output reveals where it was read from.
 */
export function statementProperties(statement: Statement): Record<string, string> {
  const fields: [key: string, value: string | undefined][] = [
    ["date.start", statement.date?.start],
    ["date.end", statement.date?.end],
    ["date.text", statement.date?.text],
    ["venue", statement.venue],
    ["speaker", statement.speaker],
    ["delegation", statement.delegation],
    ["titleJa", statement.titleJa],
    ["language", statement.language],
    ["delivery", statement.delivery],
    ["cosignatories", statement.cosignatories && JSON.stringify(statement.cosignatories)],
    ["classification", statement.classification],
    ["agendaItem", statement.agendaItem],
    ["slot", statement.slot && JSON.stringify(statement.slot)],
    ["timeLimit", statement.timeLimit === undefined ? undefined : String(statement.timeLimit)],
    ["status", statement.status],
    ["version", statement.version],
    ["extra", statement.extra && JSON.stringify(statement.extra)],
    ["source.file", statement.source?.file === undefined ? undefined : fileName(statement.source.file)],
    ["source.url", statement.source?.url],
  ];
  const properties: Record<string, string> = {};
  for (const [key, value] of fields) if (value !== undefined) properties[`briefing.${key}`] = value;
  return properties;
}

function render(
  input: StatementTemplateInput | BookTemplateInput,
  template: Template,
  options: StatementToDocumentOptions,
): DocumentResult & { theme: Theme } {
  let map: ReturnType<typeof template.render>;
  try {
    map = template.render(input);
  } catch (error) {
    if (error instanceof BriefingError && options.file) {
      throw new BriefingError(error, error.problem, `while rendering ${options.file}`, { cause: error });
    }
    throw error;
  }
  const { document, warnings } = markupToDocument(map, { theme: template.theme });
  // The template's own warnings go with every document made with it: `render` prints a
  // document's warnings and `export` records them per file, so each output names the risk.
  return {
    document,
    markup: map.markup,
    warnings: [...template.warnings, ...warnings],
    theme: template.theme,
  };
}

/**
 * Renders one statement through a template (default `briefing`) into the Document both
 * renderers lay out. `meta` defaults: title = title or titleJa, subject = meeting,
 * author = speaker (a person, never the delegation; unset without one), date = the statement's
 * start date (what both renderers date the file with, see `sourceDate`); the template's
 * `<document>` attributes override them.
 */
export function statementToDocument(
  statement: Statement,
  options: StatementToDocumentOptions = {},
): DocumentResult {
  const templateName = options.template ?? "briefing";
  // Looked up once per document: finding the folder costs file-system calls even when cached.
  const template = loadTemplate(templateName, { templatesDir: options.templatesDir });
  // A book template (one that reads `statements`) makes a book of one, not an empty book.
  if (template.book) return bookFromTemplate([statement], template, templateName, options);
  const input: StatementTemplateInput = {
    statement: liftExtraFields(statement),
    stats: analyzeStatement(statement),
    generated: {
      date: options.generatedDate ?? sourceDay() ?? statement.date?.start ?? isoDay(SOURCE_DATE_FALLBACK),
      version: coreVersion,
    },
    options: { template: templateName },
  };
  const { theme, ...rendered } = render(input, template, options);
  const meta = rendered.document.meta;
  const title = statement.title ?? statement.titleJa;
  // Rebuilt in a fixed key order so Document JSON reads the same way every time.
  rendered.document.meta = {
    ...((meta.title ?? title) !== undefined ? { title: meta.title ?? title } : {}),
    ...((meta.subject ?? statement.meeting) !== undefined
      ? { subject: meta.subject ?? statement.meeting }
      : {}),
    ...((meta.author ?? statement.speaker) !== undefined ? { author: meta.author ?? statement.speaker } : {}),
    keywords: meta.keywords,
    ...((meta.language ?? statement.language) !== undefined
      ? { language: meta.language ?? statement.language }
      : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    ...((meta.date ?? statement.date?.start) !== undefined
      ? { date: meta.date ?? statement.date?.start }
      : {}),
    properties: { ...statementProperties(statement), ...meta.properties },
  };
  // Word names one East Asian and one complex-script font per style: the document's language picks them.
  rendered.document.fonts = fontNamesForLanguage(rendered.document.fonts, rendered.document.meta.language);
  return {
    ...rendered,
    document: validateDocument(rendered.document, templateName, { theme, hint: BUILT_HINT }),
  };
}

/** Renders several statements into one Document through a book template (default `book`). */
export function statementsToBook(
  statements: Statement[],
  options: StatementToDocumentOptions = {},
): DocumentResult {
  const templateName = options.template ?? "book";
  const template = loadTemplate(templateName, { templatesDir: options.templatesDir });
  return bookFromTemplate(statements, template, templateName, options);
}

function bookFromTemplate(
  statements: Statement[],
  template: Template,
  templateName: string,
  options: StatementToDocumentOptions,
): DocumentResult {
  const input: BookTemplateInput = {
    statements: statements.map((statement, index) => ({
      statement: liftExtraFields(statement),
      stats: analyzeStatement(statement),
      position: index + 1,
    })),
    generated: {
      // The day the binder was made ("As of …"), never the latest statement's date.
      date: options.generatedDate ?? sourceDay() ?? isoDay(new Date()),
      version: coreVersion,
    },
    options: { template: templateName },
  };
  const { theme, ...rendered } = render(input, template, options);
  // Word names one East Asian and one complex-script font per style: the document's language picks them.
  rendered.document.fonts = fontNamesForLanguage(rendered.document.fonts, rendered.document.meta.language);
  return {
    ...rendered,
    document: validateDocument(rendered.document, templateName, { theme, hint: BUILT_HINT }),
  };
}
