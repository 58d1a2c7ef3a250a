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
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
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
  loca?: { offsets: number[] };
  getGlyph(gid: number): fontkit.Glyph & {
    _decode(): DecodedGlyph | null;
    _getMetrics(): { leftBearing: number };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
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
  const target = subset as SubsetInternals;
  const source = font as unknown as FontInternals;
  const loca = source.loca as { offsets: number[] };
  target._addGlyph = (gid: number) => {
    let record = glyphs.get(gid);
    if (record === undefined) {
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
    }
    let buffer = record.bytes;
    if (record.components) {
      buffer = new Uint8Array(record.bytes);
      const view = new DataView(buffer.buffer);
      for (const component of record.components)
        view.setUint16(component.pos, target.includeGlyph(component.glyphID));
    }
    target.glyf.push(buffer);
    target.loca.offsets.push(target.offset);
    target.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
    target.offset += buffer.length;
    return target.glyf.length - 1;
  };
}
