// PDF text: the Piece type, a stretch of inline text in one face, size and colour.
import type { FontFace } from "../fonts/document-fonts.js";

/** A stretch of inline text set in one face, size and colour: the unit of measuring and drawing. */
export interface Piece {
  text: string;
  face: FontFace;
  size: number;
  /** Baseline shift in points, positive upwards (superscript). */
  rise: number;
  color: string;
  /**
   * BCP 47 tag of the text: the inline's `lang`, else for Han, kana, Hangul, Arabic, Hebrew, Thai
   * and Devanagari the language core's `languageOf` gives (`ja`, `zh-Hans`, `ko`, `ar`, …);
   * undefined for Latin, Greek and Cyrillic text and neutral characters around them.
   */
  lang: string | undefined;
  /** `#anchor` (internal) or a URL. */
  href: string | undefined;
  /** A page-number field: `text` is a placeholder the drawing replaces. */
  field: "page" | "pages" | "section" | undefined;
  /** A footnote marker: the id of the Document footnote it points to. */
  note?: string;
}
