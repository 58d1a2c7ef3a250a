// Import stage (.docx): a w:p element → Runs with marks (bold, italic, super- and subscript).
// Languages are set by script through runs.ts, as the text importers do, not from w:lang.

import type { Mark, Run } from "../../statement/statement-schema.js";
import { finishRuns } from "../runs.js";
import { child, elements, isOn, type XmlElement } from "./docx-xml.js";

function marksOf(properties: XmlElement | undefined): Mark[] {
  if (properties === undefined) return [];
  const marks: Mark[] = [];
  if (isOn(child(properties, "w:b"))) marks.push("strong");
  if (isOn(child(properties, "w:i"))) marks.push("em");
  const vertical = child(properties, "w:vertAlign")?.attribs["w:val"];
  if (vertical === "superscript") marks.push("sup");
  if (vertical === "subscript") marks.push("sub");
  return marks;
}

function runText(run: XmlElement): string {
  let text = "";
  for (const element of elements(run)) {
    // U+200B (zero width space) only marks where Word may break a line (briefing puts one
    // between the phrases of a Japanese title): it is no text.
    if (element.name === "w:t")
      text += element.children
        .map((node) => ("data" in node ? node.data : ""))
        .join("")
        .replace(/\u200b/gu, "");
    else if (element.name === "w:tab" || element.name === "w:ptab") text += "\t";
    else if (element.name === "w:noBreakHyphen") text += "\u2011";
    else if (element.name === "w:softHyphen") text += "\u00ad";
    else if (element.name === "w:cr" || (element.name === "w:br" && element.attribs["w:type"] === undefined))
      text += "\n";
  }
  return text;
}

// Containers whose runs are part of the paragraph's text; deleted text and field codes are not.
const transparent = new Set([
  "w:hyperlink",
  "w:ins",
  "w:smartTag",
  "w:fldSimple",
  "w:customXml",
  "w:sdtContent",
  "w:sdt",
]);

function collectRuns(node: XmlElement, runs: Run[]): void {
  for (const element of elements(node)) {
    if (element.name === "w:r") {
      // A Word footnote reference: a note marker pointing to the footnote of that id.
      const reference = child(element, "w:footnoteReference")?.attribs["w:id"];
      if (reference !== undefined) {
        runs.push({ text: reference, marks: ["sup"], note: reference });
        continue;
      }
      const properties = child(element, "w:rPr");
      const text = runText(element);
      if (text.length === 0) continue;
      const marks = marksOf(properties);
      runs.push({ text, ...(marks.length > 0 ? { marks } : {}) });
    } else if (transparent.has(element.name)) {
      collectRuns(element, runs);
    }
  }
}

/**
 * A paragraph's runs with their marks (`w:b`, `w:i`, `w:vertAlign`). Languages are set by script,
 * as the text importers do, rather than read from `w:lang`, which Word keeps on retyped text.
 */
export function paragraphRuns(paragraph: XmlElement): Run[] {
  const runs: Run[] = [];
  collectRuns(paragraph, runs);
  // Word splits runs freely (spell-check, edits); join those alike so script splitting sees the text whole.
  const joined: Run[] = [];
  for (const run of runs) {
    const last = joined.at(-1);
    if (
      last !== undefined &&
      last.note === undefined &&
      run.note === undefined &&
      (last.marks ?? []).join() === (run.marks ?? []).join()
    )
      last.text += run.text;
    else joined.push({ ...run });
  }
  return finishRuns(joined);
}
