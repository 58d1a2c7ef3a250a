// PDF entry point: a Document → PDF bytes or a stream, running the measure pass, pagination and
// the draw pass on pdfkit. Borrows pdfkit PRIVATE internals only through ./pdfkit-internals.ts.
import type { Document, Paragraph, ResolvedStyle, Warning } from "@briefing/core";
import { BriefingError, plainText, refusedLinkMessage, sourceDate, validateDocument } from "@briefing/core";
import PDFDocument from "pdfkit";
import { blockConverters } from "./blocks/index.js";
import type { DrawContext, MeasureContext } from "./draw/draw-context.js";
import type { BlockConverter, MeasuredBlock } from "./draw/measured-block.js";
import { DocumentFonts } from "./fonts/document-fonts.js";
import { measureFootnotes } from "./layout/footnotes.js";
import { drawFurniture, type Furniture, measureFurniture } from "./layout/page-furniture.js";
import { paginate } from "./layout/paginate.js";
import { documentInfo, xmpPackets } from "./metadata.js";
import {
  batchOutput,
  deflateStreamsAtChosenLevel,
  fileIdFromOutput,
  NO_DEFAULT_FONT,
  replaceXmp,
} from "./pdfkit-internals.js";

export interface RenderPdfOptions {
  /** Write PDF/A-2b (archival) instead of a plain tagged PDF. */
  pdfa?: boolean;
  /** The input file, named in warnings and errors. */
  file?: string;
  /** Hears about problems that do not stop rendering (a character no font covers). */
  onWarning?: (warning: Warning) => void;
  /** Hears the page count once layout is done. */
  onPages?: (pages: number) => void;
  /** Hears the page (1-based) each heading starts on, by heading id, once layout is done. */
  onHeadingPages?: (pages: ReadonlyMap<string, number>) => void;
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
  // The same rule as the Word file's dates (see `sourceDate`), so both formats of one input agree.
  const date = sourceDate(document.meta.date);
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
  batchOutput(doc);
  deflateStreamsAtChosenLevel(doc);
  fileIdFromOutput(doc);

  const context = new DocumentMeasureContext(doc, document, file, options);
  const measured: MeasuredBlock[] = [];
  for (const block of document.blocks)
    measured.push((blockConverters[block.kind] as BlockConverter)(block, context));
  keepLeadIns(document, measured);
  const { margins, height } = document.page;
  const titlePage = document.page.titlePage === true;
  const footnotes = measureFootnotes(document, context);
  const {
    pages,
    anchors,
    footnotes: pageFootnotes,
  } = paginate(measured, margins.top, height - margins.bottom, {
    firstSpaceBefore: titlePage,
    ...(footnotes ? { footnoteHeight: footnotes.height } : {}),
  });
  options.onPages?.(pages.length);
  options.onHeadingPages?.(anchors);
  const sections = sectionTitles(document, pages);
  const root = doc.struct("Document");
  doc.addStructure(root);
  // Open outline entries, outermost first: a heading nests under the nearest one of a lower
  // level, so h1 → h3 puts the h3 under the h1 whatever level the template skipped.
  const outlineStack: { level: number; item: PDFKit.PDFOutline }[] = [];
  let outlineCount = 0;
  const draw: DrawContext = {
    doc,
    document,
    left: margins.left,
    width: context.width,
    fields: { page: 0, pages: pages.length, section: "" },
    headingPages: anchors,
    root,
    outline(level, title) {
      outlineCount++;
      while ((outlineStack.at(-1)?.level ?? 0) >= level) outlineStack.pop();
      const parent = outlineStack.at(-1)?.item ?? doc.outline;
      // A bookmark with no text cannot be told apart or clicked in a viewer's panel.
      const shown = title.replace(/\s+/g, " ").trim() || `Section ${outlineCount}`;
      outlineStack.push({ level, item: parent.addItem(shown) });
    },
  };
  const run: PageRun = {
    doc,
    document,
    context,
    draw,
    measured,
    pages,
    sections,
    titlePage,
    footnotes,
    pageFootnotes,
    bands: new Map(),
  };
  const finish = () => {
    root.end();
    doc.end();
  };
  if (pages.length <= PAGES_PER_TURN) {
    for (let index = 0; index < pages.length; index++) drawPage(run, index);
    finish();
  } else {
    const drawFrom = (start: number) => {
      try {
        const end = Math.min(pages.length, start + PAGES_PER_TURN);
        for (let index = start; index < end; index++) drawPage(run, index);
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

/** What drawing a page reads: the laid-out document and the pdfkit document it is drawn into. */
interface PageRun {
  doc: PDFKit.PDFDocument;
  document: Document;
  context: MeasureContext;
  draw: DrawContext;
  measured: MeasuredBlock[];
  pages: ReturnType<typeof paginate>["pages"];
  sections: string[];
  titlePage: boolean;
  footnotes: ReturnType<typeof measureFootnotes>;
  pageFootnotes: ReturnType<typeof paginate>["footnotes"];
  /** Header and footer bands, by running-head text. */
  bands: Map<string, { header: Furniture; footer: Furniture }>;
}

// Module functions rather than closures in renderPdfStream: see
// docs/pdf.md, "No closures made per document on the hot path".
function drawPage(run: PageRun, index: number): void {
  const { doc, document, draw, measured, pages } = run;
  const { margins, height } = document.page;
  doc.addPage({ size: [document.page.width, height], margin: 0 });
  const section = run.sections[index] ?? "";
  draw.fields = { page: index + 1, pages: pages.length, section };
  // A title page (a cover) carries no running head and no page number.
  if (!(run.titlePage && index === 0)) {
    const { header, footer } = bandsFor(run, section);
    drawFurniture(draw, header, 0, margins.top);
    drawFurniture(draw, footer, height - margins.bottom, margins.bottom);
  }
  for (const placement of pages[index] ?? []) {
    const block = measured[placement.block] as MeasuredBlock;
    if (placement.unit === 0) block.begin?.(draw);
    block.units[placement.unit]?.draw(draw, placement.top);
    if (placement.unit === block.units.length - 1) block.end?.(draw);
  }
  // Footnotes sit at the foot of the text area, which pagination shrank by their height.
  run.footnotes?.draw(draw, run.pageFootnotes[index] ?? [], height - margins.bottom);
  // A block that goes on overleaf marks the page's foot (reading copies: "→").
  const last = pages[index]?.at(-1);
  const lastBlock = last ? measured[last.block] : undefined;
  if (last && lastBlock && last.unit < lastBlock.units.length - 1)
    lastBlock.continued?.(draw, last.unit, last.top + (lastBlock.units[last.unit]?.height ?? 0));
}

/**
 * The header and footer for a running-head text, measured once per text (the `section` field
 * filled in first), so a long statement title is cut to one line like any other band.
 */
function bandsFor(run: PageRun, section: string): { header: Furniture; footer: Furniture } {
  let measuredBands = run.bands.get(section);
  if (measuredBands === undefined) {
    const { page } = run.document;
    measuredBands = {
      header: measureFurniture(withSection(page.header, section), run.context),
      footer: measureFurniture(withSection(page.footer, section), run.context),
    };
    run.bands.set(section, measuredBands);
  }
  return measuredBands;
}

/** Lays out `document` as a PDF: tagged, fonts embedded and subset, byte-identical for the same input. */
export async function renderPdf(document: Document, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const stream = renderPdfStream(document, options);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Thrown by {@link headingPages} to stop once pagination is done, before anything is drawn. */
class LaidOut extends Error {}

/**
 * The page (1-based) each heading of `document` starts on in its PDF, by heading id, as the
 * PDF's contents shows them: the measure pass and pagination only, nothing drawn. For the Word
 * file's table of contents (`renderDocx`'s `tocPages`).
 */
export async function headingPages(
  document: Document,
  options: Pick<RenderPdfOptions, "file"> = {},
): Promise<Map<string, number>> {
  let found: Map<string, number> | undefined;
  try {
    renderPdfStream(document, {
      ...options,
      onHeadingPages(pages) {
        found = new Map(pages);
        throw new LaidOut();
      },
    });
  } catch (error) {
    if (!(error instanceof LaidOut)) throw error;
  }
  return found ?? new Map();
}

/**
 * Each page's running head: the text of the last level-1 heading started on or before it,
 * else the document's title.
 */
function sectionTitles(document: Document, pages: readonly { block: number; unit: number }[][]): string[] {
  let current = document.meta.title ?? "";
  const titles: string[] = [];
  for (const page of pages) {
    for (const placement of page) {
      const block = document.blocks[placement.block];
      if (placement.unit === 0 && block?.kind === "heading" && block.level === 1)
        current = plainText(block.inlines).replace(/\s+/g, " ").trim();
    }
    titles.push(current);
  }
  return titles;
}

/**
 * A lead-in ("Japan calls upon the DPRK to:", a paragraph ending in a colon) stays on the page of
 * the first item of the list after it, when that list flows per item (its style sets `breakAt`).
 */
function keepLeadIns(document: Document, measured: MeasuredBlock[]): void {
  for (const [index, block] of document.blocks.entries()) {
    const next = document.blocks[index + 1];
    const flow = measured[index];
    if (block.kind !== "paragraph" || next?.kind !== "list" || flow === undefined) continue;
    if (document.styles[next.style]?.breakAt === undefined) continue;
    if (/[:：]\s*$/.test(plainText(block.inlines))) flow.keepWithNext = true;
  }
}

/** Band paragraphs with their `section` fields replaced by `section`'s text. */
function withSection(paragraphs: readonly Paragraph[], section: string): Paragraph[] {
  return paragraphs.map((paragraph) => ({
    ...paragraph,
    inlines: paragraph.inlines.map((inline) =>
      inline.kind === "field" && inline.field === "section"
        ? { kind: "text", text: section, ...(inline.marks ? { marks: inline.marks } : {}) }
        : inline,
    ),
  }));
}

/** What block converters measure with, one per document: a class, for the reason drawPage is one. */
class DocumentMeasureContext implements MeasureContext {
  readonly fonts: DocumentFonts;
  /** Width of the page's text area. */
  readonly width: number;
  readonly omitMissing: boolean;
  readonly #file: string;
  readonly #options: RenderPdfOptions;
  readonly #reported = new Set<string>();
  readonly #refused = new Set<string>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly document: Document,
    file: string,
    options: RenderPdfOptions,
  ) {
    const { page } = document;
    this.fonts = new DocumentFonts(doc, document, file);
    this.width = page.width - page.margins.left - page.margins.right;
    this.omitMissing = options.pdfa ?? false;
    this.#file = file;
    this.#options = options;
  }

  style(name: string): ResolvedStyle {
    const style = this.document.styles[name];
    if (style === undefined) {
      throw new BriefingError(
        { file: this.#file },
        `style "${name}" is used but not defined`,
        "define it in the theme",
      );
    }
    return style;
  }

  refusedLink(href: string): void {
    if (this.#refused.has(href)) return;
    this.#refused.add(href);
    this.#options.onWarning?.({ file: this.#file, message: refusedLinkMessage(href) });
  }

  missingGlyph(char: string): void {
    if (this.#reported.has(char)) return;
    this.#reported.add(char);
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    const effect = this.#options.pdfa
      ? "it is left out (PDF/A forbids the missing-glyph box)"
      : "it shows as a box";
    this.#options.onWarning?.({
      file: this.#file,
      message: `no configured font has a glyph for U+${code} "${char}"; ${effect}`,
    });
  }
}
