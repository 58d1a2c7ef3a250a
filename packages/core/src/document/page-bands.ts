// Shared rule for page bands (running heads and feet): they sit in the margin, so each is one
// line, cut with "…". The PDF cuts by its fonts' widths; Word, which lays text out itself, by
// a column count (truncateToColumns).
import type { Inline } from "../contract/document-schema.js";

/** What ends a cut band. */
export const BAND_ELLIPSIS = "…";

/** What goes before the ellipsis is cut back over: spaces and the punctuation that joins on. */
const cutEnd = /[\s,;:]+$/u;

/** `text` without the spaces and joining punctuation ("a, b; " → "a, b") an ellipsis replaces. */
export function trimBeforeEllipsis(text: string): string {
  return text.replace(cutEnd, "");
}

const FIELD_COLUMNS = 3;

const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function columns(char: string): number {
  return wide.test(char) ? 2 : 1;
}

/**
 * `inlines` cut to `limit` columns, "…" included: a character is one column, a wide (Japanese,
 * Chinese, Korean, fullwidth) character two, a page field three. The cut is at the last white
 * space when that keeps at least half the room, else between characters (Japanese has no
 * spaces to cut at). Inlines that fit are returned as they are. For formats that cannot measure
 * the text they hand over (Word lays it out itself, with fonts briefing does not see).
 */
export function truncateToColumns(inlines: readonly Inline[], limit: number): Inline[] {
  let total = 0;
  measure: for (const inline of inlines) {
    if (inline.kind === "field") total += FIELD_COLUMNS;
    else {
      for (const char of inline.text) {
        total += columns(char);
        if (total > limit) break measure;
      }
    }
  }
  if (total <= limit) return [...inlines];
  const room = limit - 1;
  // Where the text is cut: inline `index`, before UTF-16 offset `offset`.
  let cut = { index: 0, offset: 0 };
  let space: { index: number; offset: number; used: number } | undefined;
  let used = 0;
  walk: for (const [index, inline] of inlines.entries()) {
    if (inline.kind === "field") {
      if (used + FIELD_COLUMNS > room) break;
      used += FIELD_COLUMNS;
      cut = { index: index + 1, offset: 0 };
      continue;
    }
    let offset = 0;
    for (const char of inline.text) {
      if (/\s/u.test(char)) space = { index, offset, used };
      const width = columns(char);
      if (used + width > room) break walk;
      used += width;
      offset += char.length;
      cut = { index, offset };
    }
    cut = { index: index + 1, offset: 0 };
  }
  const next = nextCharacter(inlines, cut);
  if (next !== undefined && !/\s/u.test(next) && space !== undefined && space.used >= room / 2) {
    cut = { index: space.index, offset: space.offset };
  }
  const kept: Inline[] = inlines.slice(0, cut.index).map((inline) => ({ ...inline }));
  const partial = inlines[cut.index];
  if (partial?.kind === "text" && cut.offset > 0)
    kept.push({ ...partial, text: partial.text.slice(0, cut.offset) });
  while (kept.length > 0) {
    const last = kept.at(-1) as Inline;
    if (last.kind === "field") break;
    const text = trimBeforeEllipsis(last.text);
    if (text.length > 0) {
      kept[kept.length - 1] = { ...last, text };
      break;
    }
    kept.pop();
  }
  const last = kept.at(-1);
  if (last?.kind === "text") kept[kept.length - 1] = { ...last, text: last.text + BAND_ELLIPSIS };
  else kept.push({ kind: "text", text: BAND_ELLIPSIS, ...(last?.marks ? { marks: last.marks } : {}) });
  return kept;
}

/** The character at `cut`, or undefined at the end of the text or before a field. */
function nextCharacter(
  inlines: readonly Inline[],
  cut: { index: number; offset: number },
): string | undefined {
  const inline = inlines[cut.index];
  if (inline?.kind !== "text") return undefined;
  const code = inline.text.codePointAt(cut.offset);
  return code === undefined
    ? nextCharacter(inlines, { index: cut.index + 1, offset: 0 })
    : String.fromCodePoint(code);
}
