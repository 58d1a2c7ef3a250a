import { ExternalHyperlink, Packer, Paragraph, TextRun, Document as WordDocument } from "docx";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readParts } from "../../../tests/support/docx-read.js";
import { everyBlockDocument } from "../../../tests/support/sample-document.js";
import { listNumbering, orderedListReference } from "../src/numbering.js";
import { renderDocx } from "../src/render-docx.js";

// What briefing writes per Document into the package template, checked against what docx itself
// writes from the same options (docx's dates are "now": left out).
const undated = (xml: string | undefined) =>
  xml?.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, "$1");

async function packedByDocx(word: WordDocument): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(word)));
  const decoder = new TextDecoder();
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, decoder.decode(data)]));
}

const tricky = "T & \"quoted\" 'apos' <tag> \u0001x";

describe("the parts written into the package template", () => {
  it("writes the core and custom properties as docx does, escaping included", async () => {
    const document = everyBlockDocument();
    document.meta = {
      ...document.meta,
      title: tricky,
      subject: "",
      author: "A & B",
      keywords: ["k<1>", "k'2"],
      description: tricky,
      properties: { 'n&"1': "", n2: tricky },
      language: undefined,
    };
    const ours = readParts(await renderDocx(document));
    const docx = await packedByDocx(
      new WordDocument({
        title: tricky,
        subject: "",
        creator: "A & B",
        keywords: "k<1>, k'2",
        description: tricky,
        lastModifiedBy: "A & B",
        revision: 1,
        customProperties: [
          { name: 'n&"1', value: "" },
          { name: "n2", value: tricky },
        ],
        sections: [{ children: [] }],
      }),
    );
    expect(undated(ours["docProps/core.xml"])).toBe(undated(docx["docProps/core.xml"]));
    expect(ours["docProps/custom.xml"]).toBe(docx["docProps/custom.xml"]);
    // The Document's date, not the time of writing.
    expect(ours["docProps/core.xml"]).toContain(">2021-11-23T00:00:00Z</dcterms:created>");
  });

  it("numbers lists and links as docx does", async () => {
    const target = 'https://example.org/?a=1&b="2"';
    const word = new WordDocument({
      numbering: listNumbering,
      sections: [
        {
          children: [
            new Paragraph({
              numbering: { reference: orderedListReference, level: 0, instance: 1 },
              children: [new ExternalHyperlink({ link: target, children: [new TextRun("link")] })],
            }),
          ],
        },
      ],
    });
    const docx = await packedByDocx(word);
    const document = everyBlockDocument();
    document.page = { ...document.page, header: [], footer: [] };
    document.footnotes = [];
    document.blocks = [
      { kind: "list", style: "list", ordered: true, items: [[{ kind: "text", text: "link", href: target }]] },
    ];
    const ours = readParts(await renderDocx(document));
    const lists = (xml: string | undefined) => xml?.slice(xml.indexOf("<w:abstractNum "));
    expect(lists(ours["word/numbering.xml"])).toBe(lists(docx["word/numbering.xml"]));
    // docx gives an ExternalHyperlink a hashed id; briefing numbers each link on from the part's
    // own relationships, as docx numbers those it adds (the fontTable's comes after).
    const numbered = docx["word/_rels/document.xml.rels"]?.replace(
      /Id="[^"]*"(?= Type="[^"]*\/hyperlink")/,
      'Id="rId7"',
    );
    expect(ours["word/_rels/document.xml.rels"]).toBe(numbered);
  });
});
