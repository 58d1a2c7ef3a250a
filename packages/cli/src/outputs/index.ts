// The `--to` binary formats (pdf, docx) by name, each imported on first use so `inspect` and
// `--help` do not pay for loading pdfkit, fontkit and docx.

import type { OutputFormat } from "./output-format.js";

export type { FormatOptions, OutputFormat, OutputOptions, RenderedOutput } from "./output-format.js";

/**
 * A format whose renderer is imported on first use: pdfkit, fontkit and docx take
 * a second or more to load, which `briefing inspect` or `--help` should not pay.
 */
function onFirstUse(extension: string, load: () => Promise<OutputFormat>): OutputFormat {
  let loaded: Promise<OutputFormat> | undefined;
  return {
    extension,
    async render(document, options) {
      loaded ??= load();
      return (await loaded).render(document, options);
    },
  };
}

/** The binary formats, by the name users give to `--to`. */
export const outputFormats = {
  pdf: onFirstUse(".pdf", async () => (await import("./pdf.js")).pdfOutput),
  docx: onFirstUse(".docx", async () => (await import("./docx.js")).docxOutput),
} satisfies Record<string, OutputFormat>;
export type OutputFormatName = keyof typeof outputFormats;
