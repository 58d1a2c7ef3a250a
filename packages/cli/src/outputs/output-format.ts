import type { Document, Warning } from "@briefing/core";

/** What rendering one Document to a file format gives back. */
export interface RenderedOutput {
  bytes: Uint8Array;
  /** Number of pages where the format knows it (PDF), else undefined. */
  pages: number | undefined;
  warnings: Warning[];
}

export interface OutputOptions {
  /** The input file, named in warnings. */
  file: string;
  /** PDF only: write PDF/A-2 instead of a plain tagged PDF. */
  pdfa?: boolean;
}

/** A binary output format the CLI can write (`--to pdf`, `--to docx`). */
export interface OutputFormat {
  extension: string;
  render(document: Document, options: OutputOptions): Promise<RenderedOutput>;
}
