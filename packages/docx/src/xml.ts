// WordprocessingML as text: escaping and elements, written byte for byte as docx's XML writer
// writes them, so parts briefing writes itself read the same as those docx writes.

const escapes: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/**
 * Text or an attribute value as XML. Quotes are escaped in text too, and the C0 controls XML 1.0
 * cannot hold are dropped, as docx does (the text writer warns of and drops them before this).
 */
export function escapeXml(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what is dropped
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => escapes[char] ?? "");
}

/** `<name attributes>content</name>`, or `<name attributes/>` without content; undefined attributes are left out. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | number | undefined>> = {},
  content = "",
): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) open += ` ${key}="${typeof value === "string" ? escapeXml(value) : value}"`;
  }
  return content === "" ? `${open}/>` : `${open}>${content}</${name}>`;
}

/** A run of text: `w:t` keeps its spaces, and is written even when empty (a field's empty result). */
export const textXml = (text: string): string => `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;

/** A paragraph in the Word style `styleId` (none: Normal) with more properties and its content. */
export function paragraphXml(styleId: string | undefined, content: string, properties = ""): string {
  const style = styleId === undefined ? "" : element("w:pStyle", { "w:val": styleId });
  const pPr = style + properties === "" ? "" : `<w:pPr>${style}${properties}</w:pPr>`;
  return element("w:p", {}, pPr + content);
}
