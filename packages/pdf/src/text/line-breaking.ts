// PDF line breaking: text → break opportunities (UAX #14 via linebreak, plus Japanese kinsoku).
// linebreak is pinned to the version pdfkit resolves, so both break alike (pdfkit-internals test).
import LineBreaker from "linebreak";

/**
 * Japanese kinsoku shori: characters that may not start a line, and those that may not end
 * one. UAX #14 already keeps most of these; the sets make the rule explicit and complete.
 */
const NO_LINE_START = new Set(
  Array.from(
    "、。，．・：；？！゛゜ヽヾゝゞ々ー）］｝〕〉》」』】〙〗〟’”｠»ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ‐゠–〜～)]},.;:!?",
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
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    const { position, required } = next;
    if (!required && position < text.length && !allowedByKinsoku(text, position)) continue;
    yield { position, required };
  }
}

function allowedByKinsoku(text: string, position: number): boolean {
  const after = String.fromCodePoint(text.codePointAt(position) ?? 0);
  const before = text[position - 1] ?? "";
  return !NO_LINE_START.has(after) && !NO_LINE_END.has(before);
}
