// Document stage: inlines from markup → whitespace collapsed as HTML would; plainText → string.
// plainText is public: it gives a heading's text for its TOC entry and anchor slug.

import type { Inline, TextInline } from "../contract/document-schema.js";

const spaces = /[ \t\n\r\f]+/g;
/** What `spaces` would change: a break, tab or form feed, or two spaces in a row. */
const collapsible = /[\t\n\r\f]| {2}/;

function sameFormat(a: TextInline, b: TextInline): boolean {
  return (
    a.lang === b.lang &&
    a.href === b.href &&
    a.note === b.note &&
    (a.marks ?? []).join() === (b.marks ?? []).join()
  );
}

/**
 * Collapses insignificant whitespace as HTML does: runs of spaces and line breaks become one
 * space, spaces at the start and end of the block go, and adjacent text with the same
 * formatting merges. No-break spaces are kept.
 */
export function collapseWhitespace(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  let spaceBefore = true;
  for (const inline of inlines) {
    if (inline.kind !== "text") {
      out.push(inline);
      spaceBefore = false;
      continue;
    }
    // Most text has single spaces only, which the replace would copy as they are.
    let text = collapsible.test(inline.text) ? inline.text.replace(spaces, " ") : inline.text;
    if (spaceBefore && text.startsWith(" ")) text = text.slice(1);
    if (!text) continue;
    spaceBefore = text.endsWith(" ");
    const previous = out[out.length - 1];
    if (previous?.kind === "text" && sameFormat(previous, inline)) previous.text += text;
    else out.push({ ...inline, text });
  }
  while (out.length) {
    const last = out[out.length - 1];
    if (last?.kind !== "text" || !last.text.endsWith(" ")) break;
    last.text = last.text.slice(0, -1);
    if (last.text) break;
    out.pop();
  }
  return out;
}

/** The text of inlines, fields left out (a heading's text for its TOC entry and slug). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.kind === "text" ? inline.text : "")).join("");
}
