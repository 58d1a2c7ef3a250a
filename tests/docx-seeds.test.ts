import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Document,
  parseStatement,
  type Statement,
  statementsToBook,
  statementToDocument,
} from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { describe, expect, it } from "vitest";
import {
  attribute,
  childTags,
  elementsNamed,
  expectedParagraphs,
  readParagraphs,
  readParts,
} from "./support/docx-read.js";
import { typesetStatement } from "./support/typeset.js";

const examples = join(import.meta.dirname, "..", "examples");
const seeds = readdirSync(examples).filter((name) => /\.(txt|md)$/.test(name));
const templates = ["briefing", "reading-copy", "book"] as const;
const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Marks, the language and the East-Asian font hint are all a run may carry.
const runTags = new Set(["w:b", "w:bCs", "w:i", "w:iCs", "w:vertAlign", "w:lang", "w:rFonts", "w:rStyle"]);

function loadSeed(name: string): Statement {
  return parseStatement(readFileSync(join(examples, name)), { filename: join("examples", name) }).statement;
}

const render = async (document: Document) => renderDocx(document, { file: "seed" });
// The book template lays out many statements; here it gets the one.
const documentFor = (statement: Statement, template: (typeof templates)[number]): Document =>
  template === "book"
    ? statementsToBook([statement]).document
    : statementToDocument(statement, { template }).document;

describe.each(seeds)("%s as Word", (seed) => {
  const statement = loadSeed(seed);

  describe.each(templates)("with the %s template", (template) => {
    const document = documentFor(statement, template);
    const rendered = render(document);

    it("gives mammoth every paragraph's text in order, in the right style", async () => {
      const read = await readParagraphs(await rendered);
      const actual = read
        .filter((paragraph) => paragraph.text.trim().length > 0)
        // A Japanese title holds U+200B between its phrases (Word's break opportunities).
        .map((paragraph) => [paragraph.styleName, paragraph.text.trim().replace(/\u200b/gu, "")]);
      expect(actual).toEqual(expectedParagraphs(document));
      const bodyStyles = new Set(read.map((paragraph) => paragraph.styleName));
      for (const block of statement.body) {
        if (block.type === "paragraph")
          expect(bodyStyles).toContain(block.role.charAt(0).toUpperCase() + block.role.slice(1));
        if (block.type === "heading") expect(bodyStyles).toContain(`heading ${block.level}`);
      }
    });

    it("keeps the statement's marks as bold, italic and superscript runs", async () => {
      const runs = (await readParagraphs(await rendered)).flatMap((paragraph) => paragraph.runs);
      for (const block of statement.body) {
        const blockRuns = block.type === "list" ? block.items.flat() : block.runs;
        for (const run of blockRuns.filter((r) => r.marks?.length && r.text.trim().length > 0)) {
          const match = runs.find((r) => r.text === run.text);
          expect(match, run.text).toBeDefined();
          if (run.marks?.includes("sup")) expect(match?.verticalAlignment).toBe("superscript");
          if (run.marks?.includes("strong")) expect(match?.bold).toBe(true);
          if (run.marks?.includes("em")) expect(match?.italic).toBe(true);
        }
      }
    });

    it("sets Japanese runs ja-JP, in a style whose East-Asian font is the theme's", async () => {
      const parts = readParts(await rendered);
      const styles = elementsNamed(parts["word/styles.xml"] ?? "", "w:style");
      const eastAsiaOf = new Map(
        styles.map((style) => [
          attribute(style, "w:styleId"),
          attribute(elementsNamed(style, "w:rFonts")[0] ?? "", "w:eastAsia"),
        ]),
      );
      const themeFonts = new Set(Object.values(document.fonts).map((family) => family.names.eastAsia));
      let count = 0;
      for (const paragraph of elementsNamed(parts["word/document.xml"] ?? "", "w:p")) {
        const style = attribute(elementsNamed(paragraph, "w:pStyle")[0] ?? "", "w:val");
        for (const run of elementsNamed(paragraph, "w:r")) {
          const text = elementsNamed(run, "w:t").join("");
          if (!japanese.test(text)) continue;
          count++;
          expect(run).toContain('w:val="ja-JP"');
          expect(run).toContain('w:eastAsia="ja-JP"');
          expect(run).toContain('<w:rFonts w:hint="eastAsia"/>');
          expect(themeFonts).toContain(eastAsiaOf.get(style));
        }
      }
      const hasJapanese = document.blocks.some((block) => japanese.test(JSON.stringify(block)));
      expect(count > 0).toBe(hasJapanese);
    });

    it("defines each theme style once and formats nothing directly beyond marks", async () => {
      const parts = readParts(await rendered);
      const ids = elementsNamed(parts["word/styles.xml"] ?? "", "w:style").map((style) =>
        attribute(style, "w:styleId"),
      );
      expect(ids.length).toBe(new Set(ids).size);
      const names = elementsNamed(parts["word/styles.xml"] ?? "", "w:style").map(
        (style) => /<w:name w:val="([^"]*)"/.exec(style)?.[1],
      );
      for (const block of expectedParagraphs(document)) expect(names).toContain(block[0]);
      for (const paragraph of elementsNamed(parts["word/document.xml"] ?? "", "w:p")) {
        const pPr = childTags(paragraph, "w:pPr");
        // A book's statement headings sit one level below their "heading N" style and say so.
        const nested = template === "book" && /<w:pStyle w:val="Heading[12]"\/>/.test(paragraph);
        // A paragraph whose Japanese phrases are kept together (U+200B between them) says so.
        const phrases = paragraph.includes("\u200b") ? ["w:wordWrap"] : [];
        // A margin mark is a paragraph in a frame in the left margin.
        const frame = /<w:pStyle w:val="Margin"\/>/.test(paragraph) ? ["w:framePr"] : [];
        const allowed = [
          "w:pStyle",
          "w:numPr",
          "w:ilvl",
          "w:numId",
          ...(nested ? ["w:outlineLvl"] : []),
          ...phrases,
          ...frame,
        ];
        expect(pPr.filter((tag) => !allowed.includes(tag))).toEqual([]);
        for (const run of elementsNamed(paragraph, "w:r")) {
          expect(childTags(run, "w:rPr").filter((tag) => !runTags.has(tag))).toEqual([]);
        }
      }
    });

    // The reading copy numbers its pages in the header only ("N / M"), never again in the footer.
    const band = template === "reading-copy" ? "header" : "footer";
    it(`has PAGE and NUMPAGES fields in the ${band}`, async () => {
      const parts = readParts(await rendered);
      const fields = document.page[band].flatMap((p) => p.inlines.filter((i) => i.kind === "field"));
      const footers = Object.entries(parts).filter(([path]) =>
        new RegExp(`^word/${band}\\d*\\.xml$`).test(path),
      );
      const instructions = footers.flatMap(([, xml]) =>
        elementsNamed(xml, "w:instrText").map((i) => i.replace(/<[^>]+>/g, "").trim()),
      );
      expect(instructions).toEqual(
        fields.map((field) => (field.kind === "field" && field.field === "page" ? "PAGE" : "NUMPAGES")),
      );
      expect(fields.length).toBeGreaterThan(0);
    });

    it("holds the metadata in core and custom properties", async () => {
      const parts = readParts(await rendered);
      const core = parts["docProps/core.xml"] ?? "";
      const escapeXml = (text: string) =>
        text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      if (document.meta.title)
        expect(core).toContain(`<dc:title>${escapeXml(document.meta.title)}</dc:title>`);
      if (document.meta.subject)
        expect(core).toContain(`<dc:subject>${escapeXml(document.meta.subject)}</dc:subject>`);
      if (document.meta.author)
        expect(core).toContain(`<dc:creator>${escapeXml(document.meta.author)}</dc:creator>`);
      const custom = parts["docProps/custom.xml"] ?? "";
      const properties = Object.fromEntries(
        elementsNamed(custom, "property").map((p) => [
          attribute(p, "name"),
          /<vt:lpwstr>([^<]*)</.exec(p)?.[1],
        ]),
      );
      expect(Object.keys(properties).length).toBe(Object.keys(document.meta.properties).length);
      for (const [name, value] of Object.entries(document.meta.properties))
        expect(properties[name]).toBe(escapeXml(value));
    });

    it("renders byte-identical files", async () => {
      const again = await render(documentFor(statement, template));
      expect(Buffer.from(again).equals(Buffer.from(await rendered))).toBe(true);
    });

    if (template !== "book") {
      it("reads back into the same Statement", async () => {
        const { statement: back } = parseStatement(await rendered, { filename: "seed.docx" });
        // The Word file names the source by its file name, never its folder.
        // The Word file holds the typeset text (smartQuotes): it reads back with curly quotes.
        expect(back).toEqual({ ...typesetStatement(statement), source: { ...statement.source, file: seed } });
      });
    }
  });
});

describe("a book of both seeds as Word", () => {
  it("opens with a TOC whose entries link to bookmarks on each statement's heading", async () => {
    const statements = seeds.map(loadSeed);
    const { document } = statementsToBook(statements);
    const parts = readParts(await render(document));
    const body = parts["word/document.xml"] ?? "";
    const toc = elementsNamed(body, "w:sdt")[0] ?? "";
    expect(toc).toContain("TOC \\h");
    const anchors = elementsNamed(toc, "w:hyperlink").map((link) => attribute(link, "w:anchor"));
    const bookmarks = elementsNamed(body, "w:bookmarkStart").map((b) => attribute(b, "w:name"));
    expect(anchors.length).toBeGreaterThanOrEqual(statements.length);
    for (const anchor of anchors) expect(bookmarks).toContain(anchor);
    const read = await readParagraphs(await render(document));
    const tocTexts = read.filter((p) => p.styleName === "toc 1").map((p) => p.text.trim());
    const tocBlock = document.blocks.find((block) => block.kind === "toc");
    expect(tocTexts).toEqual(
      tocBlock?.kind === "toc" ? tocBlock.entries.filter((e) => e.level === 1).map((e) => e.text) : [],
    );
  });
});
