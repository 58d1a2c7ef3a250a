// PDF measure pass: a paragraph's Lines → the line indices a page may break before because the
// line before ends a sentence (". ", "? ", "! ", "。", "？", "！" with the next sentence after it).
import type { Line } from "./pieces-to-lines.js";

/** A line that ends with a full stop, question or exclamation mark, closing quotes or brackets after it. */
const LATIN_END = /[.?!]["'”’)\]]*$/;
const CJK_END = /[。？！][」』）】”’]*$/;
/** Words whose full stop ends an abbreviation, not a sentence ("Mr. Guterres", "No. 5"). */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr st no nos art arts para paras prof sr jr rev amb gen hon e.g i.e cf vs etc. u.s u.k u.n h.e inc co ltd op cit ibid fig vol pp p"
    .split(" ")
    .map((word) => word.replace(/\.$/, "")),
);

function lineText(line: Line): string {
  return line.fragments.map((fragment) => fragment.text).join("");
}

/** Whether `text`, a line's text, ends a sentence that the text `after` (the next line) does not continue. */
export function endsSentence(text: string, after: string): boolean {
  const end = text.trimEnd();
  if (CJK_END.test(end)) return true;
  if (!LATIN_END.test(end)) return false;
  const start = after.trimStart();
  // A lower-case letter goes on with the same sentence ("approx. three").
  if (/^\p{Ll}/u.test(start)) return false;
  const word = (end.split(/\s+/).at(-1) ?? "").replace(/["'”’)\]]+$/, "").replace(/^["'“‘([]+/, "");
  if (!word.endsWith(".")) return true;
  const bare = word.slice(0, -1).toLowerCase();
  // An initial ("J. Smith") or a known abbreviation.
  return !(/^\p{L}$/u.test(bare) || ABBREVIATIONS.has(bare));
}

/** Indices k (0 < k < lines.length) where line k starts after a sentence ended on line k − 1. */
export function sentenceBreaks(lines: readonly Line[]): Set<number> {
  const breaks = new Set<number>();
  for (let k = 1; k < lines.length; k++) {
    const before = lines[k - 1];
    const after = lines[k];
    if (before && after && !before.hyphen && endsSentence(lineText(before), lineText(after))) breaks.add(k);
  }
  return breaks;
}
