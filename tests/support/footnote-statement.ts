// Test support: a statement with three referenced notes spread over pages and one reference
// block with no marker (it stays in the end section), for the footnote tests.
import type { Statement } from "@briefing/core";

const filler =
  "The Committee has before it a report that deserves the close attention of every delegation, " +
  "and my delegation wishes to set out its position on each of the questions it raises in turn. ";

/** Paragraph `n` of the body: long enough that three of them fill most of a page. */
function paragraph(n: number, note?: string): Statement["body"][number] {
  const runs: { text: string; note?: string; marks?: "sup"[] }[] = [
    { text: `Paragraph ${n}. ${filler.repeat(3)}` },
  ];
  if (note) {
    runs.push({ text: `Marked sentence ${note}.` }, { text: note, marks: ["sup"], note });
    runs.push({ text: ` ${filler}` });
  }
  return { type: "paragraph", role: "body", runs };
}

/** Notes 1 and 2 on the first pages, note 3 a few pages on; a "Reference" block unmarked. */
export function footnoteStatement(): Statement {
  const body: Statement["body"] = [
    { type: "paragraph", role: "salutation", runs: [{ text: "Mr. President," }] },
  ];
  for (let n = 1; n <= 14; n++)
    body.push(paragraph(n, n === 2 ? "1" : n === 6 ? "2" : n === 12 ? "3" : undefined));
  return {
    title: "Statement with footnotes",
    delegation: "Japan",
    language: "en",
    body,
    notes: [
      { id: "1", runs: [{ text: "Footnote one: General Assembly resolution 78/1." }] },
      { id: "2", runs: [{ text: "Footnote two: Security Council resolution 2231 (2015)." }] },
      { id: "3", runs: [{ text: "Footnote three: A/HRC/55/1, paragraph 12." }] },
      { label: "Reference", runs: [{ text: "Reference block: vote recorded 120-3-45." }] },
    ],
  };
}
