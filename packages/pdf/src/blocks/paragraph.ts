// PDF measure pass: a Document paragraph → a MeasuredBlock of line units, drawn later in a `P`.
import { type BlockConverter, styleFlow } from "../draw/measured-block.js";
import { sentenceBreaks } from "../text/sentence-ends.js";
import { layoutText, lineUnits } from "../text/text-lines.js";
import { continuationMark } from "./continuation.js";

/** A paragraph: lines of text in a `P` structure element, split across pages with widow/orphan control. */
export const paragraphToPdf: BlockConverter<"paragraph"> = (block, context) => {
  const style = context.style(block.style);
  const text = layoutText(block.inlines, style, context);
  let element: PDFKit.PDFStructureElement | undefined;
  return {
    units: lineUnits(text, () => (element ? { element, tag: "P" } : undefined)),
    ...styleFlow(style),
    minUnits: 2,
    // A reading copy turns the page only where a sentence ends.
    ...(style.breakAt === "sentence" ? { breaks: sentenceBreaks(text.lines) } : {}),
    continued: continuationMark(style, context),
    begin(draw) {
      element = draw.doc.struct("P");
      draw.root.add(element);
    },
    end() {
      element?.end();
    },
  };
};
