// Line-breaking tests' stand-ins: a face whose every character has one fixed width, and pieces
// of text set in it at 10 pt, so expected line widths are character counts.
import type { FontFace } from "../../src/fonts/document-fonts.js";
import type { Piece } from "../../src/text/piece.js";

/**
 * A face where every character is `em` × the size wide. `measure` hears each width request
 * (tests that count how much text is measured).
 */
export function fixedWidthFace(
  key: string,
  em: number,
  measure: (text: string) => void = () => {},
): FontFace {
  return {
    key,
    family: key,
    variant: "regular",
    font: { hasGlyphForCodePoint: () => true },
    pdf: {
      name: key,
      ascender: 800,
      descender: -200,
      widthOfString: (text: string, size: number) => {
        measure(text);
        return Array.from(text).length * size * em;
      },
    },
  } as unknown as FontFace;
}

/** `text` in `face` at 10 pt, black, no language, link or field unless `extra` says so. */
export function fixedPiece(face: FontFace, text: string, extra: Partial<Piece> = {}): Piece {
  return {
    text,
    face,
    size: 10,
    rise: 0,
    color: "#000000",
    lang: undefined,
    href: undefined,
    field: undefined,
    ...extra,
  };
}
