import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseStatement, type Statement, statementToDocument } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { attribute, elementsNamed } from "./support/docx-read.js";
import { typesetStatement } from "./support/typeset.js";

const examples = join(import.meta.dirname, "..", "examples");

/** Edits word/document.xml the way Word saves an edit: new runs, rsid attributes, the paragraph style kept. */
function editDocx(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files["word/document.xml"] = strToU8(edit(strFromU8(files["word/document.xml"] ?? new Uint8Array())));
  return zipSync(files);
}

const wordParagraph = (style: string, runs: string) =>
  `<w:p w14:paraId="1A2B3C4D" w:rsidR="00AB12CD"><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs}</w:p>`;
const wordRun = (text: string, properties = "") =>
  `<w:r w:rsidRPr="00AB12CD">${properties ? `<w:rPr>${properties}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe.each([
  "2021-11-23-unga-trafficking-in-persons.txt",
  "2017-06-08-apmbc-cooperation-and-assistance.txt",
])("%s edited in Word", (seed) => {
  const { statement } = parseStatement(readFileSync(join(examples, seed)), {
    filename: join("examples", seed),
  });

  it("imports with a reworded paragraph and an added one", async () => {
    const bytes = await renderDocx(statementToDocument(statement, { template: "briefing" }).document);
    const target = statement.body.findIndex((block) => block.type === "paragraph" && block.role === "body");
    expect(target).toBeGreaterThanOrEqual(0);
    const edited = editDocx(bytes, (xml) => {
      const first = elementsNamed(xml, "w:p").find(
        (p) => attribute(elementsNamed(p, "w:pStyle")[0] ?? "", "w:val") === "Body",
      );
      expect(first).toBeDefined();
      const reworded = wordParagraph(
        "Body",
        wordRun("This paragraph was ") + wordRun("reworded", "<w:i/>") + wordRun(" in Word."),
      );
      const added = wordParagraph(
        "Body",
        wordRun("An added paragraph, with ") +
          wordRun("人身取引", '<w:lang w:eastAsia="ja-JP"/>') +
          wordRun("."),
      );
      return xml.replace(first ?? "", reworded + added);
    });
    const { statement: back, warnings } = parseStatement(edited, { filename: "edited.docx" });
    expect(warnings).toEqual([]);
    // The Word file holds the typeset text (smartQuotes): the untouched paragraphs read back curly.
    const expected: Statement = structuredClone(typesetStatement(statement));
    expected.body.splice(
      target,
      1,
      {
        type: "paragraph",
        role: "body",
        runs: [{ text: "This paragraph was " }, { text: "reworded", marks: ["em"] }, { text: " in Word." }],
      },
      {
        type: "paragraph",
        role: "body",
        runs: [{ text: "An added paragraph, with " }, { text: "人身取引.", lang: "ja" }],
      },
    );
    // Word files carry only the input's file name, never its folder (privacy, issue 12).
    if (expected.source?.file) expected.source.file = basename(expected.source.file);
    expect(back).toEqual(expected);
  });
});
