// PDF entry point: a Document → PDF bytes or a stream, running the measure pass, pagination and
// the draw pass on pdfkit. Borrows pdfkit PRIVATE internals only through ./pdfkit-internals.ts.
import type { Document, Warning } from "@briefing/core";
import { BriefingError, refusedLinkMessage, sourceDate, validateDocument } from "@briefing/core";
import PDFDocument from "pdfkit";
import { blockConverters } from "./blocks/index.js";
import type { DrawContext, MeasureContext } from "./draw/draw-context.js";
import type { BlockConverter, MeasuredBlock } from "./draw/measured-block.js";
import { DocumentFonts } from "./fonts/document-fonts.js";
import { drawFurniture, measureFurniture } from "./layout/page-furniture.js";
import { paginate } from "./layout/paginate.js";
import { documentInfo, fileId, xmpPackets } from "./metadata.js";
import { NO_DEFAULT_FONT, replaceXmp, setFileId } from "./pdfkit-internals.js";

export interface RenderPdfOptions {
  /** Write PDF/A-2b (archival) instead of a plain tagged PDF. */
  pdfa?: boolean;
  /** The input file, named in warnings and errors. */
  file?: string;
  /** Hears about problems that do not stop rendering (a character no font covers). */
  onWarning?: (warning: Warning) => void;
  /** Hears the page count once layout is done. */
  onPages?: (pages: number) => void;
}

/** Pages drawn between yields to the event loop, so a reader can drain the stream. */
const PAGES_PER_TURN = 8;

/**
 * Lays out `document` and returns the PDF as a readable stream that is written page by page,
 * for large books. Layout errors are thrown here; later ones are emitted on the stream.
 */
export function renderPdfStream(document: Document, options: RenderPdfOptions = {}): NodeJS.ReadableStream {
  const file = options.file ?? "<document>";
  // Validated once: returns at once for a Document statementToDocument built.
  validateDocument(document, file);
  const date = sourceDate();
  const info = documentInfo(document.meta, date);
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [document.page.width, document.page.height],
    margin: 0,
    pdfVersion: "1.7",
    tagged: true,
    displayTitle: true,
    lang: document.meta.language,
    info,
    subset: options.pdfa ? "PDF/A-2b" : undefined,
    font: NO_DEFAULT_FONT,
  });
  replaceXmp(doc, () => doc.appendXML(xmpPackets(document.meta, info, date)));
  setFileId(doc, fileId(document, options.pdfa ?? false));

  const context = measureContext(doc, document, file, options);
  const measured = document.blocks.map((block) =>
    (blockConverters[block.kind] as BlockConverter)(block, context),
  );
  const header = measureFurniture(document.page.header, context);
  const footer = measureFurniture(document.page.footer, context);
  const { margins, height } = document.page;
  const { pages, anchors } = paginate(measured, margins.top, height - margins.bottom);
  options.onPages?.(pages.length);

  const root = doc.struct("Document");
  doc.addStructure(root);
  const outlineStack: PDFKit.PDFOutline[] = [];
  const draw: DrawContext = {
    doc,
    document,
    left: margins.left,
    width: context.width,
    fields: { page: 0, pages: pages.length },
    headingPages: anchors,
    root,
    outline(level, title) {
      const parent = outlineStack[Math.min(level, outlineStack.length + 1) - 2] ?? doc.outline;
      outlineStack.length = Math.max(0, level - 1);
      outlineStack[level - 1] = parent.addItem(title);
    },
  };
  const drawPage = (index: number) => {
    doc.addPage({ size: [document.page.width, height], margin: 0 });
    draw.fields = { page: index + 1, pages: pages.length };
    drawFurniture(draw, header, 0, margins.top);
    drawFurniture(draw, footer, height - margins.bottom, margins.bottom);
    for (const placement of pages[index] ?? []) {
      const block = measured[placement.block] as MeasuredBlock;
      if (placement.unit === 0) block.begin?.(draw);
      block.units[placement.unit]?.draw(draw, placement.top);
      if (placement.unit === block.units.length - 1) block.end?.(draw);
    }
  };
  const finish = () => {
    root.end();
    doc.end();
  };
  if (pages.length <= PAGES_PER_TURN) {
    for (let index = 0; index < pages.length; index++) drawPage(index);
    finish();
  } else {
    const drawFrom = (start: number) => {
      try {
        const end = Math.min(pages.length, start + PAGES_PER_TURN);
        for (let index = start; index < end; index++) drawPage(index);
        if (end < pages.length) setImmediate(drawFrom, end);
        else finish();
      } catch (error) {
        doc.destroy(error as Error);
      }
    };
    drawFrom(0);
  }
  return doc;
}

/** Lays out `document` as a PDF: tagged, fonts embedded and subset, byte-identical for the same input. */
export async function renderPdf(document: Document, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const stream = renderPdfStream(document, options);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function measureContext(
  doc: PDFKit.PDFDocument,
  document: Document,
  file: string,
  options: RenderPdfOptions,
): MeasureContext {
  const { page } = document;
  const reported = new Set<string>();
  const refused = new Set<string>();
  return {
    doc,
    document,
    fonts: new DocumentFonts(doc, document, file),
    width: page.width - page.margins.left - page.margins.right,
    style(name) {
      const style = document.styles[name];
      if (style === undefined) {
        throw new BriefingError(
          { file },
          `style "${name}" is used but not defined`,
          "define it in the theme",
        );
      }
      return style;
    },
    omitMissing: options.pdfa ?? false,
    refusedLink(href) {
      if (refused.has(href)) return;
      refused.add(href);
      options.onWarning?.({ file, message: refusedLinkMessage(href) });
    },
    missingGlyph(char) {
      if (reported.has(char)) return;
      reported.add(char);
      const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
      const effect = options.pdfa
        ? "it is left out (PDF/A forbids the missing-glyph box)"
        : "it shows as a box";
      options.onWarning?.({
        file,
        message: `no configured font has a glyph for U+${code} "${char}"; ${effect}`,
      });
    },
  };
}
