// Word block conversion: a Document rule → an empty paragraph in the bottom-border rule style.
import { ruleStyleId } from "../word-styles.js";
import { paragraphXml } from "../xml.js";
import type { BlockConverter } from "./block-converter.js";

/** A rule is an empty paragraph whose style draws a bottom border. */
export const ruleToDocx: BlockConverter<"rule"> = () => paragraphXml(ruleStyleId, "");
