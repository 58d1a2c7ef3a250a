// Analyze stage: Statement → Stats (words, characters, speaking time, languages by script).
// Run before a template renders, so every template shows the same figures.

import type { Run, Statement } from "../statement/statement-schema.js";
import type { Stats } from "../statement/stats-schema.js";
import { countWords } from "./count-words.js";

/** Speaking rates used for `speakingSeconds`. */
export interface SpeakingRates {
  /** Words a minute for text outside Japanese script; default 130. */
  englishWordsPerMinute?: number;
  /** Characters a minute for Japanese script (and Chinese, which it includes) and Korean syllables; default 300. */
  japaneseCharsPerMinute?: number;
}

const HANGUL_RUN = /\p{Script=Hangul}+/gu;
const HANGUL = /\p{Script=Hangul}/gu;

const WHITE_SPACE = /\s/u;
// Per UTF-16 unit: 0 not yet asked, 1 white space, 2 not. Bounded: one byte for each of 65,536 units.
const whiteSpaceUnits = new Uint8Array(0x10000);

/** True when the UTF-16 unit `code` is `\s` (every white-space character is one unit, none a surrogate). */
function isWhiteSpace(code: number): boolean {
  let known = whiteSpaceUnits[code];
  if (!known) {
    known = WHITE_SPACE.test(String.fromCharCode(code)) ? 1 : 2;
    whiteSpaceUnits[code] = known;
  }
  return known === 1;
}

/**
 * Characters of `text` other than white space, a surrogate pair counted once: what
 * `text.replace(/\s+/gu, "")` holds, counted in one pass without building it (a high and a low
 * surrogate that the white space between them parted become a pair there, and here too).
 */
function visibleCharacters(text: string): number {
  let count = 0;
  let afterHigh = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) continue;
    if (!(afterHigh && code >= 0xdc00 && code <= 0xdfff)) count++;
    afterHigh = code >= 0xd800 && code <= 0xdbff;
  }
  return count;
}

/**
 * Derived facts of a statement's body (headings, paragraphs and lists):
 * `words` — word-like segments of Unicode word segmentation (as Intl.Segmenter, so Japanese is
 * split into words too); `characters` — characters other than whitespace; `speakingSeconds` —
 * words outside Japanese and Korean script at `englishWordsPerMinute` plus Japanese-script
 * characters (Han included, so Chinese too) and Korean syllables at `japaneseCharsPerMinute`,
 * rounded; `languages` — by script, the larger share first: "en" and/or "ja", except that the
 * spaced words of a statement in French, Russian, Arabic… take its language, and Han in a Chinese
 * or Korean statement takes the statement's.
 */
export function analyzeStatement(statement: Statement, rates: SpeakingRates = {}): Stats {
  const wordsPerMinute = rates.englishWordsPerMinute ?? 130;
  const charsPerMinute = rates.japaneseCharsPerMinute ?? 300;
  const text = bodyTexts(statement).join("\n");
  const counts = countWords(text);
  const { words, japaneseChars } = counts;
  // A Korean word is a phrase of several syllables, spoken at about the pace of Japanese
  // characters: Hangul is timed by the syllable, the words around it as words.
  const hangul = text.match(HANGUL)?.length ?? 0;
  const otherWords = hangul > 0 ? countWords(text.replace(HANGUL_RUN, " ")).otherWords : counts.otherWords;
  const seconds = (otherWords / wordsPerMinute) * 60 + ((japaneseChars + hangul) / charsPerMinute) * 60;
  const [spaced, ideographic] = shareLanguages(statement.language);
  const shares: [string, number][] = [
    [spaced, otherWords + (spaced === "ko" ? hangul : 0)],
    [ideographic, japaneseChars],
  ];
  if (spaced !== "ko" && hangul > 0) shares.push(["ko", hangul]);
  const languages = shares
    .filter(([, share]) => share > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([language]) => language)
    .filter((language, at, all) => all.indexOf(language) === at);
  return {
    words,
    characters: visibleCharacters(text),
    speakingSeconds: Math.round(seconds),
    languages,
  };
}

/**
 * The language tags for the two shares: text in spaced words ("en" unless the statement is in
 * another language written so: "fr", "ru", "ar", "ko") and Han and kana ("ja", or the statement's
 * Chinese or Korean).
 */
function shareLanguages(language: string | undefined): [string, string] {
  const primary = language?.toLowerCase().split(/[-_]/)[0];
  if (language === undefined || primary === undefined || primary === "ja" || primary === "en")
    return ["en", "ja"];
  if (primary === "zh") return ["en", language];
  if (primary === "ko") return ["ko", "ko"];
  return [language, "ja"];
}

function bodyTexts(statement: Statement): string[] {
  const texts: string[] = [];
  for (const block of statement.body) {
    if (block.type === "list") for (const item of block.items) texts.push(spokenText(item));
    else texts.push(spokenText(block.runs));
  }
  return texts;
}

/** The runs' text without note markers ("[1]", "¹"): they point to notes; they are not spoken. */
function spokenText(runs: Run[]): string {
  let text = "";
  for (const run of runs) if (run.note === undefined) text += run.text;
  return text;
}
