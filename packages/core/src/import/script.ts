/** Han, Hiragana, Katakana, Japanese punctuation and full-width forms: text that is set as Japanese. */
export const JAPANESE_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff01-\uff60]/u;

const JAPANESE_CHARS = new RegExp(JAPANESE_CHAR.source, "gu");
const LETTERS = /\p{L}/gu;

/** How many Japanese-script characters `text` holds. */
export function countJapanese(text: string): number {
  return countMatching(text, JAPANESE_CHARS);
}

// Counting by what a replace removes avoids building an array of every match in a long text.
function countMatching(text: string, pattern: RegExp): number {
  return codePoints(text) - codePoints(text.replace(pattern, ""));
}

function codePoints(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF]/g)?.length ?? 0);
}

/** True when most letters of `text` are Japanese script. */
export function isMostlyJapanese(text: string): boolean {
  const japanese = countJapanese(text);
  const letters = countMatching(text, LETTERS);
  return japanese > 0 && japanese * 2 >= Math.max(letters, 1);
}
