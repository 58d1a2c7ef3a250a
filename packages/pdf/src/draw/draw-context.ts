// PDF measure and draw passes: the contexts block converters measure with (MeasureContext) and
// draw with (DrawContext), both over one pdfkit PDFDocument.
import type { Document, ResolvedStyle } from "@briefing/core";
import type { DocumentFonts } from "../fonts/document-fonts.js";

/** Where pieces are made: the fonts, and who hears about characters no font has. */
export interface PieceContext {
  fonts: DocumentFonts;
  /** Called for each character no configured font covers. */
  missingGlyph(char: string): void;
  /** Leave such characters out instead of drawing the font's missing-glyph box (PDF/A). */
  omitMissing?: boolean;
  /** Called for each link `allowedHref` refuses; its text is set without the link. */
  refusedLink?(href: string): void;
}

/** Values of `page`/`pages`/`section` fields while drawing a page. */
export interface FieldValues {
  page: number;
  pages: number;
  /** The running head: the last level-1 heading started on or before this page. */
  section: string;
}

/** What block renderers measure with. */
export interface MeasureContext extends PieceContext {
  doc: PDFKit.PDFDocument;
  document: Document;
  fonts: DocumentFonts;
  /** Width of the page's text area. */
  width: number;
  /** The style named `name`; an unknown name is an error naming the file. */
  style(name: string): ResolvedStyle;
}

/** What block renderers draw with, page by page. */
export interface DrawContext {
  doc: PDFKit.PDFDocument;
  document: Document;
  /** Left edge of the text area. */
  left: number;
  width: number;
  fields: FieldValues;
  /** 1-based page of each heading id, known before drawing starts. */
  headingPages: ReadonlyMap<string, number>;
  /** The structure element blocks add theirs to (the Document element). */
  root: PDFKit.PDFStructureElement;
  /** Adds an outline (bookmark) entry for a heading at the current page. */
  outline(level: number, title: string): void;
}
