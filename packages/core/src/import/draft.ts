// Import stage: Draft, a block as the text or Markdown importer read it (lines of runs).
// Both importers hand this one shape to drafts-to-statement, so the rules after are shared.

import type { Run } from "../statement/statement-schema.js";
import { runsText } from "./runs.js";

/** One source line of a block, as inline runs, with its 1-based line number in the file. */
export interface DraftLine {
  runs: Run[];
  line: number;
  /** Every word of the line is link text (a navigation bar pasted from a web page). */
  linkOnly?: boolean;
}

/**
 * A block as an importer read it, before header lines become metadata and paragraphs get
 * roles: text and Markdown both produce drafts, so everything after is shared.
 */
export type Draft =
  | { type: "heading"; level: number; lines: DraftLine[] }
  | { type: "paragraph"; lines: DraftLine[] }
  | { type: "list"; ordered: boolean; lines: DraftLine[] };

export function lineText(line: DraftLine): string {
  return runsText(line.runs);
}

/** The draft's text with its lines joined as they will be in the statement. */
export function draftText(draft: Draft): string {
  return runsText(joinRuns(draft.lines.map(lineRuns)));
}

function lineRuns(line: DraftLine): Run[] {
  return line.runs;
}

const JAPANESE_EDGE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u;

/** Joins wrapped lines: with a space, except between two Japanese characters. */
export function joinRuns(lines: Run[][]): Run[] {
  const joined: Run[] = [];
  for (const runs of lines) {
    const previous = joined.at(-1)?.text.at(-1);
    const next = runs[0]?.text[0];
    if (previous !== undefined && next !== undefined) {
      const tight = JAPANESE_EDGE.test(previous) && JAPANESE_EDGE.test(next);
      if (!tight && !/\s/.test(previous) && !/\s/.test(next)) joined.push({ text: " " });
    }
    joined.push(...runs);
  }
  return joined;
}

/**
 * "1 I thank you …", "2. India …", "3) 我が国は …": a UN paragraph number before a paragraph's
 * text (the number captured).
 */
export const PARAGRAPH_NUMBER =
  /^(\d{1,3})[.)]?\s+(?=[\p{Lu}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}"“‘(])/u;
