import type { Document, ResolvedStyle } from "@briefing/core";
import type { DocumentFonts } from "../fonts/document-fonts.js";
import type { PieceContext } from "../text/inlines-to-pieces.js";
import type { FieldValues } from "../text/piece.js";

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
