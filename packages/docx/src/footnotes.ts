// Word footnotes: the Document's footnotes → the `w:footnote` elements of word/footnotes.xml,
// ids 1… in the Document's order (those its footnote references give).
import type { Footnote } from "@briefing/core";
import { inlinesXml } from "./inline-runs.js";
import type { PartLinks } from "./part-links.js";
import type { RenderContext } from "./render-context.js";
import { wordStyleId } from "./word-styles.js";
import { paragraphXml } from "./xml.js";

// Word's note number, which Word shows in the footnote reference style.
const noteNumber = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';

/** The footnotes, each one paragraph in the footnote style, after Word's note number and a space. */
export function footnotesXml(
  footnotes: readonly Footnote[],
  context: RenderContext,
  links: PartLinks,
): string {
  return footnotes
    .map((footnote, index) => {
      const runs = inlinesXml([{ kind: "text", text: " " }, ...footnote.inlines], context, links);
      return `<w:footnote w:id="${index + 1}">${paragraphXml(wordStyleId("footnote"), noteNumber + runs)}</w:footnote>`;
    })
    .join("");
}
