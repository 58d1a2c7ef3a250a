import { unzipSync } from "fflate";

/** The XML parts of a .docx, unzipped by fflate (not by the docx package that wrote them). */
export function readParts(bytes: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, decoder.decode(data)]),
  );
}

/** Every element with this tag in a machine-written XML part, with its content. */
export function elementsNamed(xml: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, "g");
  return xml.match(pattern) ?? [];
}

/** The value of an attribute on the first tag in `xml`. */
export function attribute(xml: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(xml.slice(0, xml.indexOf(">") + 1))?.[1];
}

/** The names of an element's child elements of the given container (e.g. the children of `w:rPr`). */
export function childTags(xml: string, container: string): string[] {
  const inner = new RegExp(`<${container}>([\\s\\S]*?)</${container}>`).exec(xml)?.[1] ?? "";
  return [...inner.matchAll(/<([\w:]+)/g)].map((match) => match[1] ?? "");
}

/** The text of `w:t` elements in a paragraph or run. */
export function textOf(xml: string): string {
  return elementsNamed(xml, "w:t")
    .map((t) => t.replace(/^<w:t[^>]*>|<\/w:t>$|^<w:t[^>]*\/>$/g, ""))
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
