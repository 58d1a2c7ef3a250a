// Messages between the main thread and render workers: a task in (render, export, book, inspect, template), its
// result out (bytes or a structured error), plain data so worker_threads can clone them.

import type { Explanation, Statement, Stats, Warning } from "@briefing/core";

/** What every task of one export shares. */
export interface RenderConfig {
  /**
   * `--to`, in the order given, e.g. `["pdf", "docx"]`; `briefing render` also asks for
   * `document` (Document JSON) and `markup` (the template's output), both as text.
   */
  formats: string[];
  template?: string;
  templatesDir?: string;
  pdfa: boolean;
  /** `--embed-fonts`: Word files carry their fonts. */
  embedFonts: boolean;
}

/**
 * A statement's bytes, sent instead of a path (`briefing serve`): they never touch the disk.
 * `name` is a base name; its extension picks the importer and it is named in errors.
 */
export interface StatementSource {
  name: string;
  bytes: Uint8Array;
}

/** One input to render. */
export interface RenderTask {
  kind?: "render";
  /**
   * The path the worker reads and names in errors (relative to the cwd, which workers share);
   * with `source`, only the name in errors.
   */
  file: string;
  source?: StatementSource;
  /** Refuse statements over this many bytes; core's default (10 MB) without it. */
  maxBytes?: number;
  config: RenderConfig;
}

/**
 * One input of `briefing export`: rendered like a RenderTask, but the worker writes each output
 * to a temporary file in `outDir` itself and sends back its path and digest, not its bytes, so
 * no output crosses to the main thread; the main thread names the outputs and renames them.
 */
export interface ExportTask extends Omit<RenderTask, "kind" | "source"> {
  kind: "export";
  outDir: string;
}

/**
 * Several inputs of `briefing export` in one task: each rendered and written as its own
 * ExportTask, the inputs taken through each stage together (see `renderInputs`).
 */
export interface ExportBatchTask {
  kind: "exports";
  tasks: ExportTask[];
}

/** Many statements → one book (`briefing book`, `POST /api/book`). */
export interface BookTask {
  kind: "book";
  sources: StatementSource[];
  order: "date" | "given";
  format: "pdf" | "docx";
  template: string;
  templatesDir?: string;
  pdfa: boolean;
  embedFonts: boolean;
  maxBytes?: number;
}

/** One statement → what `briefing inspect` reports about it. */
export interface InspectTask {
  kind: "inspect";
  source: StatementSource;
  maxBytes?: number;
}

/** `briefing export`'s template, compiled once before the first input renders. */
export interface TemplateTask {
  kind: "template";
  template: string;
  templatesDir?: string;
}

/** Every task a worker runs. */
export type WorkerTask = RenderTask | ExportTask | ExportBatchTask | BookTask | InspectTask | TemplateTask;

/**
 * A failure with its parts apart, for callers that show them separately (the HTTP API):
 * `problem` without the location and hint that `ErrorInfo.message` folds into one line.
 */
export interface ErrorDetail {
  file: string;
  line?: number;
  column?: number;
  problem: string;
  hint?: string;
}

/** Where an input failed; `message` is the full `file:line:col: problem — hint` line. */
export interface ErrorInfo {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface RenderedFile {
  format: string;
  extension: string;
  bytes: Uint8Array;
  pages?: number;
}

/** The statement fields output names are made of. */
export type NameFields = Pick<Statement, "title" | "titleJa" | "meeting" | "date">;

/** What a worker sends back for one input: bytes to write, or a structured error. */
export type RenderResult =
  | {
      ok: true;
      statement: NameFields;
      outputs: RenderedFile[];
      warnings: Warning[];
      /** Font files the document uses: part of the cache key. */
      fonts: string[];
      ms: number;
    }
  | { ok: false; error: ErrorInfo; detail?: ErrorDetail; warnings: Warning[]; ms: number };

/** An output an export worker wrote to a temporary file, for the main thread to rename. */
export interface WrittenFile {
  format: string;
  extension: string;
  /** The temporary file's path (see `writeTempFile`). */
  temp: string;
  sha256: string;
  /** Its size in bytes. */
  size: number;
  pages?: number;
}

/** What an export worker sends back for one input: its written files, or a structured error. */
export type ExportTaskResult =
  | (Omit<Extract<RenderResult, { ok: true }>, "outputs"> & { outputs: WrittenFile[] })
  | (Extract<RenderResult, { ok: false }> & {
      /** The failure was a full disk while writing: the export stops rather than fail every later input so. */
      diskFull?: boolean;
    });

/** A bound book, or why not (the first input that could not be read, or a render failure). */
export type BookResult =
  | { ok: true; bytes: Uint8Array; pages?: number; statements: number; warnings: Warning[]; ms: number }
  | { ok: false; error: ErrorInfo; detail: ErrorDetail; warnings: Warning[]; ms: number };

/** What `inspect` learns of one statement. */
export type InspectResult =
  | {
      ok: true;
      statement: Statement;
      stats: Stats;
      warnings: Warning[];
      explanation?: Explanation;
      ms: number;
    }
  | { ok: false; error: ErrorInfo; detail: ErrorDetail; warnings: Warning[]; ms: number };

/** The template's load-time warnings, or why it cannot be used. */
export type TemplateResult = { ok: true; warnings: readonly Warning[] } | { ok: false; error: ErrorInfo };

/** The result type of each task kind. */
export type ResultOf<T extends WorkerTask> = T extends BookTask
  ? BookResult
  : T extends InspectTask
    ? InspectResult
    : T extends ExportTask
      ? ExportTaskResult
      : T extends ExportBatchTask
        ? ExportTaskResult[]
        : T extends TemplateTask
          ? TemplateResult
          : RenderResult;
