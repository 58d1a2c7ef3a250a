// Shared rule: which characters are Japanese (kana, CJK ideographs, fullwidth forms).
// Used by the importers, analyze and both renderers, so they never disagree.

/**
 * The one rule for which characters are set as Japanese: Han, Hiragana and Katakana by
 * Unicode script, plus the CJK blocks the PDF renderer has always sent to the Japanese face
 * (radicals, CJK symbols and punctuation U+3000–U+303F, enclosed and compatibility forms,
 * CJK compatibility forms U+FE30–U+FE4F, full- and half-width forms U+FF00–U+FFEF, and the
 * supplementary ideographic planes). Importers count with it, the Word renderer tags runs
 * with it and the PDF renderer chooses fonts with it.
 */
export const JAPANESE_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;

const LETTER = /\p{L}/u;

/** How a character takes part in choosing a script: Japanese, another script's letter, or neutral. */
export type ScriptClass = "cjk" | "latin" | "neutral";

/** True when `char` (one code point) is Japanese script by {@link JAPANESE_CHAR}. */
export function isJapaneseChar(char: string): boolean {
  return JAPANESE_CHAR.test(char);
}

/** Japanese (`cjk`), a letter of another script (`latin`), or neutral (digits, spaces, punctuation). */
export function scriptClass(char: string): ScriptClass {
  if (JAPANESE_CHAR.test(char)) return "cjk";
  return LETTER.test(char) ? "latin" : "neutral";
}

/** How many Japanese-script characters `text` holds. */
export function countJapanese(text: string): number {
  return countScripts(text).japanese;
}

/** True when most letters of `text` are Japanese script. */
export function isMostlyJapanese(text: string): boolean {
  const { japanese, letters } = countScripts(text);
  return japanese > 0 && japanese * 2 >= Math.max(letters, 1);
}

const JAPANESE_BIT = 1;
const LETTER_BIT = 2;
// What JAPANESE_CHAR and \p{L} say of a non-ASCII code point; bounded like scriptOf's cache.
const bitsCache = new Map<number, number>();
const BITS_CACHE_SIZE = 4096;

function charBits(codePoint: number, char: string): number {
  const known = bitsCache.get(codePoint);
  if (known !== undefined) return known;
  const bits = (JAPANESE_CHAR.test(char) ? JAPANESE_BIT : 0) | (LETTER.test(char) ? LETTER_BIT : 0);
  if (bitsCache.size < BITS_CACHE_SIZE) bitsCache.set(codePoint, bits);
  return bits;
}

/**
 * How many code points of `text` are Japanese (JAPANESE_CHAR) and how many are letters (\p{L}),
 * in one pass: ASCII (letters A–Z, a–z, never Japanese) is read from its code, other characters
 * tested once each and remembered. A lone surrogate is neither.
 */
function countScripts(text: string): { japanese: number; letters: number } {
  let japanese = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) letters++;
      continue;
    }
    let codePoint = code;
    let char: string;
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      codePoint = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      char = text.slice(i, i + 2);
      i++;
    } else {
      char = text.charAt(i);
    }
    const bits = charBits(codePoint, char);
    if (bits & JAPANESE_BIT) japanese++;
    if (bits & LETTER_BIT) letters++;
  }
  return { japanese, letters };
}

/** A stretch of text in one script, so a renderer can be told its language. */
export interface ScriptSegment {
  text: string;
  japanese: boolean;
}

/**
 * Splits text into Japanese and non-Japanese segments. Neutral characters (digits, spaces,
 * punctuation) stay with the segment before them, so "令和3年" is one Japanese segment.
 */
export function splitByScript(text: string): ScriptSegment[] {
  const segments: ScriptSegment[] = [];
  let pending = "";
  for (const char of text) {
    const cls = scriptClass(char);
    const last = segments.at(-1);
    if (cls === "neutral") {
      if (last) last.text += char;
      else pending += char;
      continue;
    }
    const japanese = cls === "cjk";
    if (last && last.japanese === japanese) {
      last.text += char;
    } else {
      segments.push({ text: pending + char, japanese });
      pending = "";
    }
  }
  if (pending.length > 0) segments.push({ text: pending, japanese: false });
  return segments;
}

/**
 * The class each character is set in: a neutral character (digit, space, punctuation) takes
 * the class of the nearest letter before it, or after it at the start, so the 3 and 11 of
 * 令和3年11月23日 stay in the Japanese face.
 */
export function resolveClasses(chars: readonly string[]): ScriptClass[] {
  const own = chars.map((char) => scriptClass(char));
  const resolved: ScriptClass[] = new Array(own.length);
  let previous: ScriptClass | undefined;
  for (let i = 0; i < own.length; i++) {
    const cls = own[i] ?? "neutral";
    if (cls !== "neutral") previous = cls;
    resolved[i] = cls === "neutral" ? (previous ?? "neutral") : cls;
  }
  let next: ScriptClass = "latin";
  for (let i = own.length - 1; i >= 0; i--) {
    if (resolved[i] === "neutral") resolved[i] = next;
    else next = resolved[i] ?? next;
  }
  return resolved;
}

/** True when a BCP 47 tag names Japanese. */
export const isJapaneseTag = (lang: string | undefined): boolean => lang !== undefined && /^ja\b/i.test(lang);
