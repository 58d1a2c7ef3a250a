// Shared rule: straight quotes and apostrophes → curly ones ("x" → “x”, it's → it’s, '90s → ’90s).
// Applied once where markup becomes the Document (theme `typography.smartQuotes`); tests reuse it.

import { JAPANESE_CHAR } from "./script.js";

// After these a quote opens: start of text, white space, an opening bracket, a dash, a slash or another opening quote.
const OPENS_AFTER = /[\s([{<\-\u2010-\u2015/\u201C\u2018]/u;
const WORD = /[\p{L}\p{N}]/u;
// Before these a quote closes: the end of text, white space, punctuation that ends or separates, a dash.
const CLOSES_BEFORE = /[\s.,;:!?)\]}>\u2010-\u2015\u2026]/u;

/**
 * One straight quote's curly form, judged by the characters before and after it (`undefined`
 * at the edges of the text); `undefined` when it stays straight (a Japanese character next to it).
 */
function curlyQuote(
  quote: string,
  before: string | undefined,
  after: string | undefined,
): string | undefined {
  if (
    (before !== undefined && JAPANESE_CHAR.test(before)) ||
    (after !== undefined && JAPANESE_CHAR.test(after))
  )
    return undefined;
  const opens = before === undefined || OPENS_AFTER.test(before);
  const endsHere = after === undefined || CLOSES_BEFORE.test(after);
  if (quote === '"') return opens && !endsHere ? "\u201C" : "\u201D";
  // An apostrophe inside or after a word (it's, states') is the closing single quote.
  if (before !== undefined && WORD.test(before)) return "\u2019";
  return opens && !endsHere ? "\u2018" : "\u2019";
}

/**
 * Curly quotes for the straight ones in `text` where `eligible(i)` (default: everywhere); every
 * other character, and a quote next to a Japanese character, stays as it is. An elided year
 * ('90s) takes an apostrophe. The result has the same length as `text`.
 */
export function smartQuotesWith(text: string, eligible: (index: number) => boolean = () => true): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  // Only the quotes change: the text between them is copied a slice at a time.
  let out = "";
  let copied = 0;
  // The last quote replaced and what it became: the character before the next one, as curled.
  let curledAt = -1;
  let curled = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code !== 0x22 && code !== 0x27) || !eligible(i)) continue;
    const char = code === 0x22 ? '"' : "'";
    // The character before as already curled, so an opening quote opens the one after it too.
    const before = i === 0 ? undefined : i - 1 === curledAt ? curled : text[i - 1];
    const after = i + 1 < text.length ? text[i + 1] : undefined;
    const quote =
      char === "'" &&
      /^\d\d(?!\d)/.test(text.slice(i + 1, i + 4)) &&
      (before === undefined || !WORD.test(before))
        ? "\u2019"
        : (curlyQuote(char, before, after) ?? char);
    out += text.slice(copied, i) + quote;
    copied = i + 1;
    curledAt = i;
    curled = quote;
  }
  return out + text.slice(copied);
}

/**
 * Typographic quotes: "x" → “x”, 'x' → ‘x’, it's → it’s, '90s → ’90s. A quote after the start,
 * a space, an opening bracket or a dash opens; one before punctuation or a space closes; one next
 * to a Japanese character stays straight. What a theme with `typography: { smartQuotes: true }`
 * (the built-ins) does to text, so tests compare output with `smartQuotes(input)`.
 */
export function smartQuotes(text: string): string {
  return smartQuotesWith(text);
}
