// Messages between the main thread and render workers: RenderTask in, RenderResult out (bytes or
// a structured error), plain data so worker_threads can clone them.

import type { Statement, Warning } from "@briefing/core";

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

/** One input to render. */
export interface RenderTask {
  /** The path the worker reads and names in errors (relative to the cwd, which workers share). */
  file: string;
  config: RenderConfig;
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
  | { ok: false; error: ErrorInfo; warnings: Warning[]; ms: number };
