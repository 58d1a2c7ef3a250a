// Word block conversion: a Document paragraph → a docx Paragraph in its Word style.
import { Paragraph } from "docx";
import { inlinesToRuns } from "../inlines-to-runs.js";
import { wordStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

/** A paragraph carries its style and its runs, nothing else. */
export const paragraphToDocx: BlockConverter<"paragraph"> = (block, context) => [
  new Paragraph({ style: wordStyleId(block.style), children: inlinesToRuns(block.inlines, context) }),
];
