// Word package assembly: the content briefing writes itself, put into the parts docx wrote
// around it for the package template (their root elements, namespaces and section properties
// are docx's).

/**
 * `xml` with `content` at the end of its root element `root` (or, with `after`, right after that
 * tag): an empty root docx wrote as `<root …/>` is opened for it.
 */
export function fillPart(xml: string, root: string, content: string, after?: string): string {
  if (content === "") return xml;
  if (after !== undefined) {
    const at = xml.indexOf(after);
    if (at >= 0) return xml.slice(0, at + after.length) + content + xml.slice(at + after.length);
  } else if (xml.endsWith(`</${root}>`)) {
    return `${xml.slice(0, xml.length - root.length - 3)}${content}</${root}>`;
  } else if (xml.endsWith("/>")) {
    return `${xml.slice(0, -2)}>${content}</${root}>`;
  }
  throw new Error(`docx wrote <${root}> in a form briefing does not know`);
}
