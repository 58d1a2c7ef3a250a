import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseStatement, renderDocument } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { renderPdf } from "@briefing/pdf";
import { describe, expect, it } from "vitest";
import { readParagraphs } from "./docx-read.js";
import { readPdf } from "./support/pdf-text.js";

const fixtures = join(import.meta.dirname, "fixtures", "statements");
const load = (name: string) =>
  parseStatement(readFileSync(join(fixtures, name)), { filename: name }).statement;
const flat = (text: string) => text.replace(/\s+/g, " ");

/** What the importer now reads beyond the text — delivery marker, co-signatories, notes — reaches both outputs. */
describe("delivery markers, co-signatories and notes in the briefing outputs", () => {
  const joint = load("40-hrc-joint-numbered-cosigners.txt");
  const noted = load("56-nz-mfat-headings-footnotes.txt");

  it("prints the delivery marker, the co-signatories and the notes in the PDF, and no web-page text", async () => {
    const pdf = await readPdf(await renderPdf(renderDocument(noted).document));
    const text = flat(pdf.content);
    expect(text).toContain("Delivery Check against delivery");
    expect(text).toMatch(/Notes ?1 ?A\/HRC\/53\/20\./);
    expect(text).not.toContain("top of page");
    expect(text).not.toContain("BlogsEvents");
    const group = flat((await readPdf(await renderPdf(renderDocument(joint).document))).content);
    expect(joint.cosignatories).toHaveLength(60);
    expect(group).toContain("Joined by 60 countries: Albania, Andorra");
    expect(group).not.toMatch(/\b61 Zambia\b/);
  });

  it("keeps them in the Word file, in Note style paragraphs and custom properties, and reads them back", async () => {
    for (const statement of [joint, noted]) {
      const bytes = await renderDocx(renderDocument(statement).document, { file: "shape" });
      const paragraphs = await readParagraphs(bytes);
      const notes = paragraphs
        .filter((paragraph) => paragraph.styleName === "Note")
        .map((paragraph) => paragraph.text);
      expect(notes).toHaveLength(statement.notes?.length ?? 0);
      const back = parseStatement(bytes, { filename: "shape.docx" }).statement;
      expect(back.delivery).toBe(statement.delivery);
      expect(back.cosignatories).toEqual(statement.cosignatories);
      expect(back.notes).toEqual(statement.notes);
    }
  });
});
