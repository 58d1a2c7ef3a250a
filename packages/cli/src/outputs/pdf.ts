// `--to pdf`: a Document → tagged PDF (or PDF/A-2b with --pdfa) via @briefing/pdf, collecting
// the page count and warnings the renderer reports.

import type { Warning } from "@briefing/core";
import { renderPdf } from "@briefing/pdf";
import type { OutputFormat } from "./output-format.js";

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
