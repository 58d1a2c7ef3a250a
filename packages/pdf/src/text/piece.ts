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
  /** BCP 47 tag of the text, set for Japanese text and `lang` spans. */
  lang: string | undefined;
  /** `#anchor` (internal) or a URL. */
  href: string | undefined;
  /** A page-number field: `text` is a placeholder the drawing replaces. */
  field: "page" | "pages" | "section" | undefined;
  /** A footnote marker: the id of the Document footnote it points to. */
  note?: string;
}
