// `--to pdf`: a Document → tagged PDF (or PDF/A-2b with --pdfa) via @briefing/pdf, collecting
// the page count and warnings the renderer reports.

import { workerData } from "node:worker_threads";
import type { Warning } from "@briefing/core";
import { renderPdf, useFontArena } from "@briefing/pdf";
import type { OutputFormat } from "./output-format.js";

/** What a pool gives each worker (`workerData`) for PDF rendering; see export/pool.ts. */
export interface PdfWorkerData {
  /** Font files read once for all the pool's threads (`useFontArena` in @briefing/pdf). */
  fontArena: SharedArrayBuffer;
}

// In a pool's worker, the threads read each font file once between them; rendering on the main
// thread reads its own copies.
useFontArena((workerData as PdfWorkerData | null)?.fontArena);

/** `--to pdf`: a tagged PDF (or PDF/A-2b with `--pdfa`) laid out by @briefing/pdf. */
export const pdfOutput: OutputFormat = {
  extension: ".pdf",
  async render(document, options) {
    const warnings: Warning[] = [];
    let pages: number | undefined;
    const bytes = await renderPdf(document, {
      file: options.file,
      pdfa: options.formatOptions?.pdf?.pdfa ?? false,
      onWarning: (warning) => warnings.push(warning),
      onPages: (count) => {
        pages = count;
      },
    });
    return { bytes, pages, warnings };
  },
};
