// Word spaces of justified PDF lines read back with pdfjs-dist: each line's stretched space
// against the font's natural space (measured with fontkit, independently of the renderer).
import { createRequire } from "node:module";
import type { ReadPdf } from "./pdf-text.js";

interface FontkitFont {
  layout(text: string): { advanceWidth: number };
  unitsPerEm: number;
}

const requireFromPdf = createRequire(new URL("../../packages/pdf/package.json", import.meta.url));
const requireFromCore = createRequire(new URL("../../packages/core/package.json", import.meta.url));
const fontkit = requireFromPdf("fontkit") as { openSync(path: string): FontkitFont };

/** A justified line: its text, and its word space as a multiple of the natural space. */
export interface LineStretch {
  text: string;
  ratio: number;
}

/**
 * Per line of `fontName` text (items sharing a baseline) that reaches `right` (the right
 * margin, so justified) and has spaces: (line width − natural width of its text) spread over
 * its spaces, plus the natural space, divided by the natural space. `fontFile` is the npm path
 * of the face (`@expo-google-fonts/noto-serif/…ttf`).
 */
export function justifiedLineStretches(
  read: ReadPdf,
  fontName: string,
  fontFile: string,
  right: number,
): LineStretch[] {
  const font = fontkit.openSync(requireFromCore.resolve(fontFile));
  const scale = 1 / font.unitsPerEm;
  const out: LineStretch[] = [];
  for (const page of read.pages) {
    const lines = new Map<number, typeof page.items>();
    for (const item of page.items) {
      // A hyphen that ends a hyphenated line is an artifact, but part of the line's width.
      if ((item.artifact && item.text !== "-") || item.font !== fontName) continue;
      const key = Math.round(item.y * 10);
      lines.set(key, [...(lines.get(key) ?? []), item]);
    }
    for (const items of lines.values()) {
      items.sort((a, b) => a.x - b.x);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) continue;
      const size = first.size;
      const joined = items.map((item) => item.text).join("");
      const trailing = joined.length - joined.trimEnd().length;
      const space = font.layout(" ").advanceWidth * scale * size;
      const extent = last.x + last.width - first.x - trailing * space;
      if (Math.abs(first.x + extent - right) > 0.5) continue;
      // pdfjs turns a wide gap into a " " item of its own: collapse to single spaces.
      const text = joined.trim().replace(/ +/gu, " ");
      const spaces = text.split(" ").length - 1;
      if (spaces === 0) continue;
      const natural = font.layout(text).advanceWidth * scale * size;
      out.push({ text, ratio: ((extent - natural) / spaces + space) / space });
    }
  }
  return out;
}
