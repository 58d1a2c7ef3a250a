// Analyze stage: text → word and Japanese-character counts, matching Intl.Segmenter("ja").
// A UAX #29 regex counts plain Latin text; only other tokens pay for the slow Intl.Segmenter.

import { countJapanese, JAPANESE_CHAR } from "../text/script.js";

/** What `countWords` finds in a text. */
export interface WordCounts {
  /** Word-like segments of Unicode word segmentation (UAX #29, with ICU's dictionary for Japanese). */
  words: number;
  /** Word-like segments once every run of Japanese script is replaced by a space. */
  otherWords: number;
  /** Japanese-script characters (see `JAPANESE_CHAR`). */
  japaneseChars: number;
}

// Intl.Segmenter costs about 0.4 µs a character (2 ms for a 5,000-character statement), most of
// a document's template time. Text made only of the characters below — Latin letters, ASCII
// digits and punctuation, common typographic punctuation — is segmented by one regular
// expression instead, which applies exactly the UAX #29 rules these characters can meet (as ICU
// implements them; the analyze tests compare the two on random text). Any other character sends
// its whole whitespace-delimited token to Intl.Segmenter.
const LETTER = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
const WORD_CHAR = `${LETTER}0-9_`;
const SPACE = "\\t\\n\\v\\f\\r ";
const KNOWN = `${SPACE}\\x21-\\x7E${LETTER}\\u00A7\\u00A9\\u00AB\\u00B0\\u00B1\\u00BB\\u00D7\\u00F7\\u2010-\\u2015\\u2018\\u2019\\u201C\\u201D\\u2020-\\u2022\\u2026`;
const UNKNOWN_CHAR = new RegExp(`[^${KNOWN}]`, "gu");

/**
 * One word-like segment of text made of KNOWN characters. Letters, digits and `_` join (WB5,
 * WB8–WB10, WB13a/b); `. : ' ‘ ’` join two letters (WB6/7: MidLetter, MidNumLetQ); `. , ; ' ‘ ’`
 * join two digits (WB11/12: MidNum, MidNumLetQ). A lone `_` is a segment but not word-like,
 * while `__` is (ICU gives ExtendNumLet × ExtendNumLet the word status).
 */
const WORD = new RegExp(
  `(?!_(?![${WORD_CHAR}]))[${WORD_CHAR}]+(?:(?:(?<=[${LETTER}])[.:'\\u2018\\u2019](?=[${LETTER}])|(?<=[0-9])[.,;'\\u2018\\u2019](?=[0-9]))[${WORD_CHAR}]+)*`,
  "g",
);
const JAPANESE_RUN = new RegExp(`${JAPANESE_CHAR.source}+`, "gu");
const segmenter = new Intl.Segmenter("ja", { granularity: "word" });

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function knownWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * The most characters handed to Intl.Segmenter at once. V8's segment iterator costs time in
 * proportion to the text for every segment it yields, so one long token (a Japanese paragraph
 * with no spaces) costs the square of its length: 100,000 characters took 12 s. Up to this
 * length a token is segmented whole (real paragraphs are shorter); beyond it, in pieces.
 */
const MAX_SEGMENTED_CHARS = 1000;

/**
 * Characters that UAX #29 always breaks before and after (Word_Break "Other") and that are never
 * part of ICU's dictionary runs: cutting just after one changes no segment, unless what follows
 * attaches to it (WB4: marks, format characters, ZWJ). Full-width `，．：；` are left out: they
 * join digits or letters (MidNum, MidNumLet, MidLetter).
 */
const SAFE_CUT_AFTER = /[\u3000-\u3002\u3008-\u3011\u3014-\u301b\uff01\uff08\uff09\uff1f]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
const KANJI_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}]/u;
const ATTACHES = /[\p{M}\p{Cf}\uDC00-\uDFFF]/u;

function segmentWhole(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/**
 * Where to end the piece of `text` that starts at `start`: just after the last safe character of
 * the second half of the window, so counts stay exact; failing that (a run with no punctuation)
 * at the window's end, moved past marks and a surrogate half, which may split one word in two.
 */
function pieceEnd(text: string, start: number): number {
  const limit = start + MAX_SEGMENTED_CHARS;
  if (limit >= text.length) return text.length;
  for (let cut = limit; cut > start + MAX_SEGMENTED_CHARS / 2; cut--) {
    if (SAFE_CUT_AFTER.test(text.charAt(cut - 1)) && !ATTACHES.test(text.charAt(cut))) return cut;
  }
  // Kana before kanji is nearly always where a dictionary word ends ("平和を|守る").
  for (let cut = limit; cut > start + MAX_SEGMENTED_CHARS / 2; cut--) {
    if (HIRAGANA.test(text.charAt(cut - 1)) && KANJI_OR_KATAKANA.test(text.charAt(cut))) return cut;
  }
  let cut = limit;
  while (cut < text.length && cut < limit + 32 && ATTACHES.test(text.charAt(cut))) cut++;
  return cut;
}

function segmentedWords(text: string): number {
  if (text.length <= MAX_SEGMENTED_CHARS) return segmentWhole(text);
  let words = 0;
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start);
    words += segmentWhole(text.slice(start, end));
    start = end;
  }
  return words;
}

/**
 * Counts words as `Intl.Segmenter("ja", { granularity: "word" })` does (an apostrophe joins,
 * a hyphen splits, Japanese is split into dictionary words), in one pass and mostly without it.
 */
export function countWords(text: string): WordCounts {
  const counts: WordCounts = { words: 0, otherWords: 0, japaneseChars: 0 };
  // Whitespace always ends a segment (no UAX #29 rule joins anything to the whitespace that
  // follows it), so the text splits into whitespace-delimited tokens counted one by one.
  // The module's own rule, not a copy made per call: a copy is compiled again after every full
  // garbage collection (see allMatches). Each search starts from `known`, since the count of a
  // Japanese token below uses the same rule.
  let known = 0;
  for (let match = unknownFrom(text, known); match !== null; match = unknownFrom(text, known)) {
    let start = match.index;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = match.index + match[0].length;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const words = knownWords(text.slice(known, start));
    counts.words += words;
    counts.otherWords += words;
    known = end;
    // With the whitespace before it, so a mark that begins the token attaches to that
    // whitespace (WB4) exactly as it does in the whole text.
    const token = text.slice(Math.max(0, start - 1), end);
    const segmented = segmentedWords(token);
    const japanese = countJapanese(token);
    counts.words += segmented;
    counts.japaneseChars += japanese;
    counts.otherWords += japanese > 0 ? countWords(token.replace(JAPANESE_RUN, " ")).otherWords : segmented;
  }
  const words = knownWords(known === 0 ? text : text.slice(known));
  counts.words += words;
  counts.otherWords += words;
  return counts;
}

/** The first character outside KNOWN at or after `from`; leaves UNKNOWN_CHAR's lastIndex at 0. */
function unknownFrom(text: string, from: number): RegExpExecArray | null {
  UNKNOWN_CHAR.lastIndex = from;
  const match = UNKNOWN_CHAR.exec(text);
  UNKNOWN_CHAR.lastIndex = 0;
  return match;
}
