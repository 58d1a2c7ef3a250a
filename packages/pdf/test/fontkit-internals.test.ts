import { describe, expect, test } from "vitest";
import { sampleFonts } from "../../../tests/support/sample-document.js";
import { unsupportedBy } from "../src/fontkit-internals.js";
import { loadFont } from "../src/fonts/font-cache.js";
import { installedVersion } from "../src/library-version.js";

// Each check names fontkit's version and the adapter. Should one fail, briefing still writes the
// same subsets through fontkit's own code (slower): these tests are what notices.
const version = installedVersion("fontkit");
const gone = (what: string) => `fontkit ${version}: ${what} is gone — see fontkit-internals.ts`;
const serif = sampleFonts().serif?.files.regular as string;

type Loose = Record<string, unknown>;

describe(`fontkit ${version} internals (fontkit-internals.ts)`, () => {
  test("a TrueType font's subset glyph copying can be taken over", () => {
    const font = loadFont(serif);
    expect(unsupportedBy(font.createSubset(), font)).toBeUndefined();
  });

  test("the parsed font reads a glyph's bytes from glyf through loca", () => {
    const font = loadFont(serif) as unknown as Loose & { getGlyph(gid: number): Loose };
    expect(typeof font._getTableStream, gone("TTFFont#_getTableStream")).toBe("function");
    expect(Array.isArray((font.loca as Loose | undefined)?.offsets), gone("TTFFont#loca.offsets")).toBe(true);
    const glyph = font.getGlyph(36);
    expect(typeof glyph._decode, gone("TTFGlyph#_decode")).toBe("function");
    expect(typeof glyph._getMetrics, gone("Glyph#_getMetrics")).toBe("function");
    const stream = (font._getTableStream as (tag: string) => Loose)("glyf");
    expect(typeof stream.pos, gone("the glyf table stream's pos")).toBe("number");
    expect(typeof stream.readBuffer, gone("the glyf table stream's readBuffer")).toBe("function");
  });

  test("TTFSubset copies glyphs with _addGlyph, into glyf, loca, hmtx and offset set up by encode()", () => {
    const font = loadFont(serif);
    const subset = font.createSubset() as unknown as Loose & { includeGlyph(gid: number): number };
    expect(typeof subset._addGlyph, gone("TTFSubset#_addGlyph")).toBe("function");
    expect(typeof subset.includeGlyph(36), gone("TTFSubset#includeGlyph returning the new id")).toBe(
      "number",
    );
    const seen: Loose[] = [];
    const addGlyph = subset._addGlyph as (gid: number) => number;
    subset._addGlyph = (gid: number) => {
      seen.push({ ...subset });
      return addGlyph.call(subset, gid);
    };
    (subset.encode as () => Uint8Array)();
    expect(seen.length, gone("TTFSubset#encode calling _addGlyph")).toBeGreaterThan(0);
    const state = seen[0] as Loose;
    expect(Array.isArray(state.glyf), gone("TTFSubset#glyf")).toBe(true);
    expect(Array.isArray((state.loca as Loose | undefined)?.offsets), gone("TTFSubset#loca.offsets")).toBe(
      true,
    );
    expect(Array.isArray((state.hmtx as Loose | undefined)?.metrics), gone("TTFSubset#hmtx.metrics")).toBe(
      true,
    );
    expect(typeof state.offset, gone("TTFSubset#offset")).toBe("number");
  });
});
