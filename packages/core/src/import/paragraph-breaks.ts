// Import stage (plain text): source lines → where paragraphs start (hard-wrapped or not).

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
      /^\p{Ll}/u.test(line.text) ||
      (JAPANESE_END.test(previous.text) &&
        !TERMINAL.test(previous.text) &&
        JAPANESE_START.test(line.text) &&
        !/^\u3000/.test(line.indent));
    if ((indented || (ended && !continues)) && !honorificOnly) starts.push(index);
  }
  return starts;
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
