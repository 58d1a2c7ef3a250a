// Word block conversion: Japanese titles and headings kept together by phrase — U+200B at each
// BudouX phrase boundary, and the paragraph set to not break Asian text anywhere else.
import { type Inline, isJapaneseChar, keepsPhrases, phraseBoundaries } from "@briefing/core";
import type { RenderContext } from "./render-context.js";

/** Where Word may break a line inside phrase-kept Japanese text. */
export const ZERO_WIDTH_SPACE = "\u200b";

/**
 * For a paragraph in a title-like style (`keepsPhrases`) with Japanese text: its inlines with a
 * ZERO WIDTH SPACE at each BudouX phrase boundary next to a Japanese character, and
 * `wordWrap: true` (docx writes `<w:wordWrap w:val="0"/>`: Asian text breaks only at spaces,
 * like Latin text). Other paragraphs come back as they are.
 */
export function phraseKeptInlines(
  inlines: readonly Inline[],
  styleName: string,
  context: RenderContext,
): { inlines: readonly Inline[]; wordWrap: boolean } {
  const basedOn = context.document.styles[styleName]?.basedOn;
  if (!keepsPhrases({ name: styleName, basedOn })) return { inlines, wordWrap: false };
  let japanese = false;
  const kept = inlines.map((inline) => {
    if (inline.kind !== "text" || !Array.from(inline.text).some(isJapaneseChar)) return inline;
    japanese = true;
    let text = "";
    let from = 0;
    for (const at of phraseBoundaries(inline.text)) {
      text += inline.text.slice(from, at);
      const before = inline.text.slice(Math.max(0, at - 2), at);
      const after = inline.text.slice(at, at + 2);
      const nextToJapanese =
        isJapaneseChar(Array.from(before).at(-1) ?? "") || isJapaneseChar(Array.from(after)[0] ?? "");
      if (nextToJapanese && !/\s$/u.test(before) && !/^\s/u.test(after)) text += ZERO_WIDTH_SPACE;
      from = at;
    }
    return { ...inline, text: text + inline.text.slice(from) };
  });
  return japanese ? { inlines: kept, wordWrap: true } : { inlines, wordWrap: false };
}
