// PDF line breaking: hyphenation opportunities (Liang patterns, the `hyphen` package's sets for
// English, French, Spanish, Italian, Portuguese and German), each loaded on first use and asked
// only for a word at a loose line end.
import { createRequire } from "node:module";
import { RecentCache } from "../fonts/recent-cache.js";

/** Shortest word hyphenated, and the fewest letters kept before and after a hyphen. */
export const MIN_WORD = 6;
export const MIN_BEFORE = 2;
export const MIN_AFTER = 3;

type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

/**
 * The pattern set for each language a statement is tagged with. Without hyphenation a justified
 * line of long French or Italian words is either stretched past twice its spaces or left ragged.
 */
const PATTERNS: Readonly<Record<string, string>> = {
  en: "en-us",
  fr: "fr",
  es: "es",
  it: "it",
  pt: "pt",
  de: "de-1996",
};

const loaded = new Map<string, HyphenateSync>();

function patterns(set: string): HyphenateSync {
  let hyphenate = loaded.get(set);
  if (hyphenate === undefined) {
    // CommonJS, without types; required lazily so a document without a loose line never loads it.
    hyphenate = (createRequire(import.meta.url)(`hyphen/${set}`) as { hyphenateSync: HyphenateSync })
      .hyphenateSync;
    loaded.set(set, hyphenate);
  }
  return hyphenate;
}

/** A word split around its letters: `lead` punctuation, the `letters`, and the `tail` after. */
export interface HyphenWord {
  lead: string;
  letters: string;
  tail: string;
  /** The `hyphen` pattern set of its language ("en-us", "fr", …). */
  patterns: string;
}

// Opening punctuation, Latin letters (an apostrophe inside: "Organization's"), then closing
// punctuation and white space. Digits, slashes, dots between letters (URLs, e-mail, "U.N.")
// do not match, so such words are never hyphenated. The first part of a compound the line
// breaker split after its hyphen ("Secretary-" of "Secretary-General") may be: a justified line
// before it is otherwise left ragged when "Secretary-" does not fit.
const WORD =
  /^([("“‘'[]*)([A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)?)([)"”’'\],.;:!?]*\s*|[-‐]\s*)$/u;

/**
 * `text` as a word that may be hyphenated: in a language with patterns (`lang` en-*, fr, es, it,
 * pt, de, or unset for English), Latin letters only, at least MIN_WORD letters, not all capitals
 * (an acronym); otherwise undefined.
 */
export function hyphenWord(text: string, lang: string | undefined): HyphenWord | undefined {
  const set = PATTERNS[(lang ?? "en").split("-")[0]?.toLowerCase() ?? ""];
  if (set === undefined) return undefined;
  const match = WORD.exec(text);
  if (!match) return undefined;
  const [, lead = "", letters = "", tail = ""] = match;
  if (letters.length < MIN_WORD || letters === letters.toUpperCase()) return undefined;
  return { lead, letters, tail, patterns: set };
}

/**
 * Words already hyphenated, by their letters: the same words end loose lines in document after
 * document, and the `hyphen` package builds its reader (closures V8 compiles afresh after each full
 * collection) on every call. A few hundred words' worth of characters per generation.
 */
const knownPoints = new RecentCache<readonly number[]>(8_000, 16);

/**
 * Positions inside `letters` where a hyphen may go, ascending, at least MIN_BEFORE letters
 * from the start and MIN_AFTER from the end; none inside "'s".
 */
export function hyphenationPoints(letters: string, set = "en-us"): readonly number[] {
  // English words are keyed by their letters alone, as before other languages had patterns.
  return set === "en-us"
    ? knownPoints.get(letters, findHyphenationPoints, set)
    : knownPoints.get(`${set}\u0000${letters}`, findHyphenationPoints, set);
}

function findHyphenationPoints(key: string, set: string): readonly number[] {
  const letters = set === "en-us" ? key : key.slice(set.length + 1);
  const marked = patterns(set)(letters, { hyphenChar: "\u00ad", minWordLength: MIN_WORD });
  const points: number[] = [];
  let at = 0;
  for (const char of marked) {
    if (char === "\u00ad") {
      if (
        at >= MIN_BEFORE &&
        letters.length - at >= MIN_AFTER &&
        !/['’]/u.test(letters.slice(at - 1, at + 1))
      )
        points.push(at);
    } else at += char.length;
  }
  return points;
}
