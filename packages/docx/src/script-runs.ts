/** A stretch of text in one script, so Word can be told its language. */
export interface ScriptSegment {
  text: string;
  japanese: boolean;
}

// Han, kana, Japanese punctuation and full-width forms, as the importers classify text.
const japaneseChar =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff01-\uff60]/u;
// Letters of other scripts; digits, spaces and ASCII punctuation are neutral and join their neighbours.
const otherLetter = /\p{L}/u;

/**
 * Splits text into Japanese and non-Japanese segments. Neutral characters (digits, spaces,
 * punctuation) stay with the segment before them, so "令和3年" is one Japanese segment.
 */
export function splitByScript(text: string): ScriptSegment[] {
  const segments: ScriptSegment[] = [];
  let pending = "";
  for (const char of text) {
    const japanese = japaneseChar.test(char) ? true : otherLetter.test(char) ? false : undefined;
    const last = segments.at(-1);
    if (japanese === undefined) {
      if (last) last.text += char;
      else pending += char;
    } else if (last && last.japanese === japanese) {
      last.text += char;
    } else {
      segments.push({ text: pending + char, japanese });
      pending = "";
    }
  }
  if (pending.length > 0) segments.push({ text: pending, japanese: false });
  return segments;
}

/** True when a BCP 47 tag names Japanese. */
export const isJapaneseTag = (lang: string | undefined): boolean => lang !== undefined && /^ja\b/i.test(lang);
