// PDF draw pass: a line's text in visual order by the Unicode bidirectional algorithm (bidi-js):
// levels per character, runs of one level reordered (UAX #9 L1, L2), brackets mirrored (L4).
import type { Bidi } from "bidi-js";
import * as bidiJs from "bidi-js";

// bidi-js is CommonJS whose module.exports is the factory; its types declare it an ES default
// export, which NodeNext resolution types as the namespace. `default` is the factory either way.
const bidi = (bidiJs.default as unknown as () => Bidi)();

// Hebrew, Arabic (with Syriac, Thaana, NKo, Samaritan…), their presentation forms, and the
// right-to-left blocks of the supplementary planes: a line without them needs no reordering.
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Whether `text` has a character written right to left (so a line with it needs bidi). */
export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

/** A stretch of one item's text at one embedding level, in logical order. */
export interface BidiRun<T> {
  item: T;
  /** Index of the item in the line (logical order). */
  index: number;
  /** Where `text` starts in the item's text. */
  start: number;
  text: string;
  /** Right to left (an odd level): drawn reversed, with `mirrored` brackets. */
  rtl: boolean;
  /** `text` with its brackets and other mirrored characters swapped when `rtl`. */
  mirrored: string;
  level: number;
}

const LINE_END_SPACE = /[\s\u200b-\u200f\u2066-\u2069]/u;

/**
 * Splits the items of one line (in logical order) into runs of one level and returns them in
 * visual order, left to right. `rtl`: the paragraph's base direction is right to left.
 */
export function visualRuns<T extends { text: string }>(items: readonly T[], rtl: boolean): BidiRun<T>[] {
  const text = items.map((item) => item.text).join("");
  const base = rtl ? 1 : 0;
  const levels = bidi.getEmbeddingLevels(text, rtl ? "rtl" : "ltr").levels;
  // L1: white space at the line's end goes back to the paragraph level, so it hangs at the
  // line's end whatever the text before it (the levels were resolved for the line alone).
  for (let i = text.length - 1; i >= 0 && LINE_END_SPACE.test(text[i] as string); i--) levels[i] = base;
  const runs: BidiRun<T>[] = [];
  let at = 0;
  items.forEach((item, index) => {
    let start = 0;
    for (let i = 1; i <= item.text.length; i++) {
      if (i < item.text.length && levels[at + i] === levels[at + start]) continue;
      // A surrogate pair has one level for both halves, so a run never splits one.
      const level = levels[at + start] as number;
      const part = item.text.slice(start, i);
      const odd = level % 2 === 1;
      runs.push({ item, index, start, text: part, rtl: odd, mirrored: odd ? mirror(part) : part, level });
      start = i;
    }
    at += item.text.length;
  });
  // L2: from the highest level down to the lowest odd one, reverse every sequence of runs at
  // that level or higher.
  let highest = 0;
  let lowestOdd = Infinity;
  for (const run of runs) {
    highest = Math.max(highest, run.level);
    if (run.level % 2 === 1) lowestOdd = Math.min(lowestOdd, run.level);
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length; ) {
      if ((runs[i] as BidiRun<T>).level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < runs.length && (runs[end] as BidiRun<T>).level >= level) end++;
      const reversed = runs.slice(i, end).reverse();
      runs.splice(i, reversed.length, ...reversed);
      i = end;
    }
  }
  return runs;
}

/** `text` with each character that has a mirrored form (brackets, < >, «») replaced by it. */
export function mirror(text: string): string {
  let mirrored = "";
  for (const char of text) mirrored += bidi.getMirroredCharacter(char) ?? char;
  return mirrored;
}
