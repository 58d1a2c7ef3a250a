// Which files are statements, by extension: apart from the importers themselves so a thread that
// only picks files (the CLI's main thread) does not load every parser to learn the list.

/** Extensions briefing reads statements from (lower case, with the dot). */
const STATEMENT_EXTENSIONS = [".txt", ".md", ".markdown", ".yaml", ".yml", ".json", ".docx"] as const;

export type StatementExtension = (typeof STATEMENT_EXTENSIONS)[number];

/** Extensions briefing reads statements from, e.g. `[".txt", ".md", …]`. */
export const statementExtensions: string[] = [...STATEMENT_EXTENSIONS];
