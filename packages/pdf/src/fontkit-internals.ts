// PDF fonts adapter: all fontkit use beyond @types/fontkit. Replaces TTFSubset's PRIVATE _addGlyph
// (and the glyf/loca access it uses), so a subset reads each glyph once per process.
// test/fontkit-internals.test.ts names what moved; without them fontkit's own copying is kept.
import type * as fontkit from "fontkit";
import { installedVersion } from "./library-version.js";

/** fontkit's TTFSubset, as far as its glyph copying is replaced. */
interface SubsetInternals {
  _addGlyph?: (gid: number) => number;
  includeGlyph(gid: number): number;
  // Set up by `encode()` before it copies the first glyph.
  glyf: Uint8Array[];
  loca: { offsets: number[]; version?: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings?: number[] };
  offset: number;
}

/** A TrueType glyph's decoded header: composite glyphs list their components. */
interface DecodedGlyph {
  numberOfContours: number;
  components?: { glyphID: number; pos: number }[];
}

/** fontkit's parsed TrueType font, as far as a glyph's bytes and metrics are read. */
interface FontInternals {
  _variationProcessor?: unknown;
  loca?: { offsets: number[]; version?: number };
  getGlyph(gid: number): fontkit.Glyph & {
    _decode(): DecodedGlyph | null;
    _getMetrics(): { leftBearing: number };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  /** Every glyph read so far, by id, kept with the characters it was first read for. */
  _glyphs?: Record<number, unknown>;
}

/** What a subset needs of one glyph: its bytes in the glyf table, its components and metrics. */
export interface GlyphRecord {
  bytes: Uint8Array;
  components: { glyphID: number; pos: number }[] | undefined;
  advance: number;
  bearing: number;
}

/**
 * Why `copyGlyphsFromRecords` would leave `font`'s subsets to fontkit, or undefined if it can take
 * over: fonts with variations keep fontkit's code (it re-encodes their outlines), and so does a
 * fontkit whose internals moved (named with its version, for the tests to report).
 */
export function unsupportedBy(subset: unknown, font: fontkit.Font): string | undefined {
  const internals = font as unknown as FontInternals;
  if (internals._variationProcessor) return "a font with variations";
  const missing = [
    typeof (subset as Partial<SubsetInternals>)._addGlyph !== "function" && "TTFSubset#_addGlyph",
    typeof (subset as Partial<SubsetInternals>).includeGlyph !== "function" && "TTFSubset#includeGlyph",
    !Array.isArray(internals.loca?.offsets) && "TTFFont#loca.offsets",
    typeof internals._getTableStream !== "function" && "TTFFont#_getTableStream",
    typeof (internals.getGlyph(0) as Partial<ReturnType<FontInternals["getGlyph"]>>)._decode !== "function" &&
      "TTFGlyph#_decode",
    typeof (internals.getGlyph(0) as Partial<ReturnType<FontInternals["getGlyph"]>>)._getMetrics !==
      "function" && "Glyph#_getMetrics",
  ].filter((name) => name !== false);
  if (missing.length === 0) return undefined;
  const verb = missing.length > 1 ? "are" : "is";
  return `fontkit ${installedVersion("fontkit")}: ${missing.join(", ")} ${verb} gone — see fontkit-internals.ts`;
}

/**
 * fontkit's TTFSubset copies each glyph a document uses into the subset, decoding its whole
 * outline (every point) each time only to learn whether it is composite — per document and
 * glyph. This does the same from a record read once per glyph and process; the bytes written
 * are identical. Where `unsupportedBy` gives a reason, fontkit's own code stays.
 */
export function copyGlyphsFromRecords(
  subset: unknown,
  font: fontkit.Font,
  glyphs: Map<number, GlyphRecord>,
): void {
  if (unsupportedBy(subset, font) !== undefined) return;
  const target = subset as RecordSubset;
  target.briefingSource = font as unknown as FontInternals;
  target.briefingRecords = glyphs;
  target._addGlyph = addGlyphFromRecords;
}

/** A subset whose `_addGlyph` is `addGlyphFromRecords`, with what it reads. */
interface RecordSubset extends SubsetInternals {
  briefingSource: FontInternals;
  briefingRecords: Map<number, GlyphRecord>;
}

// One function for every subset, its font and records kept on the subset: see docs/pdf.md, "No closures made per document on the hot path".
function addGlyphFromRecords(this: RecordSubset, gid: number): number {
  const source = this.briefingSource;
  const glyphs = this.briefingRecords;
  let record = glyphs.get(gid);
  if (record === undefined) {
    const loca = source.loca as { offsets: number[] };
    const known = source._glyphs?.[gid] !== undefined;
    const glyph = source.getGlyph(gid);
    const glyf = glyph._decode();
    const stream = source._getTableStream("glyf");
    const start = loca.offsets[gid] ?? 0;
    stream.pos += start;
    const bytes = stream.readBuffer((loca.offsets[gid + 1] ?? start) - start);
    record = {
      bytes,
      components: glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []) : undefined,
      advance: glyph.advanceWidth,
      bearing: glyph._getMetrics().leftBearing,
    };
    glyphs.set(gid, record);
    // fontkit keeps a glyph with the characters it was first read for, and the characters
    // become its ToUnicode entry. One read here only for its bytes (a component of a composite,
    // like и inside й) must not stay without characters: text showing it in a later document
    // would get it with none, and that PDF would depend on what this worker rendered before.
    if (!known && source._glyphs) delete source._glyphs[gid];
  }
  let buffer = record.bytes;
  if (record.components) {
    buffer = new Uint8Array(record.bytes);
    const view = new DataView(buffer.buffer);
    for (const component of record.components)
      view.setUint16(component.pos, this.includeGlyph(component.glyphID));
  }
  this.glyf.push(buffer);
  this.loca.offsets.push(this.offset);
  this.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
  this.offset += buffer.length;
  return this.glyf.length - 1;
}

/** fontkit's TTFSubset as far as its `encode` is replaced. */
interface EncodingSubset extends SubsetInternals {
  glyphs: number[];
  encode(): Uint8Array;
}

/**
 * The parts of a font's subsets that never change, read once per font from a subset fontkit
 * wrote itself: the tables in the order fontkit writes them, each as bytes. glyf, loca and
 * hmtx are written afresh per subset; hhea and maxp only get their glyph counts.
 */
export interface SubsetTemplate {
  version: number;
  tables: { tag: string; bytes: Uint8Array }[];
}

/** Where hhea holds numberOfMetrics and maxp numGlyphs (OpenType spec). */
const HHEA_NUMBER_OF_METRICS = 34;
const MAXP_NUM_GLYPHS = 4;

/**
 * The template of `font`'s subsets, or undefined when writing one from it would not give
 * fontkit's bytes: checked by writing a sample subset both ways. The sample holds .notdef
 * only (every subset does, and pdfkit has read it already): reading another glyph here would
 * make fontkit cache it without the characters layout gives it, and ToUnicode would change.
 */
export function subsetTemplate(font: fontkit.Font): SubsetTemplate | undefined {
  const sampleSubset = () => font.createSubset() as unknown as EncodingSubset;
  const subset = sampleSubset();
  if (unsupportedBy(subset, font) !== undefined || typeof subset.encode !== "function") return undefined;
  const sample = subset.encode();
  // A composite .notdef would have read its components.
  if (subset.glyphs.length !== 1) return undefined;
  const view = new DataView(sample.buffer, sample.byteOffset, sample.byteLength);
  const count = view.getUint16(4);
  const tables: SubsetTemplate["tables"] = [];
  let end = 12 + 16 * count;
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i;
    const tag = String.fromCharCode(...sample.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    // Tables follow the directory back to back, in its order.
    if (offset !== end) return undefined;
    tables.push({ tag, bytes: sample.slice(offset, offset + length) });
    end += length;
  }
  if (end !== sample.length) return undefined;
  const template = { version: (font as unknown as FontInternals).loca?.version ?? 0, tables };
  const again = sampleSubset();
  encodeSubsetFromTemplate(again, template);
  return sameBytes(again.encode(), sample) ? template : undefined;
}

/**
 * Makes `subset.encode()` write its font file from `template` (fixed tables copied, glyph
 * tables written from the glyphs it copies), the same bytes as fontkit's encode, which
 * re-encodes every table field by field for each document.
 */
export function encodeSubsetFromTemplate(subset: unknown, template: SubsetTemplate): void {
  const target = subset as TemplateSubset;
  target.briefingTemplate = template;
  target.encode = encodeFromTemplate;
}

/** A subset whose `encode` is `encodeFromTemplate`, with its template. */
interface TemplateSubset extends EncodingSubset {
  briefingTemplate: SubsetTemplate;
}

// One function for every subset, as addGlyphFromRecords.
function encodeFromTemplate(this: TemplateSubset): Uint8Array {
  const template = this.briefingTemplate;
  // As fontkit's TTFSubset#encode sets up and copies the glyphs (components may add more).
  this.glyf = [];
  this.offset = 0;
  this.loca = { offsets: [], version: template.version };
  this.hmtx = { metrics: [], bearings: [] };
  for (let i = 0; i < this.glyphs.length; i++) this._addGlyph?.(this.glyphs[i] as number);
  this.loca.offsets.push(this.offset);
  return writeSubset(template, this.glyf, this.loca.offsets, this.hmtx.metrics);
}

// Loops, not callbacks made per call: see docs/pdf.md, "No closures made per document on the hot path".
function writeSubset(
  template: SubsetTemplate,
  glyf: readonly Uint8Array[],
  offsets: readonly number[],
  metrics: readonly { advance: number; bearing: number }[],
): Uint8Array {
  const shortLoca = template.version === 0;
  const count = template.tables.length;
  let glyfLength = 0;
  for (const glyph of glyf) glyfLength += glyph.length;
  // Each table's length: glyf, loca and hmtx as written here, the others as in the template.
  const lengths: number[] = [];
  let tablesLength = 0;
  for (const { tag, bytes } of template.tables) {
    let length = bytes.length;
    if (tag === "glyf") length = glyfLength;
    else if (tag === "loca") length = offsets.length * (shortLoca ? 2 : 4);
    else if (tag === "hmtx") length = metrics.length * 4;
    lengths.push(length);
    tablesLength += length;
  }
  const size = 12 + 16 * count + tablesLength;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  // The directory as fontkit writes it: tag "true", table checksums left 0.
  out.set([0x74, 0x72, 0x75, 0x65]);
  const power = 2 ** Math.floor(Math.log(count) / Math.LN2);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log(power) / Math.LN2);
  view.setUint16(10, count * 16 - power * 16);
  let at = 12 + 16 * count;
  for (let i = 0; i < count; i++) {
    const { tag, bytes } = template.tables[i] as SubsetTemplate["tables"][number];
    const entry = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[entry + c] = tag.charCodeAt(c);
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, lengths[i] as number);
    if (tag === "glyf") {
      let glyphAt = at;
      for (const glyph of glyf) {
        out.set(glyph, glyphAt);
        glyphAt += glyph.length;
      }
    } else if (tag === "loca") {
      for (let j = 0; j < offsets.length; j++) {
        const offset = offsets[j] as number;
        if (shortLoca) view.setUint16(at + 2 * j, offset >>> 1);
        else view.setUint32(at + 4 * j, offset);
      }
    } else if (tag === "hmtx") {
      for (let j = 0; j < metrics.length; j++) {
        const metric = metrics[j] as { advance: number; bearing: number };
        view.setUint16(at + 4 * j, metric.advance);
        view.setInt16(at + 4 * j + 2, metric.bearing);
      }
    } else {
      out.set(bytes, at);
      if (tag === "hhea") view.setUint16(at + HHEA_NUMBER_OF_METRICS, metrics.length);
      if (tag === "maxp") view.setUint16(at + MAXP_NUM_GLYPHS, glyf.length);
    }
    at += lengths[i] as number;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
