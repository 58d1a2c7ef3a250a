import { writeFileSync } from "node:fs";
import { parseStatement, statementsToBook, statementToDocument } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { renderPdf } from "@briefing/pdf";
import validate from "@ooxml-tools/validate";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { attribute, elementsNamed, readParts, xmlText } from "./support/docx-read.js";
import { footnoteStatement } from "./support/footnote-statement.js";
import { type ReadPdf, readPdf } from "./support/pdf-text.js";

// Notes the text points to become footnotes: in the PDF at the foot of the page with their
// marker, numbered, below the text; the unmarked "Reference" block stays in the end section.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const NOTES = ["Footnote one", "Footnote two", "Footnote three"];

describe("footnotes in the Document", () => {
  test("referenced notes become footnotes, numbered in order; the reference block stays in the text", () => {
    const { document } = statementToDocument(footnoteStatement(), { template: "briefing" });
    expect(document.footnotes?.map((note) => note.id)).toEqual(["1", "2", "3"]);
    const markers = document.blocks.flatMap((block) =>
      block.kind === "paragraph"
        ? block.inlines.filter((inline) => inline.kind === "text" && inline.note)
        : [],
    );
    expect(markers).toEqual(
      [1, 2, 3].map((n) => ({ kind: "text", text: String(n), marks: ["sup"], note: String(n) })),
    );
    const texts = JSON.stringify(document.blocks);
    expect(texts).toContain("Reference block: vote recorded");
    for (const note of NOTES) expect(texts).not.toContain(note);
  });

  test("in a book each statement's notes get their own footnotes and numbers go on", () => {
    const { document } = statementsToBook([footnoteStatement(), footnoteStatement()], { template: "book" });
    expect(document.footnotes?.map((note) => note.id)).toEqual(["1", "2", "3", "1-2", "2-2", "3-2"]);
    const markers = document.blocks.flatMap((block) =>
      block.kind === "paragraph"
        ? block.inlines.flatMap((inline) =>
            inline.kind === "text" && inline.note ? [`${inline.text}:${inline.note}`] : [],
          )
        : [],
    );
    expect(markers).toEqual(["1:1", "2:2", "3:3", "4:1-2", "5:2-2", "6:3-2"]);
  });
});

describe.each(["briefing", "reading-copy", "book"])("PDF footnotes (%s)", (template) => {
  let read: ReadPdf;
  beforeAll(async () => {
    const { document } =
      template === "book"
        ? statementsToBook([footnoteStatement()], { template })
        : statementToDocument(footnoteStatement(), { template });
    const bytes = await renderPdf(document);
    if (process.env.FOOTNOTE_OUT) writeFileSync(`${process.env.FOOTNOTE_OUT}/${template}.pdf`, bytes);
    read = await readPdf(bytes);
  });

  test("each note is on the page of its marker, numbered, below every line of the text", () => {
    const notePages = new Set<number>();
    NOTES.forEach((note, index) => {
      const number = String(index + 1);
      const pageIndex = read.pages.findIndex((page) => page.content.includes(`Marked sentence ${number}.`));
      expect(pageIndex, `marker ${number}`).toBeGreaterThanOrEqual(0);
      const page = read.pages[pageIndex];
      if (!page) throw new Error("no page");
      notePages.add(pageIndex);
      expect(read.pages.filter((p) => p.content.includes(note)).length, note).toBe(1);
      const noteItem = page.items.find((item) => item.text.includes(note));
      expect(noteItem, `${note} on page ${pageIndex + 1}`).toBeDefined();
      // Its number: a small superscript item just left of the note's text, on its baseline or above.
      const numberItem = page.items.find(
        (item) =>
          item.text.trim() === number &&
          item.x < (noteItem?.x ?? 0) &&
          Math.abs(item.y - (noteItem?.y ?? 0)) < 6 &&
          item.size < (noteItem?.size ?? 0),
      );
      expect(numberItem, `number ${number}`).toBeDefined();
      // pdfjs y grows upwards: the note is lower on the page than every line of body text.
      const body = page.items.filter(
        (item) =>
          !item.artifact &&
          !item.text.startsWith("Footnote") &&
          /Paragraph \d+|committee|delegation/i.test(item.text),
      );
      expect(body.length).toBeGreaterThan(0);
      for (const item of body) expect(noteItem?.y ?? Infinity).toBeLessThan(item.y);
      // Above the footer (an artifact at the page's foot); the reading copy has none since its
      // page number moved to the top.
      const footer = page.items.filter((item) => item.artifact && item.y < (noteItem?.y ?? 0));
      if (template !== "reading-copy") expect(footer.length).toBeGreaterThan(0);
    });
    expect(notePages.size).toBeGreaterThanOrEqual(2);
  });

  test("the unmarked reference block stays in the end section, after the text", () => {
    const last = read.pages.findIndex((page) => page.content.includes("Reference block: vote recorded"));
    expect(last).toBe(read.pages.length - 1);
  });
});

describe.each(["briefing", "book"])("Word footnotes (%s)", (template) => {
  let docx: Uint8Array;
  let parts: Record<string, string>;
  beforeAll(async () => {
    const { document } =
      template === "book"
        ? statementsToBook([footnoteStatement()], { template })
        : statementToDocument(footnoteStatement(), { template });
    docx = await renderDocx(document);
    if (process.env.FOOTNOTE_OUT) writeFileSync(`${process.env.FOOTNOTE_OUT}/${template}.docx`, docx);
    parts = readParts(docx);
  });

  test("word/footnotes.xml holds the three notes; document.xml has three references to them", () => {
    const footnotes = elementsNamed(parts["word/footnotes.xml"] ?? "", "w:footnote").filter(
      (xml) => attribute(xml, "w:type") === undefined,
    );
    expect(footnotes.map((xml) => attribute(xml, "w:id"))).toEqual(["1", "2", "3"]);
    NOTES.forEach((note, index) => {
      expect(xmlText(footnotes[index] ?? "")).toContain(note);
    });
    for (const xml of footnotes) {
      expect(xml).toContain('<w:pStyle w:val="FootnoteText"/>');
      expect(xml).toContain("<w:footnoteRef/>");
    }
    const document = parts["word/document.xml"] ?? "";
    const references = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(references).toEqual(["1", "2", "3"]);
    // The marker is the reference itself, not text as well; the notes are not in the body.
    expect(document).not.toMatch(/<w:t[^>]*>Marked sentence 1\.1/);
    for (const note of NOTES) expect(xmlText(document)).not.toContain(note);
    expect(xmlText(document)).toContain("Reference block: vote recorded");
    expect(parts["word/styles.xml"]).toMatch(/w:styleId="FootnoteText"><w:name w:val="footnote text"/);
    expect(parts["word/styles.xml"]).toMatch(
      /w:styleId="FootnoteReference"><w:name w:val="footnote reference"/,
    );
  });

  test("the Word file with footnotes is valid OOXML", async () => {
    for (const version of ["Office2007", "Microsoft365"] as const) {
      const errors = await validate(docx, "docx", version);
      expect(errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`).join("\n")).toBe("");
    }
  });
});

test("a later Word file of the same theme gets its own footnotes, not the first one's", async () => {
  const first = statementToDocument(footnoteStatement(), { template: "briefing" }).document;
  const other = footnoteStatement();
  other.notes = other.notes?.map((note) => ({ ...note, runs: [{ text: `Other ${note.runs[0]?.text}` }] }));
  const second = statementToDocument(other, { template: "briefing" }).document;
  await renderDocx(first);
  const parts = readParts(await renderDocx(second));
  expect(xmlText(parts["word/footnotes.xml"] ?? "")).toContain("Other Footnote one");
});

test("a Word file's footnotes read back as notes with their markers", async () => {
  const { document } = statementToDocument(footnoteStatement(), { template: "briefing" });
  const { statement } = parseStatement(await renderDocx(document), { filename: "statement.docx" });
  expect(statement.notes).toEqual(footnoteStatement().notes);
  const markers = statement.body.flatMap((block) =>
    block.type === "paragraph" ? block.runs.filter((run) => run.note !== undefined) : [],
  );
  expect(markers).toEqual(["1", "2", "3"].map((n) => ({ text: n, marks: ["sup"], note: n })));
});
