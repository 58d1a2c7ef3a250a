// Word block conversion: a Document paragraph → a docx Paragraph in its Word style.
import { Paragraph } from "docx";
import { inlinesToRuns } from "../inlines-to-runs.js";
import { phraseKeptInlines } from "../phrases.js";
import { wordStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

/** A paragraph carries its style and its runs (a Japanese title: phrase-kept), nothing else. */
export const paragraphToDocx: BlockConverter<"paragraph"> = (block, context) => {
  // Japanese titles keep their phrases together (../phrases.ts).
  const { inlines, wordWrap } = phraseKeptInlines(block.inlines, block.style, context);
  return [
    new Paragraph({
      style: wordStyleId(block.style),
      ...(wordWrap ? { wordWrap } : {}),
      children: inlinesToRuns(inlines, context),
    }),
  ];
};
