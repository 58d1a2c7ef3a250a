export { type RenderPdfOptions, renderPdf, renderPdfStream } from "./render-pdf.js";
