// Import stage: a header run into the first paragraph before its address → a header line and the text.

import type { Draft, DraftLine } from "./draft.js";
import { lineText } from "./draft.js";

/**
 * The address a statement opens with, inside a line: "Thank you, Mr. President.", "Mr. President,",
 * "Madame President,", "Mr. Chair,". Only the chair's titles: a name or a greeting ("Excellencies")
 * inside a header is too common to cut at.
 */
const ADDRESS_INSIDE =
  /\s((?:Thank you,?\s+)?(?:Mr\.?|Madam|Madame|Mister)\s+(?:President|Chair(?:man|person|woman)?|Co-Chairs?|Vice-President)\s*[,.:])/u;
/** What a header says: a date, the kind of text, the meeting, or for whom it is spoken. */
const HEADER_WORDS =
  /\b(?:\d{4}|statement|remarks|speech|intervention|on behalf of|session|council|assembly|committee|conference|debate|agenda item)\b/iu;
/** A sentence ending inside the prefix: then it is text, not a header ("… 2007. We …"). */
const SENTENCE_INSIDE = /[.!?]\s+\p{Lu}\p{Ll}/u;

/**
 * Text saved from a PDF may run its cover into the first paragraph: "Source: Human Rights Council,
 * Fourth Session March 15, 2007 General Debate Algeria on behalf of the African Group Thank you,
 * Mr. President. I am making …". When the first paragraph's first line holds the chair's address
 * after up to 400 characters that read as a header (a date, the kind of text, the meeting) and make
 * no sentence, the words before the address become a header line of their own, so the header rules
 * read them and the text starts at the address.
 */
export function splitHeaderRunIn(drafts: Draft[]): Draft[] {
  // The first paragraph, or one of the next two under short header lines (a blog's date and
  // headline above "Statement of … 21 September 2020 *** Mr. President, I am …").
  let seen = 0;
  for (let at = 0; at < drafts.length && seen < 3; at++) {
    const draft = drafts[at] as Draft;
    const line = draft.lines[0];
    if (!line || !draft.lines.some(hasText)) continue;
    seen++;
    const text = lineText(line);
    const found = draft.type === "paragraph" ? ADDRESS_INSIDE.exec(text) : null;
    if (found && found.index >= 20 && found.index <= 400) return splitAt(drafts, at, found.index + 1);
    // Above the paragraph, only what a header holds: lines short of a sentence.
    if (text.length > 200 || SENTENCE_INSIDE.test(text)) return drafts;
  }
  return drafts;
}

function hasText(line: DraftLine): boolean {
  return lineText(line).trim() !== "";
}

/** `drafts` with the first line of draft `at` parted at `cut`, when what is before it reads as a header. */
function splitAt(drafts: Draft[], at: number, cut: number): Draft[] {
  const draft = drafts[at] as Draft;
  const line = draft.lines[0] as DraftLine;
  const prefix = lineText(line).slice(0, cut).trim();
  if (!HEADER_WORDS.test(prefix) || SENTENCE_INSIDE.test(prefix)) return drafts;
  const split = splitLine(line, cut);
  if (!split) return drafts;
  const [head, rest] = split;
  return [
    ...drafts.slice(0, at),
    { type: "paragraph", lines: [head] },
    { ...draft, lines: [rest, ...draft.lines.slice(1)] },
    ...drafts.slice(at + 1),
  ];
}

/** `line` cut at character `cut` of its text: the runs before and after, both on its line number. */
function splitLine(line: DraftLine, cut: number): [DraftLine, DraftLine] | undefined {
  let offset = 0;
  for (const [index, run] of line.runs.entries()) {
    const end = offset + run.text.length;
    if (cut <= end) {
      const inside = cut - offset;
      // "… 21 September 2020 ***": a separator between the cover and the text goes with neither.
      const head = run.text.slice(0, inside).replace(/[\s*•·|–—-]+$/u, "");
      const before = [...line.runs.slice(0, index), { ...run, text: head }];
      const after = [{ ...run, text: run.text.slice(inside) }, ...line.runs.slice(index + 1)];
      return [
        { ...line, runs: before.filter((part) => part.text !== "") },
        { ...line, runs: after.filter((part) => part.text !== "") },
      ];
    }
    offset = end;
  }
  return undefined;
}
