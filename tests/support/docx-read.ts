// Reading a .docx back with readers that did not write it: mammoth for paragraphs and styles,
// fflate and the XML text for parts, elements and attributes.
import type { Document, Inline } from "@briefing/core";
import { unzipSync } from "fflate";
import mammoth from "mammoth";

/** A paragraph as mammoth (a reader that did not write the file) sees it. */
export interface ReadParagraph {
  styleName: string | null;
  text: string;
  runs: { text: string; bold: boolean; italic: boolean; verticalAlignment: string }[];
  numbering: { isOrdered: boolean } | null;
}

interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleName?: string | null;
  isBold?: boolean;
  isItalic?: boolean;
  verticalAlignment?: string;
  numbering?: { isOrdered: boolean } | null;
}

function textOf(node: MammothNode): string {
  if (node.type === "text") return node.value ?? "";
  if (node.type === "tab") return "\t";
  return (node.children ?? []).map(textOf).join("");
}

function runsOf(node: MammothNode): ReadParagraph["runs"] {
  if (node.type === "run") {
    return [
      {
        text: textOf(node),
        bold: node.isBold === true,
        italic: node.isItalic === true,
        verticalAlignment: node.verticalAlignment ?? "baseline",
      },
    ];
  }
  return (node.children ?? []).flatMap(runsOf);
}

/** Every body paragraph (table cells included) in reading order, read with mammoth. */
export async function readParagraphs(bytes: Uint8Array): Promise<ReadParagraph[]> {
  const paragraphs: ReadParagraph[] = [];
  const visit = (node: MammothNode) => {
    if (node.type === "paragraph") {
      paragraphs.push({
        styleName: node.styleName ?? null,
        text: textOf(node),
        runs: runsOf(node),
        numbering: node.numbering ?? null,
      });
    } else {
      for (const child of node.children ?? []) visit(child);
    }
  };
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      transformDocument: (document: MammothNode) => {
        visit(document);
        return document;
      },
    },
  );
  return paragraphs;
}

/** The XML parts of a .docx, unzipped with fflate. */
export function readParts(bytes: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, decoder.decode(data)]),
  );
}

/** Every element with this tag in a machine-written XML part, with its content. */
export function elementsNamed(xml: string, tag: string): string[] {
  return xml.match(new RegExp(`<${tag}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, "g")) ?? [];
}

/** The value of an attribute on the first tag of `xml`. */
export function attribute(xml: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(xml.slice(0, xml.indexOf(">") + 1))?.[1];
}

/** The tags directly inside the first `container` element of `xml`. */
export function childTags(xml: string, container: string): string[] {
  const inner = new RegExp(`<${container}>([\\s\\S]*?)</${container}>`).exec(xml)?.[1] ?? "";
  return [...inner.matchAll(/<([\w:]+)/g)].map((match) => match[1] ?? "");
}

/** The name Word shows for a briefing style, as the issue specifies it. */
export function expectedStyleName(style: string): string {
  const builtIn: Record<string, string> = {
    title: "Title",
    subtitle: "Subtitle",
    header: "header",
    footer: "footer",
  };
  const heading = /^(heading|toc)-([1-3])$/.exec(style);
  if (heading) return `${heading[1]} ${heading[2]}`;
  if (style === "toc-title") return "TOC Heading";
  return (
    builtIn[style] ??
    style
      .split("-")
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(" ")
  );
}

const inlineText = (inlines: readonly Inline[]): string =>
  inlines.map((inline) => (inline.kind === "text" ? inline.text : "")).join("");

/** The paragraphs a Document should become, as [Word style name, text], those with text only. */
export function expectedParagraphs(document: Document): [string, string][] {
  const out: [string, string][] = [];
  for (const block of document.blocks) {
    if (block.kind === "paragraph" && block.margin !== undefined) {
      // The margin mark: a framed paragraph in the Margin style before its paragraph.
      out.push([expectedStyleName("margin"), block.margin]);
    }
    if (block.kind === "paragraph" || block.kind === "heading") {
      out.push([expectedStyleName(block.style), inlineText(block.inlines)]);
    } else if (block.kind === "list") {
      for (const item of block.items) out.push([expectedStyleName(block.style), inlineText(item)]);
    } else if (block.kind === "table") {
      for (const row of block.rows)
        for (const cell of row.cells) out.push([expectedStyleName(cell.style), inlineText(cell.inlines)]);
    } else if (block.kind === "toc") {
      for (const entry of block.entries) {
        if (entry.level > block.depth) continue;
        out.push([`toc ${entry.level}`, entry.text]);
        // The detail line (date · meeting · speaker) follows in `<toc style>-detail`.
        const detailStyle = `${block.style}-detail`;
        if (entry.detail !== undefined)
          out.push([
            detailStyle in document.styles ? expectedStyleName(detailStyle) : `toc ${entry.level}`,
            entry.detail,
          ]);
      }
    }
  }
  return out.filter(([, text]) => text.trim().length > 0).map(([style, text]) => [style, text.trim()]);
}

/** The text of `w:t` elements in a paragraph or run. */
export function xmlText(xml: string): string {
  return elementsNamed(xml, "w:t")
    .map((t) => t.replace(/^<w:t[^>]*>|<\/w:t>$|^<w:t[^>]*\/>$/g, ""))
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
