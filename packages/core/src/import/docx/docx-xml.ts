import { DomUtils, parseDocument } from "htmlparser2";

/** A node of a parsed XML part. */
export type XmlNode = ReturnType<typeof parseDocument>["children"][number];
/** An element of a parsed XML part. */
export type XmlElement = Extract<XmlNode, { attribs: Record<string, string> }>;

/** Parses one XML part of a Word package (names keep their prefixes, e.g. `w:p`). */
export function parseXml(xml: string): XmlElement[] {
  return parseDocument(xml, { xmlMode: true }).children.filter(DomUtils.isTag);
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
