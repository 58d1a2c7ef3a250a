// @briefing/pdf's public API: a Document in, a tagged PDF (or PDF/A-2b) out, whole or streamed.
// Snapshotted in tests/exports/pdf.yaml; tests reach internals through src/.

export { useFontArena } from "./fonts/shared-font-bytes.js";
export { headingPages, type RenderPdfOptions, renderPdf, renderPdfStream } from "./render-pdf.js";
