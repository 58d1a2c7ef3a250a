import type { Inline } from "@briefing/core";

/**
 * The most a header or footer paragraph holds in a Word file, in columns: a character is one
 * column, a wide (Japanese, Chinese, Korean, fullwidth) character two, a page field three. Word
 * lays the text out itself, with fonts briefing does not measure, so the cut is by count; 80
 * columns fit one line of the bands' 9–10 pt type across an A4 or Letter text area. Longer
 * text is cut at a word boundary and ends with "…", as the PDF's bands are cut to one line
 * (there, by the fonts' widths).
 */
export const BAND_MAX_COLUMNS = 80;

const FIELD_COLUMNS = 3;
const ELLIPSIS = "…";

const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function columns(char: string): number {
  return wide.test(char) ? 2 : 1;
}

/** What goes before the ellipsis is cut back over: spaces and the punctuation that joins on. */
const cutEnd = /[\s,;:]+$/u;

/**
 * `inlines` cut to `limit` columns (see BAND_MAX_COLUMNS), "…" included: at the last white
 * space when that keeps at least half the room, else between characters (Japanese has no
 * spaces to cut at). Inlines that fit are returned as they are.
 */
export function truncateInlines(inlines: readonly Inline[], limit = BAND_MAX_COLUMNS): Inline[] {
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
    const text = last.text.replace(cutEnd, "");
    if (text.length > 0) {
      kept[kept.length - 1] = { ...last, text };
      break;
    }
    kept.pop();
  }
  const last = kept.at(-1);
  if (last?.kind === "text") kept[kept.length - 1] = { ...last, text: last.text + ELLIPSIS };
  else kept.push({ kind: "text", text: ELLIPSIS, ...(last?.marks ? { marks: last.marks } : {}) });
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
