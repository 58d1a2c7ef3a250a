// Import stage (.docx): numbering.xml → whether a list (numId, level) is numbered or bulleted.

import type { DocxParts } from "./docx-package.js";
import { child, descendants, elements } from "./docx-xml.js";

/** Tells, for a numbering id and level, whether Word numbers the list (else it is bulleted). */
export function numberingKinds(parts: DocxParts): (numId: string, level: string) => boolean {
  const formats = new Map<string, Map<string, string>>();
  for (const abstract of descendants(parts.numbering, "w:abstractNum")) {
    const levels = new Map<string, string>();
    for (const level of elements(abstract)) {
      if (level.name !== "w:lvl") continue;
      levels.set(level.attribs["w:ilvl"] ?? "0", child(level, "w:numFmt")?.attribs["w:val"] ?? "decimal");
    }
    formats.set(abstract.attribs["w:abstractNumId"] ?? "", levels);
  }
  const abstracts = new Map<string, string>();
  for (const num of descendants(parts.numbering, "w:num")) {
    const abstract = child(num, "w:abstractNumId")?.attribs["w:val"];
    if (abstract !== undefined) abstracts.set(num.attribs["w:numId"] ?? "", abstract);
  }
  return (numId, level) => {
    const format = formats.get(abstracts.get(numId) ?? "")?.get(level);
    return format !== undefined && format !== "bullet" && format !== "none";
  };
}
