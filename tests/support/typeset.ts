// Test helper: a statement as the built-in themes typeset it (theme typography.smartQuotes), for
// comparing output text read back from a PDF or a Word file with its input statement.

import { type Run, type Statement, smartQuotes } from "@briefing/core";

/** Runs with their quotes curled as one text, so a quote is judged by its neighbours across runs. */
function typesetRuns(runs: readonly Run[]): Run[] {
  const curled = smartQuotes(runs.map((run) => run.text).join(""));
  let at = 0;
  return runs.map((run) => {
    const text = curled.slice(at, at + run.text.length);
    at += run.text.length;
    return { ...run, text };
  });
}

/** `statement` with the body's and the notes' text as typeset: what the output files hold. */
export function typesetStatement(statement: Statement): Statement {
  return {
    ...statement,
    body: statement.body.map((block) =>
      block.type === "list"
        ? { ...block, items: block.items.map(typesetRuns) }
        : { ...block, runs: typesetRuns(block.runs) },
    ),
    ...(statement.notes
      ? { notes: statement.notes.map((note) => ({ ...note, runs: typesetRuns(note.runs) })) }
      : {}),
  };
}
