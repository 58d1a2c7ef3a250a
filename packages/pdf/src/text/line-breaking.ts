// PDF line breaking: text → break opportunities (UAX #14 via linebreak, plus Japanese and Chinese
// kinsoku, plus word boundaries inside Thai, Lao, Khmer and Myanmar from Intl.Segmenter).
// linebreak is pinned to the version pdfkit resolves, so both break alike (pdfkit-internals test).
import { allMatches } from "@briefing/core";
import LineBreaker from "linebreak";

/**
 * Japanese kinsoku shori and its Chinese counterpart (避头尾: ，。、；：？！ and closing
 * brackets never start a line, opening ones never end one, an ellipsis is not split from the
 * text before it): characters that may not start a line, and those that may not end one.
 * UAX #14 already keeps most of these; the sets make the rule explicit and complete.
 */
const NO_LINE_START = new Set(
  Array.from(
    "、。，．・：；？！゛゜ヽヾゝゞ々ー）］｝〕〉》」』】〙〗〟’”｠»ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ‐゠–〜～)]},.;:!?…‥｡､",
  ),
);
const NO_LINE_END = new Set(Array.from("（［｛〔〈《「『【〘〖〝‘“｟«([{"));

/** A place a line may end: after the character before `position`. */
export interface BreakOpportunity {
  position: number;
  /** A forced break (a newline). */
  required: boolean;
}

/** The break opportunities of `text` (UTF-16 positions), kinsoku applied; the end of the text is one. */
export function breakOpportunities(text: string): BreakOpportunity[] {
  return [...eachBreakOpportunity(text)];
}

/**
 * `breakOpportunities` one at a time, so a long paragraph (a million words) is broken into
 * lines without holding an object per opportunity.
 */
export function* eachBreakOpportunity(text: string): Generator<BreakOpportunity> {
  const words = NO_SPACES.test(text) ? wordBoundaries(text) : [];
  let word = 0;
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    const { position, required } = next;
    for (; word < words.length && (words[word] as number) <= position; word++) {
      if ((words[word] as number) < position) yield { position: words[word] as number, required: false };
    }
    if (!required && position < text.length && !allowedByKinsoku(text, position)) continue;
    // linebreak's own break (position and required), not a copy: one object fewer per word.
    yield next;
  }
}

// Scripts written without spaces between words, which UAX #14 leaves to a dictionary (class SA):
// Thai, Lao, Myanmar, Khmer. linebreak has none, so it never breaks inside their words.
const NO_SPACES = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\uaa60-\uaa7f]/u;
const NO_SPACES_RUN = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\uaa60-\uaa7f]+/gu;
let segmenter: Intl.Segmenter | undefined;

/**
 * Word boundaries inside runs of those scripts (not at their ends, which UAX #14 rules), from
 * ICU's dictionary through Intl.Segmenter: line-break opportunities, in increasing order.
 */
function wordBoundaries(text: string): number[] {
  // ICU picks its dictionary by the characters' script; the locale only names a default.
  segmenter ??= new Intl.Segmenter("th", { granularity: "word" });
  const boundaries: number[] = [];
  for (const run of allMatches(NO_SPACES_RUN, text)) {
    const start = run.index;
    for (const { index } of segmenter.segment(run[0])) if (index > 0) boundaries.push(start + index);
  }
  return boundaries;
}

function allowedByKinsoku(text: string, position: number): boolean {
  const after = String.fromCodePoint(text.codePointAt(position) ?? 0);
  const before = text[position - 1] ?? "";
  return !NO_LINE_START.has(after) && !NO_LINE_END.has(before);
}
