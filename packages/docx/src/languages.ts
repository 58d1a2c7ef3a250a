// Word languages: BCP 47 tags → Word's language tags, text → runs of one Word font slot and
// language (w:lang w:val / w:eastAsia / w:bidi, w:rtl), and the document defaults for a language.
import {
  isJapaneseChar,
  isJapaneseTag,
  isRightToLeft,
  isRightToLeftLanguage,
  languageOf,
  type Script,
  scriptOf,
} from "@briefing/core";

/**
 * The region Word's language list pairs with each language it knows without one. Word's proofing
 * tools and LibreOffice's locale lists are keyed by language-REGION (`fr-FR`, never `fr`), so a
 * bare tag gets the region its language is commonly set with; Chinese by its script.
 */
const defaultRegions: Record<string, string> = {
  en: "US",
  fr: "FR",
  es: "ES",
  ru: "RU",
  ar: "SA",
  ja: "JP",
  ko: "KR",
  he: "IL",
  th: "TH",
  hi: "IN",
  el: "GR",
  de: "DE",
  it: "IT",
  pt: "PT",
  nl: "NL",
  uk: "UA",
  fa: "IR",
  ur: "PK",
  tr: "TR",
  pl: "PL",
};

/**
 * The Word tag (`w:lang`, `dc:language` style ll-CC) of a BCP 47 tag: a region it names is kept
 * (`en-GB`, `zh-Hant-HK` → `zh-HK`), Chinese without one is `zh-CN` or, written in Traditional
 * characters, `zh-TW`; other languages get their usual region (`fr` → `fr-FR`); a language with no
 * known region is written as given.
 */
export function wordLanguageTag(lang: string | undefined): string {
  if (lang === undefined) return "en-US";
  const subtags = lang.split(/[-_]/);
  const primary = (subtags[0] ?? "").toLowerCase();
  const language = primary === "iw" ? "he" : primary;
  const region = subtags.slice(1).find((tag) => /^([A-Za-z]{2}|\d{3})$/.test(tag));
  if (region !== undefined) return `${language}-${region.toUpperCase()}`;
  if (language === "zh") return subtags.some((tag) => /^hant$/i.test(tag)) ? "zh-TW" : "zh-CN";
  const known = defaultRegions[language];
  return known === undefined ? lang : `${language}-${known}`;
}

/** Which of Word's three font and language slots a run's characters use (ECMA-376 §17.3.2.26). */
export type WordSlot = "latin" | "eastAsia" | "complex";

const slotOf: Partial<Record<Script, WordSlot>> = {
  latin: "latin",
  cyrillic: "latin",
  greek: "latin",
  han: "eastAsia",
  kana: "eastAsia",
  hangul: "eastAsia",
  arabic: "complex",
  hebrew: "complex",
  thai: "complex",
  devanagari: "complex",
};

/** True when a language is written in a script Word sets with its complex-script (w:cs) font. */
export function isComplexScriptLanguage(lang: string | undefined): boolean {
  return lang !== undefined && slotOf[scriptOfLanguage(lang)] === "complex";
}

function scriptOfLanguage(lang: string): Script {
  if (isRightToLeftLanguage(lang)) return /^(he|iw|yi)\b/i.test(lang) ? "hebrew" : "arabic";
  if (/^th\b/i.test(lang)) return "thai";
  if (/^(hi|mr|ne|sa)\b/i.test(lang)) return "devanagari";
  return "latin";
}

/** A stretch of text Word sets with one font slot in one language. */
export interface WordRun {
  text: string;
  slot: WordSlot;
  /** BCP 47, as `languageOf` gives it (`ar`, `zh-Hans`, `en`). */
  lang: string;
  /** Written right to left (Arabic, Hebrew): the run carries `w:rtl`. */
  rightToLeft: boolean;
}

interface CharClass {
  slot: WordSlot;
  lang: string;
  rightToLeft: boolean;
}

/**
 * The classes of characters in `language`, by code point: every character of every run is
 * classed, and a statement uses a few hundred distinct characters, so each is computed once.
 * `null` is a neutral character (it takes the run it is in).
 */
function classesIn(language: string | undefined): Map<number, CharClass | null> {
  let known = classes.get(language ?? "");
  if (known === undefined) {
    if (classes.size >= 16) classes.clear();
    known = new Map();
    classes.set(language ?? "", known);
  }
  return known;
}

const classes = new Map<string, Map<number, CharClass | null>>();

/**
 * How Word sets one character: by core's script rule (`scriptOf`, `languageOf`), except that
 * CJK punctuation, ideographic space and full-width forms (core's `isJapaneseChar`, which the
 * Word file has always set as East Asian) are East Asian in the document's East Asian language,
 * and symbols are neutral (Word has no symbol slot: they take the run they are in).
 */
function classOf(
  known: Map<number, CharClass | null>,
  code: number,
  language: string | undefined,
): CharClass | null {
  let cls = known.get(code);
  if (cls === undefined) {
    cls = computeClass(String.fromCodePoint(code), language) ?? null;
    if (known.size < 8192) known.set(code, cls);
  }
  return cls;
}

function computeClass(char: string, language: string | undefined): CharClass | undefined {
  let script = scriptOf(char);
  if (script === "symbol") script = "neutral";
  if ((script === "neutral" || script === "latin") && isJapaneseChar(char)) script = "han";
  const slot = slotOf[script];
  if (slot === undefined) return undefined;
  return { slot, lang: languageOf(script, language), rightToLeft: isRightToLeft(script) };
}

/**
 * Text split into runs of one Word slot and language. A neutral character (space, digit,
 * punctuation) joins the run before it, or the next one at the start, as in core's `scriptRuns`,
 * so "لعام 2024." is one Arabic run and "令和3年" one Japanese run. Text of neutral characters
 * only is in the document's own script: complex (and right to left for Arabic or Hebrew) in an
 * Arabic, Hebrew, Thai or Hindi document, else Latin in the language Latin text has there.
 */
export function wordRuns(text: string, language: string | undefined): WordRun[] {
  // Each run is sliced out of `text` once it ends, not built up a character at a time.
  const known = classesIn(language);
  const runs: WordRun[] = [];
  let current: CharClass | undefined;
  let start = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const cls = classOf(known, code, language);
    if (cls !== null) {
      if (current === undefined) current = cls;
      else if (
        current.slot !== cls.slot ||
        current.lang !== cls.lang ||
        current.rightToLeft !== cls.rightToLeft
      ) {
        runs.push(wordRun(text.slice(start, i), current));
        start = i;
        current = cls;
      }
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (current !== undefined) runs.push(wordRun(text.slice(start), current));
  else if (text.length > 0) {
    runs.push(
      isComplexScriptLanguage(language)
        ? {
            text,
            slot: "complex",
            lang: language ?? "en",
            rightToLeft: isRightToLeftLanguage(language),
          }
        : { text, slot: "latin", lang: languageOf("latin", language), rightToLeft: false },
    );
  }
  return runs;
}

function wordRun(text: string, cls: CharClass): WordRun {
  return { text, slot: cls.slot, lang: cls.lang, rightToLeft: cls.rightToLeft };
}

/** The runs of a text inline whose own language is `lang` (else the document's, `language`). */
export function inlineWordRuns(
  text: string,
  lang: string | undefined,
  language: string | undefined,
): WordRun[] {
  // A run the importer tagged Japanese is Japanese throughout, as it has always been written.
  if (isJapaneseTag(lang)) return [{ text, slot: "eastAsia", lang: "ja", rightToLeft: false }];
  return wordRuns(text, lang ?? language);
}

/**
 * A run's `w:lang`: `w:val` is always the run's language, and its slot's own attribute too
 * (`w:eastAsia` for Han, kana and Hangul, `w:bidi` for Arabic, Hebrew, Thai and Devanagari),
 * since Word and LibreOffice take the language of a character from its script's slot.
 */
export function runLanguage(run: WordRun): { value: string; eastAsia?: string; bidirectional?: string } {
  const tag = wordLanguageTag(run.lang);
  if (run.slot === "eastAsia") return { value: tag, eastAsia: tag };
  if (run.slot === "complex") return { value: tag, bidirectional: tag };
  return { value: tag };
}

/**
 * The document default `w:lang`: the document's language as `w:val` (as Word writes it for a
 * Japanese or English document), the language Han text takes in it as `w:eastAsia`, and for a
 * document in a complex script its language as `w:bidi`, so text typed in Word is proofed in it.
 */
export function defaultLanguage(language: string | undefined): {
  value: string;
  eastAsia: string;
  bidirectional?: string;
} {
  return {
    value: wordLanguageTag(language),
    eastAsia: wordLanguageTag(languageOf("han", language)),
    ...(isComplexScriptLanguage(language) ? { bidirectional: wordLanguageTag(language) } : {}),
  };
}
