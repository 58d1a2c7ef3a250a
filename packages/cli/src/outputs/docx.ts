// `--to docx`: a Document → Word file bytes via @briefing/docx; the page count stays unknown,
// as only Word computes it; a table of contents gets the PDF's page numbers (@briefing/pdf).

import type { Document, Warning } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import type { OutputFormat } from "./output-format.js";

/** `--to docx`: an editable Word file with real styles, written by @briefing/docx. */
export const docxOutput: OutputFormat = {
  extension: ".docx",
  async render(document, options) {
    const warnings: Warning[] = [];
    // A contents (a book's) shows the pages the PDF layout gives, so it has numbers before Word
    // updates the field; pdfkit is loaded only then.
    const tocPages = document.blocks.some(isContents)
      ? await (await import("@briefing/pdf")).headingPages(document, { file: options.file })
      : undefined;
    const bytes = await renderDocx(document, {
      file: options.file,
      onWarning: (warning) => warnings.push(warning),
      ...(tocPages ? { tocPages } : {}),
      embedFonts: options.formatOptions?.docx?.embedFonts ?? false,
    });
    // Word computes the page count only when it lays the file out.
    return { bytes, pages: undefined, warnings };
  },
};

function isContents(block: Document["blocks"][number]): boolean {
  return block.kind === "toc";
}
