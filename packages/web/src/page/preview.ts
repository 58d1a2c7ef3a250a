// The live preview: the rendered PDF drawn page by page with pdf.js, each page with pdf.js's text
// layer over its canvas so the preview's words are real, selectable, findable text.
import {
  GlobalWorkerOptions,
  getDocument,
  type PDFDocumentProxy,
  PDFWorker,
  TextLayer,
} from "/vendor/pdfjs/pdf.min.mjs";
import { h } from "./dom.js";

GlobalWorkerOptions.workerSrc = "/vendor/pdfjs/pdf.worker.min.mjs";

let current: PDFDocumentProxy | undefined;
// One pdf.js worker for every preview: a document given its own would start (and parse the
// 1 MB worker script) again on each edit, which was most of an edit's time to the preview.
let worker: PDFWorker | undefined;
let generation = 0;

/**
 * Draws `bytes` into `container`, replacing what was there only once every page is ready (no
 * flash of an empty preview). A newer call makes an older, slower one give up. Returns the
 * page count, or undefined when overtaken.
 */
export async function showPdf(container: HTMLElement, bytes: Uint8Array): Promise<number | undefined> {
  const mine = ++generation;
  // No eval: the page's CSP forbids it, and pdf.js works without it.
  worker ??= new PDFWorker();
  const pdf = await getDocument({ data: bytes, worker, isEvalSupported: false, enableXfa: false }).promise;
  if (mine !== generation) {
    await pdf.destroy();
    return undefined;
  }
  const style = getComputedStyle(container);
  // Room left for a vertical scroll bar, so a tall document does not also scroll sideways.
  const width = Math.max(
    container.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 16,
    240,
  );
  const ratio = window.devicePixelRatio || 1;
  const pages: HTMLElement[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const scale = width / page.getViewport({ scale: 1 }).width;
    const viewport = page.getViewport({ scale });
    const canvas = h("canvas", { "aria-hidden": "true" });
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    const textLayer = h("div", { class: "textLayer" });
    const frame = h("div", {
      class: "pdf-page",
      role: "group",
      "aria-label": `Page ${number} of ${pdf.numPages}`,
    });
    frame.style.width = `${Math.floor(viewport.width)}px`;
    frame.style.height = `${Math.floor(viewport.height)}px`;
    // pdf.js's text layer sizes its spans from these, as its own viewer sets them.
    frame.style.setProperty("--total-scale-factor", String(scale));
    frame.style.setProperty("--scale-factor", String(scale));
    frame.append(canvas, textLayer);
    await page.render({
      canvas,
      viewport,
      transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    }).promise;
    await new TextLayer({
      textContentSource: await page.getTextContent(),
      container: textLayer,
      viewport,
    }).render();
    if (mine !== generation) {
      await pdf.destroy();
      return undefined;
    }
    pages.push(frame);
  }
  container.replaceChildren(...pages);
  const previous = current;
  current = pdf;
  await previous?.destroy();
  return pdf.numPages;
}
