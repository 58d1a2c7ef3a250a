// Analyze stage: Statement → Stats (words, characters, speaking time, languages by script).
// Run before a template renders, so every template shows the same figures.

import type { Run, Statement } from "../statement/statement-schema.js";
import type { Stats } from "../statement/stats-schema.js";
import { countWords } from "./count-words.js";

/** Speaking rates used for `speakingSeconds`. */
export interface SpeakingRates {
  /** Words a minute for text outside Japanese script; default 130. */
  englishWordsPerMinute?: number;
  /** Characters a minute for Japanese script; default 300. */
  japaneseCharsPerMinute?: number;
}

const WHITESPACE = /\s+/gu;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Derived facts of a statement's body (headings, paragraphs and lists):
 * `words` — word-like segments of Unicode word segmentation (as Intl.Segmenter, so Japanese is
 * split into words too); `characters` — characters other than whitespace; `speakingSeconds` —
 * Latin-script words at `englishWordsPerMinute` plus Japanese-script characters at
 * `japaneseCharsPerMinute`, rounded; `languages` — "en" and/or "ja" by script, the larger share first.
 */
export function analyzeStatement(statement: Statement, rates: SpeakingRates = {}): Stats {
  const wordsPerMinute = rates.englishWordsPerMinute ?? 130;
  const charsPerMinute = rates.japaneseCharsPerMinute ?? 300;
  const text = bodyTexts(statement).join("\n");
  const { words, otherWords, japaneseChars } = countWords(text);
  const seconds = (otherWords / wordsPerMinute) * 60 + (japaneseChars / charsPerMinute) * 60;
  const shares: [string, number][] = [
    ["en", otherWords],
    ["ja", japaneseChars],
  ];
  const languages = shares
    .filter(([, share]) => share > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([language]) => language);
  const visible = text.replace(WHITESPACE, "");
  return {
    words,
    characters: visible.length - (visible.match(SURROGATE_PAIR)?.length ?? 0),
    speakingSeconds: Math.round(seconds),
    languages,
  };
}

function bodyTexts(statement: Statement): string[] {
  const texts: string[] = [];
  // Note markers ("[1]", "¹") point to notes; they are not spoken.
  const add = (runs: Run[]) =>
    texts.push(
      runs
        .filter((run) => run.note === undefined)
        .map((run) => run.text)
        .join(""),
    );
  for (const block of statement.body) {
    if (block.type === "list") block.items.forEach(add);
    else add(block.runs);
  }
  return texts;
}
