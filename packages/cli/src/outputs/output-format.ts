// The contract of a `--to` output format: a Document plus options → bytes, page count and
// warnings; implemented by pdf.ts and docx.ts, called by render, export workers and book.

import type { Document, Warning } from "@briefing/core";

/** What rendering one Document to a file format gives back. */
export interface RenderedOutput {
  bytes: Uint8Array;
  /** Number of pages where the format knows it (PDF), else undefined. */
  pages: number | undefined;
  warnings: Warning[];
}

/** Options only one format understands, each under that format's `--to` name. */
export interface FormatOptions {
  pdf?: {
    /** Write PDF/A-2b instead of a plain tagged PDF. */
    pdfa?: boolean;
  };
  docx?: {
    /** Embed the fonts, subset, in the Word file. */
    embedFonts?: boolean;
  };
}

export interface OutputOptions {
  /** The input file, named in warnings. */
  file: string;
  formatOptions?: FormatOptions;
}

/** A binary output format the CLI can write (`--to pdf`, `--to docx`). */
export interface OutputFormat {
  extension: string;
  render(document: Document, options: OutputOptions): Promise<RenderedOutput>;
}
