// `--to docx`: a Document → Word file bytes via @briefing/docx; the page count stays unknown,
// as only Word computes it when laying the file out.

import type { Warning } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import type { OutputFormat } from "./output-format.js";

/** `--to docx`: an editable Word file with real styles, written by @briefing/docx. */
export const docxOutput: OutputFormat = {
  extension: ".docx",
  async render(document, options) {
    const warnings: Warning[] = [];
    const bytes = await renderDocx(document, {
      file: options.file,
      onWarning: (warning) => warnings.push(warning),
    });
    // Word computes the page count only when it lays the file out.
    return { bytes, pages: undefined, warnings };
  },
};
