// PDF line breaking: English hyphenation opportunities (Liang patterns, the `hyphen` package's
// en-us set), loaded on first use and asked only for a word at a loose line end.
import { createRequire } from "node:module";
import { RecentCache } from "../fonts/recent-cache.js";

/** Shortest word hyphenated, and the fewest letters kept before and after a hyphen. */
export const MIN_WORD = 6;
export const MIN_BEFORE = 2;
export const MIN_AFTER = 3;

type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

let hyphenateSync: HyphenateSync | undefined;

function patterns(): HyphenateSync {
  // CommonJS, without types; required lazily so a document without a loose line never loads it.
  hyphenateSync ??= (createRequire(import.meta.url)("hyphen/en-us") as { hyphenateSync: HyphenateSync })
    .hyphenateSync;
  return hyphenateSync;
}

/** A word split around its letters: `lead` punctuation, the `letters`, and the `tail` after. */
export interface HyphenWord {
  lead: string;
  letters: string;
  tail: string;
}

// Opening punctuation, Latin letters (an apostrophe inside: "Organization's"), then closing
// punctuation and white space. Digits, slashes, dots between letters (URLs, e-mail, "U.N.")
// do not match, so such words are never hyphenated.
const WORD = /^([("“‘'[]*)([A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)?)([)"”’'\],.;:!?]*\s*)$/u;

/**
 * `text` as a word that may be hyphenated: English (`lang` en-* or unset), Latin letters only,
 * at least MIN_WORD letters, not all capitals (an acronym); otherwise undefined.
 */
export function hyphenWord(text: string, lang: string | undefined): HyphenWord | undefined {
  if (lang !== undefined && lang !== "en" && !lang.startsWith("en-")) return undefined;
  const match = WORD.exec(text);
  if (!match) return undefined;
  const [, lead = "", letters = "", tail = ""] = match;
  if (letters.length < MIN_WORD || letters === letters.toUpperCase()) return undefined;
  return { lead, letters, tail };
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
export function hyphenationPoints(letters: string): readonly number[] {
  return knownPoints.get(letters, findHyphenationPoints);
}

function findHyphenationPoints(letters: string): readonly number[] {
  const marked = patterns()(letters, { hyphenChar: "\u00ad", minWordLength: MIN_WORD });
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
