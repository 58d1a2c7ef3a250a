// PDF adapter: all pdfkit use beyond its typed API. PRIVATE EmbeddedFont (`_font`, caches shared
// across documents), `_addInfo`, `_id` and `_finalize` (reproducible XMP, file ID), a page's font
// resources. test/pdfkit-internals.test.ts names what moved.
import { createHash, type Hash } from "node:crypto";
import { deflateSync } from "node:zlib";
import type * as fontkit from "fontkit";
import { installedVersion } from "./library-version.js";

declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      // pdfkit ≥ 0.20 takes a parsed font; @types/pdfkit (0.17) does not know it yet.
      registerFont(name: string, src: fontkit.Font): this;
    }
    interface AnnotationOption {
      // pdfkit ≥ 0.18 ties the annotation to this element (StructParent, parent tree and OBJR).
      structParent?: PDFKit.PDFStructureElement | undefined;
    }
  }
}

/** Where fontkit places a glyph, in 1/1000 em (pdfkit scales fontkit's positions). */
export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** The part of pdfkit's EmbeddedFont (not exported, untyped) that layout reads. */
export interface PdfkitFont {
  readonly name: string;
  /** In 1/1000 em. */
  readonly ascender: number;
  /** In 1/1000 em, negative below the baseline. */
  readonly descender: number;
  widthOfString(text: string, size: number): number;
  /** The resource name pages use for it (`F1`, …). */
  readonly id: string;
  /** Glyph ids (4 hex digits each, added to the subset) and positions (1/1000 em) of `text`. */
  encode(text: string): [string[], GlyphPosition[]];
  /** The font's dictionary; referencing it is what makes `doc.end()` embed the font. */
  ref(): unknown;
}

/** The rest of EmbeddedFont: the methods `registerFont` replaces, and fontkit's subset. */
export interface EmbeddedFont extends PdfkitFont {
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
  layout(text: string, features: unknown, onlyWidth: boolean): { advanceWidth: number };
  widthOfString(text: string, size: number, features?: unknown): number;
  /** fontkit's TTFSubset of the glyphs used (see fontkit-internals.ts). */
  readonly subset: unknown;
}

const embeddedFontMethods = [
  "encode",
  "ref",
  "layoutRun",
  "layoutCached",
  "layout",
  "widthOfString",
] as const;

function gone(what: string): Error {
  return new Error(`pdfkit ${installedVersion("pdfkit")}: ${what} is gone — see pdfkit-internals.ts`);
}

/**
 * The `font` option that keeps pdfkit from loading Helvetica, so every font in the file is one of
 * the document's. pdfkit skips its default for null only; @types/pdfkit types the option a string.
 */
export const NO_DEFAULT_FONT = null as unknown as string;

/** The font `doc.font()` last selected, which pdfkit keeps as `_font` and exposes no other way. */
export function currentFont(doc: PDFKit.PDFDocument): EmbeddedFont {
  const font = (doc as unknown as { _font?: Record<string, unknown> | null })._font;
  for (const method of embeddedFontMethods) {
    if (typeof font?.[method] !== "function") throw gone(`EmbeddedFont#${method} (PDFDocument#_font)`);
  }
  if (typeof font?.id !== "string" || font.subset == null) throw gone("EmbeddedFont#id or #subset");
  return font as unknown as EmbeddedFont;
}

/**
 * Registers parsed `font` with `doc` under `key`, so `doc.font(key)` selects it, and returns the
 * EmbeddedFont pdfkit makes of it. Leaving it selected is harmless: whatever draws with pdfkit's
 * `text()` selects its own font first.
 */
export function embedFont(doc: PDFKit.PDFDocument, key: string, font: fontkit.Font): EmbeddedFont {
  return currentFont(doc.registerFont(key, font).font(key));
}

/** Makes `doc.end()` write `write`'s XMP metadata instead of pdfkit's own (`_addInfo`). */
export function replaceXmp(doc: PDFKit.PDFDocument, write: () => void): void {
  const internals = doc as unknown as { _addInfo?: unknown };
  if (typeof internals._addInfo !== "function") throw gone("PDFDocument#_addInfo");
  internals._addInfo = write;
}

type FinalizeDocument = (this: PDFKit.PDFDocument) => void;
/** pdfkit's own `_finalize` (xref and trailer), taken from the first document. */
let pdfkitFinalizeDocument: FinalizeDocument | undefined;

/**
 * Makes the trailer's file identifier an MD5 digest of the file's objects (the bytes written
 * after the header and before the cross-reference table), so it never varies between runs or
 * machines yet differs wherever the content does: PDF 32000-1, 14.4, lets a writer compute it
 * from the file's content; pdfkit derives it from the Info dictionary and the clock. Hashing
 * the 30-odd KB written costs under half of serialising the whole Document to hash it
 * (bench/results.md, step 25). Needs `batchOutput`, whose chunks are hashed as they pass on.
 */
export function fileIdFromOutput(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as BatchedDocument & { _finalize?: unknown; _id?: unknown };
  if (typeof internals._finalize !== "function") throw gone("PDFDocument#_finalize");
  if (!(internals._id instanceof Uint8Array)) throw gone("PDFDocument#_id");
  if (!Array.isArray(internals.briefingPending)) throw new Error("fileIdFromOutput: call batchOutput first");
  pdfkitFinalizeDocument ??= internals._finalize as FinalizeDocument;
  internals.briefingHash = createHash("md5");
  internals._finalize = finalizeWithOutputId;
}

function finalizeWithOutputId(this: BatchedDocument & { _id: Uint8Array }): void {
  flushBatched(this);
  const hash = this.briefingHash as Hash;
  this.briefingHash = undefined;
  this._id = hash.digest();
  (pdfkitFinalizeDocument as FinalizeDocument).call(this as unknown as PDFKit.PDFDocument);
}

/** Makes `font` a resource of the current page, as pdfkit's text drawing does, so `Tf` may name it. */
export function useFontOnPage(doc: PDFKit.PDFDocument, font: PdfkitFont): void {
  const fonts = (doc.page as { fonts?: Record<string, unknown> }).fonts;
  if (typeof fonts !== "object" || fonts === null) throw gone("PDFPage#fonts");
  fonts[font.id] ??= font.ref();
}

/**
 * zlib's levels for the streams pdfkit compresses (pdfkit uses zlib's default, 6, with no option).
 * Measured per kind of stream over corpus documents (bench/results.md, steps 17 and 30): page
 * content 0.55–0.70 → 0.29–0.31 ms a document at 3 for 5.8 → 6.5 KB, and only 0.05 ms less at 1
 * for 0.4 KB more; ToUnicode maps the same at any level. Font programs are glyph outlines with
 * few long matches, where level 3's deeper search buys almost nothing: 0.56 → 0.37 ms a
 * document at 1 for 15.36 → 15.50 KB.
 */
const STREAM_DEFLATE_LEVEL = 3;
const FONT_PROGRAM_DEFLATE_LEVEL = 1;

/** A TrueType or OpenType font program, by its sfnt version (pdfkit's bare CFF keeps the common level). */
function isFontProgram(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const version =
    ((bytes[0] as number) << 24) |
    ((bytes[1] as number) << 16) |
    ((bytes[2] as number) << 8) |
    (bytes[3] as number);
  return version === 0x00010000 || version === 0x74727565 /* true */ || version === 0x4f54544f /* OTTO */;
}

/** pdfkit's PDFReference: an indirect object, and its stream's chunks until it is written. */
interface PdfkitReference {
  /** Whether `finalize` deflates the stream (pdfkit's decision: never for XMP metadata). */
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}

/** pdfkit's own methods, taken from the first document (the same for every one). */
let pdfkitRef: ((this: PDFKit.PDFDocument, data?: unknown) => PdfkitReference) | undefined;
let pdfkitFinalize: ((this: PdfkitReference) => void) | undefined;

/**
 * Makes every stream `doc` compresses from now on deflate at the level chosen for its kind: each new
 * indirect object deflates its stream itself, then lets pdfkit write it as already filtered
 * (its `/Filter /FlateDecode` was set when the stream was written to). Same structure, same
 * filters; only the deflated bytes differ.
 */
export function deflateStreamsAtChosenLevel(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as { ref?: typeof pdfkitRef; _root?: Partial<PdfkitReference> };
  if (typeof internals.ref !== "function") throw gone("PDFDocument#ref");
  // The catalog is a PDFReference the constructor made: its class's finalize is every object's.
  const finalize = internals._root?.finalize;
  if (typeof finalize !== "function" || !Array.isArray(internals._root?.buffer))
    throw gone("PDFReference#finalize or #buffer (PDFDocument#_root)");
  pdfkitRef ??= internals.ref;
  pdfkitFinalize ??= finalize;
  internals.ref = refDeflatedAtChosenLevel;
}

// Module functions, not closures per document: see docs/pdf.md, "No closures made per document
// on the hot path".
function refDeflatedAtChosenLevel(this: PDFKit.PDFDocument, data?: unknown): PdfkitReference {
  const ref = (pdfkitRef as NonNullable<typeof pdfkitRef>).call(this, data);
  ref.finalize = finalizeDeflatedAtChosenLevel;
  return ref;
}

function finalizeDeflatedAtChosenLevel(this: PdfkitReference): void {
  if (this.compress && this.buffer.length > 0) {
    const bytes = Buffer.concat(this.buffer);
    const level = isFontProgram(bytes) ? FONT_PROGRAM_DEFLATE_LEVEL : STREAM_DEFLATE_LEVEL;
    this.buffer = [deflateSync(bytes, { level })];
    this.compress = false;
  }
  (pdfkitFinalize as NonNullable<typeof pdfkitFinalize>).call(this);
}

/** Bytes of output collected before they are passed on as one chunk of the stream. */
const OUTPUT_CHUNK_BYTES = 64 * 1024;

/**
 * Makes `doc` pass its output on in chunks of about 64 KiB instead of a chunk per line of every
 * object (pdfkit's `_write` pushes each one, converting strings a character at a time): the same
 * bytes in the same order, in fewer pieces. What is collected goes out when the document ends.
 */
export function batchOutput(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as BatchedDocument;
  if (typeof internals._write !== "function" || typeof internals._offset !== "number")
    throw gone("PDFDocument#_write or #_offset");
  internals.briefingPush = internals.push.bind(doc);
  internals.briefingPending = [];
  internals.briefingSize = 0;
  internals._write = writeBatched;
  internals.push = pushBatched;
}

/** A PDFDocument whose output `batchOutput` collects. */
interface BatchedDocument {
  _write: (data: string | Uint8Array) => void;
  _offset: number;
  push: (chunk: Uint8Array | null) => boolean;
  /** pdfkit's own push, bound. */
  briefingPush: (chunk: Uint8Array | null) => boolean;
  briefingPending: Uint8Array[];
  briefingSize: number;
  /** The file ID's digest of what has been passed on (`fileIdFromOutput`), until the trailer. */
  briefingHash?: Hash | undefined;
}

// Module functions with their state on the document, not closures per document: see
// docs/pdf.md, "No closures made per document on the hot path".
function writeBatched(this: BatchedDocument, data: string | Uint8Array): void {
  // A string's characters are bytes (pdfkit keeps the low 8 bits of each, as latin1 does).
  const bytes = data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, "latin1");
  this.briefingPending.push(bytes);
  this.briefingSize += bytes.length;
  this._offset += bytes.length;
  if (this.briefingSize >= OUTPUT_CHUNK_BYTES) flushBatched(this);
}

function pushBatched(this: BatchedDocument, chunk: Uint8Array | null): boolean {
  if (chunk === null) flushBatched(this);
  return this.briefingPush(chunk);
}

function flushBatched(doc: BatchedDocument): void {
  const pending = doc.briefingPending;
  if (pending.length === 0) return;
  const chunk = pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending, doc.briefingSize);
  doc.briefingHash?.update(chunk);
  doc.briefingPush(chunk);
  doc.briefingPending = [];
  doc.briefingSize = 0;
}

/**
 * Appends `operators` (ASCII, each ending in a newline) to the current page's content stream as
 * bytes: what `doc.addContent()` writes for each line, without its per-line conversion
 * (pdfkit's PDFReference#write takes bytes as they are and strings a character at a time).
 */
export function writeContent(doc: PDFKit.PDFDocument, operators: string): void {
  const page = doc.page as unknown as { write?: (chunk: Uint8Array) => void };
  if (typeof page.write !== "function") throw gone("PDFPage#write");
  page.write(Buffer.from(operators, "latin1"));
}

/**
 * Options for a link annotation: `description` as its Contents (a String object, which pdfkit writes
 * as a PDF text string and a primitive as a name; @types/pdfkit says string), and the `Link`
 * element `link`, if tagged, that pdfkit ties it to so assistive technology reaches it from the text.
 */
export function linkAnnotation(
  description: string,
  link: PDFKit.PDFStructureElement | undefined,
): PDFKit.Mixins.AnnotationOption {
  return { Contents: new String(description) as unknown as string, structParent: link };
}
