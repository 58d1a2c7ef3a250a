// Word block conversion: a Document rule → an empty docx Paragraph in the bottom-border rule style.
import { Paragraph } from "docx";
import { ruleStyleId } from "../word-styles.js";
import type { BlockConverter } from "./block-converter.js";

/** A rule is an empty paragraph whose style draws a bottom border. */
export const ruleToDocx: BlockConverter<"rule"> = () => [new Paragraph({ style: ruleStyleId })];
