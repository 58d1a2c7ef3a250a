// PDF page bands: a header or footer laid out as at most one line, cut with the shared band
// rule of @briefing/core (by the fonts' widths here).
import { BAND_ELLIPSIS, trimBeforeEllipsis } from "@briefing/core";
import type { Piece } from "./piece.js";
import { type Fragment, type Line, type LineBox, piecesToLines } from "./pieces-to-lines.js";

/**
 * Lays out `pieces` as at most one line: text that would take more is cut at a line-break
 * opportunity (a word boundary; between characters in Japanese or inside a word longer than
 * the line) and ends with "…", measured with the fonts so the whole fits the line. For page
 * bands (running heads and feet): they sit in the margin, so a second line would overprint
 * the text or run off the page (a 350-character title made a five-line head).
 */
export function piecesToOneLine(pieces: readonly Piece[], box: LineBox): Line[] {
  const lines = piecesToLines(pieces, box, 2);
  const first = lines[0];
  if (lines.length <= 1 || first === undefined) return lines;
  // Room for the ellipsis in the widest face used, so it fits whichever piece it ends up in.
  const ellipsis = Math.max(
    ...pieces.map((piece) => piece.face.pdf.widthOfString(BAND_ELLIPSIS, piece.size)),
  );
  const shorter = piecesToLines(pieces, { ...box, width: box.width - ellipsis }, 1);
  const line = shorter[0] ?? first;
  const fragments: Fragment[] = line.fragments.map((fragment) => ({ ...fragment }));
  while (fragments.length > 0) {
    const last = fragments.at(-1) as Fragment;
    const text = trimBeforeEllipsis(last.text);
    if (text.length > 0) {
      fragments[fragments.length - 1] = { ...last, text, trimmedWidth: NaN };
      break;
    }
    fragments.pop();
  }
  const last = fragments.at(-1);
  const piece = last?.piece ?? (pieces[0] as Piece);
  const mark = piece.face.font.hasGlyphForCodePoint(BAND_ELLIPSIS.codePointAt(0) as number)
    ? BAND_ELLIPSIS
    : "...";
  if (last && last.piece === piece && piece.field === undefined) {
    fragments[fragments.length - 1] = { ...last, text: last.text + mark, trimmedWidth: NaN };
  } else {
    fragments.push({
      piece: { ...piece, field: undefined, href: undefined },
      text: mark,
      width: 0,
      trimmedWidth: NaN,
    });
  }
  for (const fragment of fragments) {
    fragment.width = fragment.piece.face.pdf.widthOfString(fragment.text, fragment.piece.size);
  }
  const width = fragments.reduce((sum, fragment) => sum + fragment.width, 0);
  return [{ fragments, width, offset: first.offset, available: first.available, last: true }];
}
