// Import stage: drafts, or a model's body → the same held to limits.ts (long blocks split).
// Too many lines or blocks is an error, raised before later stages spend time on them.

import { BriefingError, type SourcePosition, type Warning } from "../errors.js";
import type { Run, StatementBlock } from "../statement/statement-schema.js";
import { type Draft, type DraftLine, lineText } from "./draft.js";
import { MAX_LINES, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS } from "./limits.js";

const count = (n: number): string => n.toLocaleString("en-US");
const KIND = { paragraph: "paragraph", heading: "heading", list: "list item" } as const;

const CJK_END = /[。！？]/u;
const LATIN_END = /[.!?]/;
const CLOSER = /["”’)）]/u;
const SPACE = /\s/u;

/** True when a sentence ends just before `at`: "。", or ". " / ".” " with its space. */
function sentenceEndsAt(text: string, at: number): boolean {
  if (CJK_END.test(text.charAt(at - 1))) return true;
  if (!SPACE.test(text.charAt(at - 1))) return false;
  const mark = CLOSER.test(text.charAt(at - 2)) ? at - 3 : at - 2;
  return LATIN_END.test(text.charAt(mark));
}

/**
 * Offsets at which to cut `text` into pieces of at most `max` characters: after the last end
 * of a sentence in the second half of each piece, else after its last space, else at `max`
 * (never between the halves of a surrogate pair). One backward scan per piece: linear.
 */
export function cutOffsets(text: string, max = MAX_PARAGRAPH_CHARS): number[] {
  const cuts: number[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    let cut = -1;
    let space = -1;
    for (let at = limit; at > start + Math.floor(max / 2); at--) {
      if (sentenceEndsAt(text, at)) {
        cut = at;
        break;
      }
      if (space < 0 && SPACE.test(text.charAt(at - 1))) space = at;
    }
    if (cut < 0) cut = space;
    if (cut < 0) {
      const code = text.charCodeAt(limit);
      cut = code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
    }
    cuts.push(cut);
    start = cut;
  }
  return cuts;
}

/** The runs covering characters `from` to `to` of their joined text. */
function runsBetween(runs: Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const [start, end] = [at, at + run.text.length];
    at = end;
    if (end <= from || start >= to) continue;
    out.push({
      ...run,
      text: run.text.slice(Math.max(0, from - start), Math.min(run.text.length, to - start)),
    });
  }
  return out;
}

/** Runs cut into pieces of at most `max` characters each (see `cutOffsets`). */
export function splitRuns(runs: Run[], max = MAX_PARAGRAPH_CHARS): Run[][] {
  let text = "";
  for (const run of runs) text += run.text;
  const cuts = cutOffsets(text, max);
  if (cuts.length === 0) return [runs];
  const bounds = [0, ...cuts, text.length];
  const pieces: Run[][] = [];
  for (let i = 0; i + 1 < bounds.length; i++)
    pieces.push(runsBetween(runs, bounds[i] ?? 0, bounds[i + 1] ?? text.length));
  return pieces;
}

function splitWarning(
  file: string,
  line: number | undefined,
  kind: string,
  length: number,
  pieces: number,
): Warning {
  return {
    file,
    ...(line === undefined ? {} : { line, column: 1 }),
    message: `a ${kind} of ${count(length)} characters was split into ${count(pieces)} ${kind === "list item" ? "list items" : `${kind}s`}, since each is limited to ${count(MAX_PARAGRAPH_CHARS)} characters; add line breaks between its paragraphs`,
  };
}

const TOO_BIG_HINT =
  "check that this is one statement and not a collection or another kind of file; split a collection into one file per statement";

/**
 * Refuses text with more than `MAX_LINES` lines that are not blank, at the first one too many,
 * before the importer parses it: a million lines cost seconds in the parsers alone.
 * `lineOffset` is the number of lines above `text` in the file (front matter).
 */
export function checkLineCount(text: string, file: string, lineOffset = 0): void {
  let lines = 0;
  let line = lineOffset;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    line++;
    if (NOT_BLANK.test(text.slice(start, end)) && ++lines > MAX_LINES) {
      let total = lines;
      for (let at = end + 1; at < text.length; ) {
        let next = text.indexOf("\n", at);
        if (next < 0) next = text.length;
        if (NOT_BLANK.test(text.slice(at, next))) total++;
        at = next + 1;
      }
      throw new BriefingError(
        { file, line, column: 1 },
        `the statement has ${count(total)} lines of text (limit ${count(MAX_LINES)})`,
        TOO_BIG_HINT,
      );
    }
    start = end + 1;
  }
}

const NOT_BLANK = /\S/;

/** The error for a body of more than `MAX_PARAGRAPHS` blocks; `at` is where the first one too many is. */
export function tooManyParagraphs(at: SourcePosition, blocks: number): BriefingError {
  return new BriefingError(
    at,
    `the statement has ${count(blocks)} paragraphs, headings and list items (limit ${count(MAX_PARAGRAPHS)})`,
    TOO_BIG_HINT,
  );
}

/**
 * Holds drafts to the limits before any later stage reads them: a paragraph, heading or list
 * item longer than `MAX_PARAGRAPH_CHARS` is split (between its lines where it can, inside a
 * line where it must), with one warning each; more than `MAX_PARAGRAPHS` blocks is an error at
 * the first one too many.
 */
export function boundDrafts(drafts: Draft[], file: string, warnings: Warning[]): Draft[] {
  const out: Draft[] = [];
  for (const draft of drafts) {
    let length = 0;
    let longest = 0;
    for (const line of draft.lines) {
      const size = lineText(line).length;
      length += size + 1;
      longest = Math.max(longest, size);
    }
    if (draft.type === "list" ? longest <= MAX_PARAGRAPH_CHARS : length <= MAX_PARAGRAPH_CHARS + 1) {
      out.push(draft);
      continue;
    }
    const before = out.length;
    if (draft.type === "list") {
      const lines: DraftLine[] = [];
      for (const line of draft.lines) {
        const pieces = splitRuns(line.runs);
        if (pieces.length > 1)
          warnings.push(splitWarning(file, line.line, KIND.list, lineText(line).length, pieces.length));
        for (const runs of pieces) lines.push({ ...line, runs });
      }
      out.push({ ...draft, lines });
      continue;
    }
    // Whole lines go together up to the limit; a line longer than the limit is cut inside.
    let group: DraftLine[] = [];
    let size = 0;
    const flush = () => {
      if (group.length > 0) out.push({ ...draft, lines: group });
      group = [];
      size = 0;
    };
    for (const line of draft.lines) {
      const lineSize = lineText(line).length;
      if (lineSize > MAX_PARAGRAPH_CHARS) {
        flush();
        for (const runs of splitRuns(line.runs)) out.push({ ...draft, lines: [{ ...line, runs }] });
        continue;
      }
      if (size + lineSize + 1 > MAX_PARAGRAPH_CHARS) flush();
      group.push(line);
      size += lineSize + 1;
    }
    flush();
    warnings.push(
      splitWarning(file, draft.lines[0]?.line, KIND[draft.type], length - 1, out.length - before),
    );
  }
  let blocks = 0;
  for (const draft of out) {
    const size = draft.type === "list" ? draft.lines.length : 1;
    if (blocks + size > MAX_PARAGRAPHS) {
      const line = draft.type === "list" ? draft.lines[MAX_PARAGRAPHS - blocks] : draft.lines[0];
      let total = 0;
      for (const each of out) total += each.type === "list" ? each.lines.length : 1;
      throw tooManyParagraphs({ file, line: line?.line ?? 1, column: 1 }, total);
    }
    blocks += size;
  }
  return out;
}

/** Paragraphs, headings and list items of a body: what `MAX_PARAGRAPHS` counts. */
export function blockCount(body: StatementBlock[]): number {
  let total = 0;
  for (const block of body) total += block.type === "list" ? block.items.length : 1;
  return total;
}

/**
 * The same limits for a statement read as the model itself (YAML, JSON, Word): long blocks are
 * split with a warning, too many blocks is an error. `lineOf` gives the line of body[index]
 * where the source has lines.
 */
export function boundBody(
  body: StatementBlock[],
  file: string,
  warnings: Warning[],
  lineOf: (index: number) => number | undefined = () => undefined,
): StatementBlock[] {
  const total = blockCount(body);
  if (total > MAX_PARAGRAPHS) {
    let blocks = 0;
    let index = 0;
    for (const block of body) {
      blocks += block.type === "list" ? block.items.length : 1;
      if (blocks > MAX_PARAGRAPHS) break;
      index++;
    }
    const line = lineOf(index);
    throw tooManyParagraphs(line === undefined ? { file } : { file, line, column: 1 }, total);
  }
  const textLength = (runs: Run[]) => runs.reduce((sum, run) => sum + run.text.length, 0);
  if (
    !body.some((block) =>
      (block.type === "list" ? block.items : [block.runs]).some(
        (runs) => textLength(runs) > MAX_PARAGRAPH_CHARS,
      ),
    )
  )
    return body;
  const out: StatementBlock[] = [];
  body.forEach((block, index) => {
    if (block.type === "list") {
      const items: Run[][] = [];
      for (const item of block.items) {
        const pieces = splitRuns(item);
        if (pieces.length > 1)
          warnings.push(splitWarning(file, lineOf(index), KIND.list, textLength(item), pieces.length));
        items.push(...pieces);
      }
      out.push({ ...block, items });
      return;
    }
    const pieces = splitRuns(block.runs);
    if (pieces.length > 1)
      warnings.push(
        splitWarning(file, lineOf(index), KIND[block.type], textLength(block.runs), pieces.length),
      );
    for (const runs of pieces) out.push({ ...block, runs });
  });
  const after = blockCount(out);
  if (after > MAX_PARAGRAPHS) throw tooManyParagraphs({ file }, after);
  return out;
}
