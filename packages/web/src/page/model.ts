// The shapes the API sends and takes, as far as the page reads them; the server validates the
// rest, so unknown fields are carried through untouched.

export interface Run {
  text: string;
  lang?: string;
  [key: string]: unknown;
}

export type ParagraphRole = "salutation" | "body" | "closing";

export type Block =
  | { type: "paragraph"; role: ParagraphRole; runs: Run[] }
  | { type: "heading"; level: number; runs: Run[] }
  | { type: "list"; ordered: boolean; items: Run[][] };

export interface Statement {
  title?: string;
  titleJa?: string;
  meeting?: string;
  venue?: string;
  date?: { start: string; end?: string; text: string };
  speaker?: string;
  delegation?: string;
  delivery?: string;
  classification?: string;
  timeLimit?: number;
  cosignatories?: string[];
  body: Block[];
  [key: string]: unknown;
}

export interface Warning {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Where a field came from: the source line and the rule that took it. */
export interface Evidence {
  field: string;
  line: number;
  rule: string;
  text: string;
}

export interface ErrorBody {
  message: string;
  hint?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface Report {
  file: string;
  statement: Statement;
  warnings: Warning[];
  explain: { fields: Evidence[] } | null;
}

export type ReportOrError = Report | { file: string; error: ErrorBody };

/** One statement the page holds: what was read, and the user's edits applied to it. */
export interface Entry {
  id: number;
  file: string;
  statement: Statement;
  warnings: Warning[];
  evidence: Map<string, Evidence>;
}

export interface TemplateInfo {
  name: string;
  builtIn: boolean;
  description?: string;
}

const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** True when text holds Japanese, so it can be marked `lang="ja"` for the right glyphs and voice. */
export const hasJapanese = (text: string): boolean => japanese.test(text);

/** The name a statement goes by in the list: its title, its Japanese title, or its file. */
export const entryName = (entry: Entry): string =>
  entry.statement.title?.trim() || entry.statement.titleJa?.trim() || entry.file;
