import { positionAt } from "../errors.js";

/** Marks that only Markdown (or HTML pasted into it) puts in a text, strongest first. */
const SIGNS: { what: string; pattern: RegExp }[] = [
  { what: "“#” headings", pattern: /^#{1,6}[ \t]+\S/m },
  { what: "**bold** text", pattern: /\*\*[^*\n]+\*\*|__[^_\n]+__/ },
  { what: "inline HTML such as <sup>", pattern: /<\/?(?:sup|sub|em|strong|b|i|br|span|p)\b[^>\n]*>/i },
  { what: "[links](…)", pattern: /\[[^\]\n]+\]\((?:https?:|\/|#|mailto:)[^)\s]*\)/ },
  { what: "[^1] footnotes", pattern: /\[\^[^\]\s]+\]/ },
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
