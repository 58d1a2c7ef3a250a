// Word block conversion: a Document page break → a docx Paragraph holding one PageBreak run.
import { PageBreak, Paragraph } from "docx";
import type { BlockConverter } from "./block-converter.js";

/** A page break as Word writes one for Ctrl+Enter: a break run in its own paragraph. */
export const pageBreakToDocx: BlockConverter<"pageBreak"> = () => [
  new Paragraph({ children: [new PageBreak()] }),
];
