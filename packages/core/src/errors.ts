// Shared rule: BriefingError and Warning, printed as `file:line:col: problem — hint`.
// Every stage reports through these, so users see one message format they can act on.

/** Where in a file a problem is; line and column are 1-based. */
export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

/**
 * The one error class of briefing. Its message reads
 * `file:line:col: what is wrong — what to do`, so a user can act on it.
 */
export class BriefingError extends Error {
  override readonly name = "BriefingError";
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly problem: string;
  readonly hint: string | undefined;

  constructor(at: SourcePosition, problem: string, hint?: string, options?: { cause?: unknown }) {
    super(formatDiagnostic(at, problem, hint), options);
    this.file = at.file;
    this.line = at.line;
    this.column = at.column;
    this.problem = problem;
    this.hint = hint;
  }
}

/** A problem that does not stop the work, reported beside the result. */
export interface Warning {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatLocation(at: SourcePosition): string {
  let text = at.file;
  if (at.line !== undefined) {
    text += `:${at.line}`;
    if (at.column !== undefined) text += `:${at.column}`;
  }
  return text;
}

export function formatDiagnostic(at: SourcePosition, problem: string, hint?: string): string {
  return `${formatLocation(at)}: ${problem}${hint ? ` — ${hint}` : ""}`;
}

export function formatWarning(warning: Warning): string {
  return formatDiagnostic(warning, warning.message);
}

/** 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
