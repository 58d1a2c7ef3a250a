// Import stage: .txt text → the first sign that it is Markdown (what, line, column), if any.
// Lets text-to-statement hand Markdown saved as .txt to the Markdown importer.

import { positionAt } from "../errors.js";

/**
 * Marks that only Markdown (or HTML pasted into it) puts in a text, strongest first. They run
 * over the whole file, so no part may scan far from each place it is tried: an open bracket
 * never spans another (else each of a line's 100,000 `[` would scan the rest of the line) and
 * every open-ended run is bounded.
 */
const SIGNS: { what: string; pattern: RegExp }[] = [
  { what: "“#” headings", pattern: /^#{1,6}[ \t]+\S/m },
  { what: "**bold** text", pattern: /\*\*[^*\n]{1,500}\*\*|__[^_\n]{1,500}__/ },
  { what: "inline HTML such as <sup>", pattern: /<\/?(?:sup|sub|em|strong|b|i|br|span|p)\b[^<>\n]{0,500}>/i },
  { what: "[links](…)", pattern: /\[[^[\]\n]{1,500}\]\((?:https?:|\/|#|mailto:)[^)\s]{0,2000}\)/ },
  { what: "[^1] footnotes", pattern: /\[\^[^[\]\s]{1,100}\]/ },
];

/** Where a .txt file first shows that it is Markdown, and what it showed; undefined for plain text. */
export function markdownEvidence(text: string): { what: string; line: number; column: number } | undefined {
  let best: { what: string; index: number } | undefined;
  for (const { what, pattern } of SIGNS) {
    const match = pattern.exec(text);
    if (match && (best === undefined || match.index < best.index)) best = { what, index: match.index };
  }
  return best && { what: best.what, ...positionAt(text, best.index) };
}
