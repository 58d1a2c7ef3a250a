// PDF fonts: a subset's ToUnicode CMap, written as pdfkit's EmbeddedFont#toUnicodeCmap writes it,
// with each glyph's entry made once per process instead of once per document.

/**
 * The fields of pdfkit's EmbeddedFont that its `toUnicodeCmap` reads (PRIVATE; checked by
 * `hasToUnicodeFields` before the method is replaced).
 */
interface CmapFont {
  /** The code points of each subset glyph, by CID: fontkit's `glyph.codePoints` arrays. */
  unicode: readonly (readonly number[] | undefined)[];
  document: { ref(): { end(data: string): void } };
}

/** Whether `font` has the fields `toUnicodeCmap` reads, as pdfkit 0.20 keeps them. */
export function hasToUnicodeFields(font: object): boolean {
  const fields = font as Partial<CmapFont> & { toUnicodeCmap?: unknown };
  return (
    typeof fields.toUnicodeCmap === "function" &&
    Array.isArray(fields.unicode) &&
    typeof fields.document?.ref === "function"
  );
}

/**
 * A glyph's entry (`<0041>`, or `<d835 dc00>` beyond the BMP) by its code points array. The
 * arrays are fontkit's, held by the glyphs of the font's shared run cache, so every document
 * that shows a glyph hands in the same array; the entry goes when the array does.
 */
const entries = new WeakMap<readonly number[], string>();

function entryOf(codePoints: readonly number[]): string {
  let entry = entries.get(codePoints);
  if (entry === undefined) {
    entry = "";
    for (let value of codePoints) {
      if (value > 0xffff) {
        value -= 0x10000;
        entry += `${entry ? " " : ""}${hex4(((value >>> 10) & 0x3ff) | 0xd800)}`;
        value = 0xdc00 | (value & 0x3ff);
      }
      entry += `${entry ? " " : ""}${hex4(value)}`;
    }
    entry = `<${entry}>`;
    entries.set(codePoints, entry);
  }
  return entry;
}

/** pdfkit's `toHex`: the last four hex digits of `n`, zero-padded. */
function hex4(n: number): string {
  return `0000${n.toString(16)}`.slice(-4);
}

/** pdfkit splits the entries into bfranges of this many CIDs. */
const RANGE_SIZE = 256;

/**
 * Writes the subset's ToUnicode CMap stream and returns its reference: the bytes of pdfkit's
 * own method (the same bfranges, arrays, spacing and text around them), which built every entry
 * again for each document, through arrays of hex strings joined.
 */
export function toUnicodeCmap(this: CmapFont): ReturnType<CmapFont["document"]["ref"]> {
  const cmap = this.document.ref();
  const unicode = this.unicode;
  let ranges = "";
  let count = 0;
  for (let start = 0; start < unicode.length; start += RANGE_SIZE) {
    const end = Math.min(start + RANGE_SIZE, unicode.length);
    let range = `<${hex4(start)}> <${hex4(end - 1)}> [`;
    for (let cid = start; cid < end; cid++) {
      const codePoints = unicode[cid];
      // pdfkit's loop throws on a hole; the subset's CIDs are dense, so none is expected.
      if (codePoints === undefined) throw new Error(`toUnicodeCmap: no code points for CID ${cid}`);
      range += `${cid > start ? " " : ""}${entryOf(codePoints)}`;
    }
    ranges += `${count > 0 ? "\n" : ""}${range}]`;
    count++;
  }
  cmap.end(`\
/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${count} beginbfrange
${ranges}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end\
`);
  return cmap;
}
