// Word package assembly: the external hyperlinks of one part (the body, a header or footer, the
// footnotes) → that part's relationships, written into the relationships docx wrote for its template.
import { escapeXml } from "./xml.js";

const hyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/** Adds a relationship to an external target and gives its id (`rId<n>`), for a `w:hyperlink`'s `r:id`. */
export type PartLinks = (target: string) => string;

/** One part's links as they are written: each its own relationship, in the order the links stand. */
export interface LinkList {
  link: PartLinks;
  targets: string[];
}

/** A part's relationships as docx wrote them, and how the part's links go into them. */
export interface RelationshipsTemplate {
  /** The id of the first link: after the part's own relationships, as docx numbers those it adds. */
  firstLinkId: number;
  /** The relationships with the links `targets` (numbered from `firstLinkId`) added. */
  write(targets: readonly string[]): string;
}

export function linkList(firstId: number): LinkList {
  const targets: string[] = [];
  return {
    targets,
    link(target) {
      targets.push(target);
      return `rId${firstId + targets.length - 1}`;
    },
  };
}

const close = "</Relationships>";
// docx adds the document's fontTable relationship when it writes the package, after the links it
// was given: it keeps its place last, and its id follows theirs.
const fontTable =
  /<Relationship Id="rId\d+" Type="[^"]*\/fontTable" Target="fontTable\.xml"\/><\/Relationships>$/;

/** How links go into the relationships part `xml` docx wrote (`<Relationships …/>` when empty). */
export function relationshipsTemplate(xml: string): RelationshipsTemplate {
  if (!xml.endsWith("/>") && !xml.endsWith(close))
    throw new Error("docx wrote relationships briefing does not know");
  const last = fontTable.exec(xml);
  const open = xml.endsWith("/>")
    ? `${xml.slice(0, -2)}>`
    : xml.slice(0, last === null ? xml.length - close.length : last.index);
  const taken = open.split("<Relationship ").length - 1;
  const firstLinkId = taken + 1;
  return {
    firstLinkId,
    write(targets) {
      if (targets.length === 0) return xml;
      let out = open;
      for (const [index, target] of targets.entries()) {
        out += `<Relationship Id="rId${firstLinkId + index}" Type="${hyperlinkType}" Target="${escapeXml(target)}" TargetMode="External"/>`;
      }
      if (last !== null) out += last[0].replace(/rId\d+/, `rId${firstLinkId + targets.length}`);
      else out += close;
      return out;
    },
  };
}
