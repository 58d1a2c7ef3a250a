// Import stage (plain text): source lines → where paragraphs start (hard-wrapped or not).

import { findDate } from "../dates/parse-date-text.js";
import { allMatches } from "../text/native-regexps.js";

/**
 * Where paragraphs begin in plain text that was pasted from a web page. Pages put a paragraph
 * on each line with no blank line between, while text from e-mail or PDF is hard-wrapped: one
 * paragraph spread over lines of about the same width. A block of lines is read as wrapped when
 * most of its full-width lines stop mid-sentence; otherwise every line is its own paragraph.
 */

/** A line as it stood in the file: text without its indentation, and the indentation. */
export interface SourceLine {
  text: string;
  indent: string;
}

const JAPANESE_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー、，]$/u;
const JAPANESE_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const TERMINAL = /(?:[.!?。！？:：;]|[.!?。！？][”"’'）)」』]|[)）])$/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

/** Display width: East Asian wide characters count as two columns. */
function width(text: string): number {
  return text.length + (text.length - text.replace(WIDE, "").length);
}

// A loop, not Math.max(...values): spreading a block of 200,000 lines overflows the stack.
function maxOf(values: Iterable<number>, start = Number.NEGATIVE_INFINITY): number {
  let max = start;
  for (const value of values) if (value > max) max = value;
  return max;
}

/**
 * The width at which a file is hard-wrapped, when it is: the widest line of the blocks whose
 * full-width lines mostly stop mid-sentence. Undefined for text with a paragraph to a line.
 */
export function wrapWidthOf(blocks: SourceLine[][]): number | undefined {
  const wrapped = blocks.filter((lines) => {
    if (lines.length < 2) return false;
    const widths = lines.map((line) => width(line.text));
    const max = maxOf(widths);
    const inner = lines.slice(0, -1).filter((_, at) => (widths[at] ?? 0) >= max * 0.6);
    return max >= 40 && inner.filter((line) => !TERMINAL.test(line.text)).length * 2 > inner.length;
  });
  if (wrapped.length === 0) return undefined;
  return maxOf(wrapped.map((lines) => maxOf(lines.map((line) => width(line.text)))));
}

/**
 * Blank lines that only space out a hard-wrapped text ("double-spaced" copies of PDFs): a blank
 * line after every line, so that a paragraph's lines stand apart as if each were a paragraph.
 * Read from the text as a whole: at least four lines of about the same width that stop
 * mid-sentence and are followed by one blank line, most of them going on in lower case after it.
 * Returns the indices of the blank rows that join the lines around them (a blank row after a
 * line that stops mid-sentence, or before one that goes on in lower case), or undefined.
 */
export function softBlankRows(rows: readonly string[]): Set<number> | undefined {
  const candidates: { at: number; text: string; next: string; width: number }[] = [];
  for (let at = 0; at + 2 < rows.length; at++) {
    const text = (rows[at] as string).trim();
    const next = (rows[at + 2] as string).trim();
    if (text === "" || next === "" || (rows[at + 1] as string).trim() !== "") continue;
    candidates.push({ at, text, next, width: width(text) });
  }
  // The widest width four unfinished lines share (within 15 %): a long headline above is no wrap.
  const widths = candidates
    .filter((c) => !TERMINAL.test(c.text))
    .map((c) => c.width)
    .sort((a, b) => b - a);
  const wrapWidth = widths.find((w, at) => (widths[at + 3] ?? 0) >= w * 0.85) ?? 0;
  if (wrapWidth < 40) return undefined;
  const full = candidates.filter((c) => c.width >= wrapWidth * 0.75);
  const cut = full.filter((c) => !TERMINAL.test(c.text));
  const goesOn = cut.filter((c) => /^[\p{Ll}\d]/u.test(c.next));
  if (cut.length < 4 || cut.length * 2 < full.length || goesOn.length * 2 < cut.length) return undefined;
  const soft = new Set<number>();
  // A line wider than the wrap (a headline above the text) keeps its blank line.
  for (const c of candidates)
    if (
      c.width <= wrapWidth &&
      ((c.width >= wrapWidth * 0.75 && !TERMINAL.test(c.text)) || /^\p{Ll}/u.test(c.next))
    )
      soft.add(c.at + 1);
  return soft;
}

/**
 * Whether `next` goes on with the list item whose last line is `previous` in hard-wrapped text
 * with no indent ("1. On behalf of the Royal Government of Bhutan, allow me to extend my" /
 * "delegation's warm congratulations …"): the item's line stops mid-sentence, and either it is
 * a long line (the wrap) or `next` goes on in lower case. A short item without a full stop
 * ("• Peace") followed by a sentence in capitals stays an item of its own.
 */
export function continuesListItem(previous: string, next: string): boolean {
  const last = previous.trim();
  if (last === "" || TERMINAL.test(last)) return false;
  // After a comma only a line in lower case goes on: "Excellencies," above "Mr. President" does not.
  return /^\p{Ll}/u.test(next) || (width(last) >= 60 && !/[,，、]$/u.test(last));
}

/** The indices of `lines` at which a new paragraph starts (always including 0). */
export function paragraphStarts(lines: SourceLine[], wrapWidth?: number): number[] {
  if (lines.length < 2) return [0];
  const widths = lines.map((line) => width(line.text));
  const maxWidth = maxOf(widths, wrapWidth ?? 0);
  const long = lines
    .slice(0, -1)
    .map((line, index) => ({ line, width: widths[index] ?? 0 }))
    .filter(({ width }) => width >= maxWidth * 0.6 && maxWidth >= 40);
  const unfinished = long.filter(({ line }) => !TERMINAL.test(line.text)).length;
  // Blocks elsewhere in the file wrapped at about this width: a line as wide is wrapped too.
  const wrapped =
    (long.length > 0 && unfinished * 2 > long.length) ||
    (wrapWidth !== undefined && widths.slice(0, -1).every((w) => w >= wrapWidth * 0.8));
  const starts = [0];
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1] as SourceLine;
    const line = lines[index] as SourceLine;
    const previousWidth = widths[index - 1] ?? 0;
    // 字下げ: a full-width space opens a Japanese paragraph; a deeper indent opens an English one.
    const indented =
      /^\u3000/.test(line.indent) ||
      (indentWidth(line.indent) > indentWidth(previous.indent) && TERMINAL.test(previous.text));
    const ended = wrapped
      ? previousWidth < maxWidth * 0.7 || (TERMINAL.test(previous.text) && previousWidth < maxWidth * 0.85)
      : true;
    // "Mr." / "President," split over two lines is one address; a line that starts in lower case,
    // or follows a Japanese line cut before its 。, goes on with the sentence before it.
    const honorificOnly = /^(?:Mr|Mrs|Ms|Dr|Mdm|H\.\s?E)\.?$|^(?:Madam|Madame|Mister)$/i.test(previous.text);
    const continues =
      (/^\p{Ll}/u.test(line.text) && !opensLetteredItem(previous.text, line.text)) ||
      (JAPANESE_END.test(previous.text) &&
        !TERMINAL.test(previous.text) &&
        JAPANESE_START.test(line.text) &&
        !/^\u3000/.test(line.indent));
    if ((indented || (ended && !continues)) && !honorificOnly) starts.push(index);
  }
  return starts;
}

const ITEM_MARKER = /^(?:\((?<enclosed>[a-z]{1,5})\)|(?<closed>[a-z]{1,5})([.)]))\s+\S/u;
const ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/u;

/** A line's item marker ("a)", "(ii)", "c."): its form and its number read as a letter and as a Roman numeral. */
function itemMarker(text: string): { form: string; letter: number; roman: number } | undefined {
  const match = ITEM_MARKER.exec(text);
  const label = match?.groups?.enclosed ?? match?.groups?.closed;
  if (!match || !label) return undefined;
  const letter = label.length === 1 ? label.charCodeAt(0) - 96 : 0;
  const roman = label !== "" && ROMAN.test(label) ? romanValue(label) : 0;
  if (letter === 0 && roman === 0) return undefined;
  return { form: match.groups?.enclosed ? "()" : (match[3] ?? ""), letter, roman };
}

function romanValue(numeral: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let at = 0; at < numeral.length; at++) {
    const value = values[numeral[at] as string] ?? 0;
    const next = values[numeral[at + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * A lettered or Roman-numbered item ("a) Freedom from war", "(ii) …") starts in lower case but is
 * no continuation: it opens a line of its own when it is the first item after a finished line
 * ("… three promises:") or the next item after the line before ("a) …" then "b) …").
 */
function opensLetteredItem(previous: string, text: string): boolean {
  const item = itemMarker(text);
  if (!item) return false;
  if ((item.letter === 1 || item.roman === 1) && TERMINAL.test(previous)) return true;
  const before = itemMarker(previous);
  if (!before || before.form !== item.form) return false;
  return (
    (before.letter > 0 && item.letter === before.letter + 1) ||
    (before.roman > 0 && item.roman === before.roman + 1)
  );
}

function indentWidth(indent: string): number {
  return width(indent.replace(/\t/g, "    "));
}

const GLUE =
  /(?<=[\p{Ll}\d)\]]{2}[.!?]["”’]?)(?=(?:Mr|Mrs|Ms|Madam|Madame|Excellenc|Thank|Distinguished|Dear|Co-Chair|Chair|President|I|We|Our|In|The|This|Let|Finally|Allow|Today|Japan|Ladies)\b)/gu;

/**
 * Two sentences glued where a line break was lost ("…in 2023.Mr. President,"): the line is cut
 * where a sentence ends with no space before the next one begins. Abbreviations such as "U.S."
 * or "e.g." never match (they have no two lower-case letters before the full stop).
 */
export function unglueSentences(text: string): string[] {
  const parts = text.split(GLUE);
  return parts.length > 1 ? parts.map((part) => part.trim()).filter((part) => part !== "") : [text];
}

/** A statement's first words when its header comes first: where a flattened page starts. */
// Case as pages write it: "The statement by the Secretary-General…" opening a long paragraph of
// the body must not match.
const HEADER_OPENER =
  /^(?:(?:Consolidated\s+|Joint\s+|National\s+)?(?:Statement|Address|Remarks|Speech|Intervention)\s+(?:by|of|delivered by)\b|(?:CONSOLIDATED\s+|JOINT\s+|NATIONAL\s+)?(?:STATEMENT|ADDRESS|REMARKS|SPEECH)\s+(?:BY|OF|DELIVERED BY)\b|(?:Permanent )?Mission of\b|(?:PERMANENT )?MISSION OF\b|(?:[A-Z]+\s){1,3}STATEMENT\b)/u;
/** One greeting of a salutation: "Mr. President", "Excellencies", "Ladies and Gentlemen". */
const GREETING =
  "(?:(?:Mr\\.?|Madam|Madame|Mister)\\s+(?:President|Chair(?:man|person)?|Co-Chairs?|Secretary-General|Moderator)|(?:H\\.E\\.\\s+)?(?:Mr\\.?|Ms\\.?|Mrs\\.?)\\s+[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,5}(?:,\\s*(?:the\\s+)?(?:President|Chair(?:man|person)?|Secretary-General)[\\p{L}\\s,()-]{0,90}?)?|Excellencies|Your Excellenc(?:y|ies)|Distinguished\\s+(?:delegates|colleagues|guests|participants)|Ladies\\s+and\\s+Gentlemen|Dear\\s+(?:colleagues|friends)|Colleagues|Friends)";
// Not after "by": "Statement by H.E. Mr. X, President of …," names the speaker, greets no one.
const SALUTATION = new RegExp(
  `(?<![\\p{L}])(?<!\\bby:?\\s+(?:H\\.E\\.\\s+)?)(?:${GREETING}\\s*[,:;]\\s*)+`,
  "gu",
);
const LEADING_SALUTATION = new RegExp(`^(?:${GREETING}\\s*[,:;]\\s*)+(?=\\p{Lu})`, "u");
const LATER_SALUTATION =
  /(?<=[.!?]["”’]?)\s+(?=(?:Mr\.?|Madam|Madame)\s+(?:President|Chair(?:man|person)?|Co-Chairs?)\s*[,:])/gu;
/** Parts of a flattened header that stand on their own lines on the page. */
const HEADER_PART = new RegExp(
  [
    "(?<!\\b(?:[Pp]lease|PLEASE))\\s+(?=\\(?(?:[Pp]lease\\s+|PLEASE\\s+)?(?:[Cc]heck\\s+against\\s+delivery|CHECK\\s+AGAINST\\s+DELIVERY)\\b)",
    "(?<=\\b(?:[Cc]heck\\s+against\\s+delivery|CHECK\\s+AGAINST\\s+DELIVERY)\\)?)\\s+",
    "\\s+(?=(?:Permanent Mission|PERMANENT MISSION)\\s+of\\b)",
    "(?<!\\b(?:Consolidated|Joint|CONSOLIDATED|JOINT))\\s+(?=(?:Consolidated\\s+|Joint\\s+|CONSOLIDATED\\s+|JOINT\\s+)?(?:Statement|STATEMENT|Address|ADDRESS|Remarks|REMARKS)\\s+(?:by|BY)\\b)",
    "\\s+(?=\\d{1,5}\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+){1,4}(?:Street|Avenue|Ave\\.|Road|Place|Plaza)\\b)",
  ].join("|"),
  "u",
);

/** A line this long that holds a whole statement was flattened (text taken from a PDF). */
const FLATTENED_LINE = 600;

/**
 * A whole statement on one line, as document-sharing sites give a PDF's text: "Statement by H.E.
 * … (Please check against delivery) Permanent Mission of … 336 East 45th Street … Mr. President,
 * Excellencies, … I warmly congratulate you … Mr. President, The United Nations …". Cut into the
 * lines the page had: the header's parts, the salutation, and a paragraph at each later "Mr.
 * President," after a sentence's end; a long line that is the body alone, opening with its
 * salutation, is cut the same way. Any other line is returned whole.
 */
export function unflattenStatement(text: string): string[] {
  if (text.length < FLATTENED_LINE) return [text];
  // The body alone on one line ("Mr. President, As this is my first time … Mr. President, China …").
  if (!HEADER_OPENER.test(text)) return LEADING_SALUTATION.test(text) ? bodyParts(text) : [text];
  let salutation: RegExpExecArray | undefined;
  for (const match of allMatches(SALUTATION, text.slice(0, 1500)))
    if (match.index >= 20) {
      salutation = match;
      break;
    }
  if (salutation === undefined) return [text];
  const header = text.slice(0, salutation.index).trim();
  const body = text.slice(salutation.index).trim();
  if (body.length < 100) return [text];
  return [...header.split(HEADER_PART).flatMap(beforeDate), ...bodyParts(body)]
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** A header part cut where its date line begins ("… 76th Session | October 12, 2021 New York"). */
function beforeDate(part: string): string[] {
  const found = findDate(part);
  return found && found.index > 0 ? [part.slice(0, found.index), part.slice(found.index)] : [part];
}

/** A flattened body: its salutations, each on a line, and a paragraph after each. */
function bodyParts(body: string): string[] {
  const parts: string[] = [];
  for (const paragraph of body.split(LATER_SALUTATION)) {
    const greeting = LEADING_SALUTATION.exec(paragraph.trim())?.[0];
    if (greeting === undefined) parts.push(paragraph);
    else parts.push(greeting, paragraph.trim().slice(greeting.length));
  }
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}
