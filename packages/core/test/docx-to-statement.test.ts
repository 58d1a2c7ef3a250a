import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { BriefingError } from "../src/errors.js";
import { docxToStatement } from "../src/import/docx-to-statement.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const p = (style: string | undefined, runs: string, extra = "") =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${extra}</w:pPr>${runs}</w:p>`;
const r = (text: string, properties = "") =>
  `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const deleted = "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>";
const numPr = (id: number) => `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr>`;

/** A Word package written by hand, as another application would write one. */
function wordFile(body: string, props: { core?: string; custom?: Record<string, string> } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
    "word/document.xml": strToU8(
      `<?xml version="1.0"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
    "word/styles.xml": strToU8(
      `<?xml version="1.0"?><w:styles ${W}>` +
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Salutation"><w:name w:val="Salutation"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="MetaLabel"><w:name w:val="Meta Label"/><w:basedOn w:val="Body"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
        "</w:styles>",
    ),
    "word/numbering.xml": strToU8(
      `<?xml version="1.0"?><w:numbering ${W}>` +
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>' +
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
        "</w:numbering>",
    ),
  };
  if (props.core !== undefined) {
    files["docProps/core.xml"] = strToU8(
      `<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/">${props.core}</cp:coreProperties>`,
    );
  }
  if (props.custom !== undefined) {
    const entries = Object.entries(props.custom)
      .map(
        ([name, value], i) =>
          `<property fmtid="{x}" pid="${i + 2}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`,
      )
      .join("");
    files["docProps/custom.xml"] = strToU8(
      `<?xml version="1.0"?><Properties xmlns:vt="v">${entries}</Properties>`,
    );
  }
  return zipSync(files);
}

describe("docxToStatement", () => {
  it("imports a Word file not made by briefing: text and headings, with a warning", () => {
    const bytes = wordFile(
      p("Title", r("A Title")) +
        p("Heading1", r("Opening")) +
        p(undefined, r("Mr. ") + r("Chair", "<w:b/>") + r(",")) +
        p(undefined, "") +
        `<w:tbl><w:tr><w:tc>${p(undefined, r("In a table"))}</w:tc></w:tr></w:tbl>` +
        p("berschrift2", r("Zweite")) +
        p(undefined, r("One"), numPr(1)) +
        p(undefined, r("Two"), numPr(1)) +
        p(undefined, r("Dot"), numPr(2)) +
        p(
          undefined,
          r("E = mc") + r("2", '<w:vertAlign w:val="superscript"/>') + r(" ok", '<w:i w:val="0"/>'),
        ),
    );
    const { statement, warnings } = docxToStatement(bytes, "other.docx");
    expect(statement).toEqual({
      title: "A Title",
      source: { file: "other.docx" },
      body: [
        { type: "heading", level: 1, runs: [{ text: "Opening" }] },
        {
          type: "paragraph",
          role: "body",
          runs: [{ text: "Mr. " }, { text: "Chair", marks: ["strong"] }, { text: "," }],
        },
        { type: "paragraph", role: "body", runs: [{ text: "In a table" }] },
        { type: "heading", level: 2, runs: [{ text: "Zweite" }] },
        { type: "list", ordered: true, items: [[{ text: "One" }], [{ text: "Two" }]] },
        { type: "list", ordered: false, items: [[{ text: "Dot" }]] },
        {
          type: "paragraph",
          role: "body",
          runs: [{ text: "E = mc" }, { text: "2", marks: ["sup"] }, { text: " ok" }],
        },
      ],
    });
    expect(warnings).toEqual([
      { file: "other.docx", message: expect.stringContaining("not made by briefing") },
    ]);
  });

  it("reads briefing's metadata from the properties and skips the template's chrome", () => {
    const bytes = wordFile(
      p("Title", r("Chrome title")) +
        `<w:tbl><w:tr><w:tc>${p("MetaLabel", r("Venue"))}</w:tc></w:tr></w:tbl>` +
        p("Salutation", r("Mr. President,")) +
        p(undefined, r("Added in Word, ") + deleted + r("kept")) +
        p("Body", r("人身取引") + r(" and more")),
      {
        core: "<dc:title>The Title</dc:title><dc:subject>UNGA</dc:subject><dc:creator>Japan</dc:creator>",
        custom: {
          "briefing.date.start": "2021-11-23",
          "briefing.date.text": "令和3年11月23日",
          "briefing.venue": "New York",
          "briefing.titleJa": "題",
          "briefing.source.file": "a.txt",
        },
      },
    );
    const { statement, warnings } = docxToStatement(bytes, "a.docx");
    expect(warnings).toEqual([]);
    expect(statement).toEqual({
      title: "The Title",
      titleJa: "題",
      meeting: "UNGA",
      venue: "New York",
      date: { start: "2021-11-23", text: "令和3年11月23日" },
      delegation: "Japan",
      source: { file: "a.txt" },
      body: [
        { type: "paragraph", role: "salutation", runs: [{ text: "Mr. President," }] },
        { type: "paragraph", role: "body", runs: [{ text: "Added in Word, kept" }] },
        { type: "paragraph", role: "body", runs: [{ text: "人身取引 ", lang: "ja" }, { text: "and more" }] },
      ],
    });
  });

  it("reads the delegation from its own property; the creator is the speaker, not the delegation", () => {
    const file = (creator: string, custom: Record<string, string>) =>
      docxToStatement(
        wordFile(p("Body", r("Text.")), {
          core: `<dc:title>T</dc:title><dc:creator>${creator}</dc:creator>`,
          custom: { "briefing.speaker": "Ambassador Kimura", ...custom },
        }),
        "a.docx",
      ).statement;
    const current = file("Ambassador Kimura", { "briefing.delegation": "Japan" });
    expect(current).toMatchObject({ speaker: "Ambassador Kimura", delegation: "Japan" });
    // Made without a delegation: the creator (the speaker) is not taken for one.
    expect(file("Ambassador Kimura", {}).delegation).toBeUndefined();
    // Made before briefing.delegation: the creator held the delegation.
    expect(file("Japan", {}).delegation).toBe("Japan");
  });

  it("refuses a file that is not a Word package, saying how to fix it", () => {
    expect(() => docxToStatement(new TextEncoder().encode("plain text"), "x.docx")).toThrowError(
      BriefingError,
    );
    expect(() => docxToStatement(new TextEncoder().encode("plain text"), "x.docx")).toThrowError(
      /^x\.docx: not a Word file/,
    );
    const empty = zipSync({ "word/other.xml": strToU8("<x/>") });
    expect(() => docxToStatement(empty, "y.docx")).toThrowError(/word\/document\.xml is missing/);
    expect(() => docxToStatement(wordFile(p(undefined, "")), "z.docx")).toThrowError(/no statement text/);
  });
});
