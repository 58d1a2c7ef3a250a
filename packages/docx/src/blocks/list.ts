// Word block conversion: a Document list → docx Paragraphs bound to the briefing numbering.
import { Paragraph } from "docx";
import { inlinesToRuns } from "../inlines-to-runs.js";
import { bulletListReference, orderedListReference } from "../numbering.js";
import { wordStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

/** A list as paragraphs in real Word numbering; each list is its own instance, so it starts at 1. */
export const listToDocx: BlockConverter<"list"> = (block, context) => {
  const instance = context.nextListInstance();
  const reference = block.ordered ? orderedListReference : bulletListReference;
  return block.items.map(
    (item) =>
      new Paragraph({
        style: wordStyleId(block.style),
        numbering: { reference, level: 0, instance },
        children: inlinesToRuns(item, context),
      }),
  );
};
