// Import stage (.docx): XML part text → element tree, plus small helpers to walk it.
// Borrows htmlparser2 (Parser, DomHandler, DomUtils) in XML mode, stopped at limits.ts's caps.

import { DomHandler, DomUtils, Parser, type parseDocument } from "htmlparser2";
import { MAX_DOCX_PARAGRAPHS, MAX_XML_DEPTH, MAX_XML_ELEMENTS } from "../limits.js";

/** A node of a parsed XML part. */
export type XmlNode = ReturnType<typeof parseDocument>["children"][number];
/** An element of a parsed XML part. */
export type XmlElement = Extract<XmlNode, { attribs: Record<string, string> }>;

/** An XML part over one of the limits: the message says which, the hint what to do. */
export class XmlLimitError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const SIZE_HINT =
  "check that this is one statement and not a collection or another kind of document; split a collection into one file per statement";
const DAMAGED_HINT = "open it in Word and save it again as a .docx; if it still fails, the file is damaged";

const count = (n: number) => n.toLocaleString("en-US");

/**
 * A DOM builder that stops as soon as a part passes a limit: more than `MAX_XML_ELEMENTS`
 * elements or `MAX_DOCX_PARAGRAPHS` paragraphs (each element costs a few hundred bytes, so a
 * part that expands to 60 MB of `<w:p/>` took 3 GB), or elements nested deeper than
 * `MAX_XML_DEPTH` (the tree is walked recursively afterwards).
 */
class BoundedHandler extends DomHandler {
  private depth = 0;
  private elements = 0;
  private paragraphs = 0;

  constructor(private readonly part: string) {
    super(undefined, { xmlMode: true });
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.elements > MAX_XML_ELEMENTS)
      throw new XmlLimitError(
        `${this.part} has more than ${count(MAX_XML_ELEMENTS)} XML elements`,
        SIZE_HINT,
      );
    if (++this.depth > MAX_XML_DEPTH)
      throw new XmlLimitError(
        `${this.part} nests XML elements more than ${count(MAX_XML_DEPTH)} deep`,
        DAMAGED_HINT,
      );
    if (name === "w:p" && ++this.paragraphs > MAX_DOCX_PARAGRAPHS)
      throw new XmlLimitError(
        `${this.part} has more than ${count(MAX_DOCX_PARAGRAPHS)} paragraphs`,
        SIZE_HINT,
      );
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/**
 * Parses one XML part of a Word package (names keep their prefixes, e.g. `w:p`), in time and
 * memory in proportion to its size; throws XmlLimitError past the limits above.
 */
export function parseXml(xml: string, part = "the XML"): XmlElement[] {
  const handler = new BoundedHandler(part);
  const parser = new Parser(handler, { xmlMode: true });
  parser.end(xml);
  return handler.root.children.filter(DomUtils.isTag);
}

/** The element children of a node. */
export const elements = (node: XmlElement): XmlElement[] => node.children.filter(DomUtils.isTag);

/** The first child element with this name. */
export const child = (node: XmlElement, name: string): XmlElement | undefined =>
  elements(node).find((element) => element.name === name);

/** Every descendant element with this name, in document order. */
export const descendants = (nodes: XmlElement[], name: string): XmlElement[] =>
  DomUtils.getElementsByTagName(name, nodes, true).filter(DomUtils.isTag);

/** The text content of a node. */
export const textOf = (node: XmlElement): string => DomUtils.textContent(node);

/** True for an on/off property (`<w:b/>`, `<w:b w:val="true"/>`) that is on. */
export function isOn(node: XmlElement | undefined): boolean {
  if (node === undefined) return false;
  const value = node.attribs["w:val"];
  return value === undefined || !["0", "false", "off", "none"].includes(value);
}
