// Word block conversion: a Document heading → a paragraph in Heading 1–3 style, bookmarked.
import { inlinesXml } from "../inline-runs.js";
import { phraseKeptInlines } from "../phrases.js";
import { wordStyleId } from "../word-styles.js";
import { element, paragraphXml } from "../xml.js";
import type { BlockConverter } from "./block-converter.js";

/**
 * A heading in Word's Heading 1–3 style, bookmarked with its id for the TOC and links. One at
 * another level than its style's (a book's statement heading: level 2 in "heading 1") carries
 * its outline level itself, so Word's navigation pane nests it as the PDF outline does.
 */
export const headingToDocx: BlockConverter<"heading"> = (block, context, links) => {
  const name = context.bookmarkName(block.id);
  const id = context.nextBookmarkId();
  const own = context.headingLevels.get(block.style) === block.level;
  // Japanese headings keep their phrases together (../phrases.ts).
  const { inlines, wordWrap } = phraseKeptInlines(block.inlines, block.style, context);
  return paragraphXml(
    wordStyleId(block.style),
    element("w:bookmarkStart", { "w:name": name, "w:id": id }) +
      inlinesXml(inlines, context, links) +
      element("w:bookmarkEnd", { "w:id": id }),
    (wordWrap ? '<w:wordWrap w:val="0"/>' : "") +
      (own ? "" : element("w:outlineLvl", { "w:val": block.level - 1 })),
  );
};
