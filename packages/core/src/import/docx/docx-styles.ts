// Import stage (.docx): styles.xml → a style id's role (body, salutation, heading, list, …).

import type { ParagraphRole } from "../../statement/statement-schema.js";
import type { DocxParts } from "./docx-package.js";
import { child, descendants } from "./docx-xml.js";

/** What a paragraph style says a paragraph is. */
export type StyleRole =
  | { kind: "heading"; level: 1 | 2 | 3 }
  | { kind: "paragraph"; role: ParagraphRole }
  | { kind: "list" }
  | { kind: "title" }
  | { kind: "note" }
  | { kind: "other" };

const roles: Record<string, ParagraphRole> = { body: "body", salutation: "salutation", closing: "closing" };

function roleOfName(name: string): StyleRole | undefined {
  const key = name.toLowerCase().replace(/\s+/g, " ").trim();
  const heading = /^heading ?([1-3])$/.exec(key);
  if (heading) return { kind: "heading", level: Number(heading[1]) as 1 | 2 | 3 };
  const role = roles[key];
  if (role !== undefined) return { kind: "paragraph", role };
  if (key === "list" || key === "list paragraph" || key === "listparagraph") return { kind: "list" };
  if (key === "title") return { kind: "title" };
  if (key === "note") return { kind: "note" };
  return undefined;
}

/**
 * Resolves paragraph style ids to roles by id or name (`Heading1` / `heading 1`, `Salutation`, …).
 * `basedOn` is not followed: template chrome such as Meta Label may derive from Body.
 */
export function styleRoles(parts: DocxParts): (styleId: string | undefined) => StyleRole {
  const names = new Map<string, string>();
  for (const style of descendants(parts.styles, "w:style")) {
    const id = style.attribs["w:styleId"];
    const name = child(style, "w:name")?.attribs["w:val"];
    if (id !== undefined && name !== undefined) names.set(id, name);
  }
  const roleOf = (id: string): StyleRole => {
    const name = names.get(id);
    return roleOfName(id) ?? (name === undefined ? undefined : roleOfName(name)) ?? { kind: "other" };
  };
  return (styleId) => (styleId === undefined ? { kind: "other" } : roleOf(styleId));
}
