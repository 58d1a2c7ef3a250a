import { Footer, Packer, Paragraph, TableOfContents, TextRun, Document as WordDocument } from "docx";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { PartData } from "../src/deterministic-zip.js";
import { listNumbering, orderedListReference } from "../src/numbering.js";
import { packageParts } from "../src/package-parts.js";

/** A small Word file with its own styles, a footer, a list and a TOC; `size` sets its theme. */
function wordFile(text: string, size = 23) {
  return new WordDocument({
    title: text,
    styles: {
      paragraphStyles: [
        { id: "Body", name: "Body", basedOn: "Normal", run: { size, font: "Noto Serif" } },
        { id: "Heading1", name: "heading 1", basedOn: "Body", run: { bold: true } },
      ],
    },
    numbering: listNumbering,
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ style: "Body", text: "Footer" })] }) },
        children: [
          new TableOfContents("Contents", {
            contentChildren: [new Paragraph({ style: "Body", text: "Heading" })],
          }),
          new Paragraph({ style: "Heading1", text: "Heading" }),
          new Paragraph({ style: "Body", children: [new TextRun(text)] }),
          new Paragraph({
            style: "Body",
            numbering: { reference: orderedListReference, level: 0, instance: 1 },
            text: `${text}, listed`,
          }),
        ],
      },
    ],
  });
}

const decoder = new TextDecoder();
const text = (data: PartData | undefined) => (typeof data === "string" ? data : decoder.decode(data));
// docx writes "now" into the core properties; renderDocx replaces it, so leave it out here.
const undated = (xml: string) => xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, "$1");

/** The parts of the file as docx's own public Packer zips them, read back with fflate. */
async function packedByDocx(word: WordDocument): Promise<Map<string, string>> {
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(word)));
  return new Map(Object.entries(files).map(([path, data]) => [path, undated(text(data))]));
}

function asText(parts: Map<string, PartData>): Map<string, string> {
  return new Map([...parts].map(([path, data]) => [path, undated(text(data))]));
}

describe("packageParts", () => {
  it("writes every part, in order, as docx's own Packer does", async () => {
    const { parts, themeParts } = await packageParts(wordFile("First statement"), undefined);
    expect(asText(parts)).toEqual(await packedByDocx(wordFile("First statement")));
    expect([...(themeParts?.keys() ?? [])].sort()).toEqual(
      [
        "docProps/app.xml",
        "word/endnotes.xml",
        "word/fontTable.xml",
        // Not word/footnotes.xml: it holds the Document's own footnotes.
        "word/settings.xml",
        "word/styles.xml",
        "word/theme/theme1.xml",
      ].sort(),
    );
    expect(themeParts?.get("word/styles.xml")).toContain('w:styleId="Body"');
  });

  it("takes the theme's parts from an earlier file and still writes what docx writes", async () => {
    const first = await packageParts(wordFile("First statement"), undefined);
    const second = await packageParts(wordFile("Second statement"), first.themeParts);
    expect(second.themeParts).toBe(first.themeParts);
    expect(asText(second.parts)).toEqual(await packedByDocx(wordFile("Second statement")));
    expect(text(second.parts.get("word/document.xml"))).toContain("Second statement, listed");
    expect(text(second.parts.get("word/document.xml"))).not.toContain("First statement");
  });

  it("writes the parts of a file afresh when nothing is cached for it", async () => {
    const other = await packageParts(wordFile("Other theme", 30), undefined);
    expect(other.themeParts?.get("word/styles.xml")).toContain('<w:sz w:val="30"/>');
    expect(asText(other.parts)).toEqual(await packedByDocx(wordFile("Other theme", 30)));
  });
});
