// Shared import rule: runs → final shape (lang "ja" by script, merged, trimmed); run slicing.
// Used by the text, Markdown and Word importers, so all mark languages the same way.

import type { Mark, Run } from "../statement/statement-schema.js";
import { JAPANESE_CHAR } from "../text/script.js";

const NEUTRAL = /[\s\p{N}\p{P}\p{S}]/u;

/**
 * The final shape of a block's runs: Japanese-script stretches carry `lang: "ja"`, neighbours
 * with the same marks and language are merged, the ends are trimmed and empty runs dropped.
 */
export function finishRuns(runs: Run[]): Run[] {
  const split = runs.flatMap(splitByScript);
  const merged: Run[] = [];
  for (const run of split) {
    const last = merged.at(-1);
    if (last && sameStyle(last, run)) last.text += run.text;
    else merged.push({ ...run });
  }
  const first = merged[0];
  if (first) first.text = first.text.trimStart();
  const final = merged.at(-1);
  if (final) final.text = final.text.trimEnd();
  return merged.filter((run) => run.text.length > 0).map(tidy);
}

function tidy(run: Run): Run {
  const out: Run = { text: run.text };
  if (run.marks && run.marks.length > 0) out.marks = [...run.marks].sort() as Mark[];
  if (run.lang) out.lang = run.lang;
  if (run.note) out.note = run.note;
  return out;
}

function sameStyle(a: Run, b: Run): boolean {
  if (a.note !== undefined || b.note !== undefined) return false;
  return a.lang === b.lang && [...(a.marks ?? [])].sort().join() === [...(b.marks ?? [])].sort().join();
}

/** Splits a run where the script changes; spaces, digits and punctuation go with their neighbour. */
function splitByScript(run: Run): Run[] {
  if (run.lang || !JAPANESE_CHAR.test(run.text)) return [run];
  const pieces: { text: string; japanese: boolean | undefined }[] = [];
  for (const char of run.text) {
    const kind = JAPANESE_CHAR.test(char) ? true : NEUTRAL.test(char) ? undefined : false;
    const last = pieces.at(-1);
    if (last && (kind === undefined || last.japanese === kind || last.japanese === undefined)) {
      last.text += char;
      if (last.japanese === undefined) last.japanese = kind;
    } else {
      pieces.push({ text: char, japanese: kind });
    }
  }
  return pieces.map((piece) => {
    const out: Run = { text: piece.text };
    if (run.marks) out.marks = run.marks;
    if (run.note) out.note = run.note;
    if (piece.japanese) out.lang = "ja";
    return out;
  });
}

/**
 * The runs covering characters `from` to `to` of their joined text, counted after its leading
 * white space: what is left of a line once a note marker is cut off its start, or a list off its end.
 */
export function sliceRuns(runs: Run[], from: number, to = Number.POSITIVE_INFINITY): Run[] {
  const text = runsText(runs);
  const lead = text.length - text.trimStart().length;
  const [start, end] = [from + lead, to + lead];
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const [runStart, runEnd] = [at, at + run.text.length];
    at = runEnd;
    if (runEnd <= start || runStart >= end) continue;
    out.push({
      ...run,
      text: run.text.slice(Math.max(0, start - runStart), Math.min(run.text.length, end - runStart)),
    });
  }
  return out;
}

/** The plain text of runs. */
export function runsText(runs: readonly Run[]): string {
  let text = "";
  for (const run of runs) text += run.text;
  return text;
}
