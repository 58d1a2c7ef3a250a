import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  type Document,
  parseStatement,
  type Statement,
  statementsToBook,
  statementToDocument,
} from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedParagraphs } from "./support/docx-read.js";
import { convertWithLibreOffice, hasSoffice } from "./support/libreoffice.js";
import { typesetStatement } from "./support/typeset.js";

// LibreOffice is an independent Word reader and layout engine. CI without it skips this file;
// install it with `apt-get install -y libreoffice-writer-nogui` (about 30 s) to run it.

const examples = join(import.meta.dirname, "..", "examples");
const seeds = readdirSync(examples).filter((name) => /\.(txt|md)$/.test(name));
const templates = ["briefing", "reading-copy", "book"] as const;

interface Case {
  name: string;
  document: Document;
  /** The one statement it holds (not for a book). */
  statement?: Statement;
}

const cases: Case[] = [];
const statements = seeds.map(
  (seed) =>
    parseStatement(readFileSync(join(examples, seed)), { filename: join("examples", seed) }).statement,
);
cases.push({ name: "book-of-all-seeds", document: statementsToBook(statements).document });
for (const [index, seed] of seeds.entries()) {
  const statement = statements[index] as (typeof statements)[number];
  for (const template of templates) {
    const document =
      template === "book"
        ? statementsToBook([statement]).document
        : statementToDocument(statement, { template }).document;
    cases.push({
      name: `${seed.replace(/\.\w+$/, "")}.${template}`,
      document,
      ...(template === "book" ? {} : { statement }),
    });
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

/** A header or footer paragraph as it reads on a page: fields filled in. */
const chromeText = (paragraph: Document["page"]["footer"][number], page: number, pages: number): string =>
  paragraph.inlines
    .map((inline) =>
      inline.kind === "text" ? inline.text : inline.field === "page" ? String(page) : String(pages),
    )
    .join("");

/**
 * The text of every page, whitespace removed, with the page's header and footer taken off its
 * ends so that a paragraph running over a page break reads whole. Throws when a page lacks them.
 * Margin marks are taken out and returned apart: LibreOffice writes a page's frames where its
 * content stream has room, so their text lands inside other paragraphs' text.
 */
async function pdfText(
  path: string,
  document: Document,
): Promise<{ text: string; pages: number; marks: string[] }> {
  const marginMarks = document.blocks.flatMap((block) =>
    block.kind === "paragraph" && block.margin !== undefined ? [squeeze(block.margin)] : [],
  );
  const marks: string[] = [];
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  let text = "";
  for (let page = 1; page <= pdf.numPages; page++) {
    const content = await (await pdf.getPage(page)).getTextContent();
    let pageText = squeeze(content.items.map((item) => ("str" in item ? item.str : "")).join(""));
    for (const mark of marginMarks) {
      if (!pageText.includes(mark)) continue;
      marks.push(mark);
      pageText = pageText.replace(mark, "");
    }
    // A title page (the book's cover) has no bands: Word's empty first-page header and footer.
    if (page === 1 && document.page.titlePage) {
      const footer = document.page.footer[0];
      if (footer) expect(pageText).not.toContain(squeeze(chromeText(footer, page, pdf.numPages)));
      text += pageText;
      continue;
    }
    for (const header of document.page.header) {
      if (header.inlines.some((inline) => inline.kind === "field" && inline.field === "section")) {
        // STYLEREF: the header names one of the statements (the one the page belongs to).
        const titles = document.blocks.flatMap((block) =>
          block.kind === "heading" && block.level === 1
            ? [squeeze(block.inlines.map((inline) => (inline.kind === "text" ? inline.text : "")).join(""))]
            : [],
        );
        const title = titles.find((candidate) => pageText.startsWith(candidate));
        expect(title, `page ${page} starts with a statement's title`).toBeDefined();
        pageText = pageText.slice(title?.length ?? 0);
        continue;
      }
      const expected = squeeze(chromeText(header, page, pdf.numPages));
      expect(pageText.startsWith(expected), `page ${page} starts with its header`).toBe(true);
      pageText = pageText.slice(expected.length);
    }
    for (const footer of document.page.footer) {
      const expected = squeeze(chromeText(footer, page, pdf.numPages));
      expect(pageText.endsWith(expected), `page ${page} ends with its footer "${expected}"`).toBe(true);
      pageText = pageText.slice(0, pageText.length - expected.length);
    }
    text += pageText;
  }
  return { text, pages: pdf.numPages, marks };
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * A fontconfig setup that gives LibreOffice the theme's own font files under the Word font names
 * (Noto Serif and Noto Serif JP, as the npm packages ship them, are not installed on a CI machine),
 * so Japanese text is laid out with real glyphs.
 */
function fontConfig(dir: string, documents: Document[]): string {
  const dirs = new Set<string>();
  const aliases = new Map<string, string>();
  for (const document of documents) {
    for (const family of Object.values(document.fonts)) {
      dirs.add(dirname(family.files.regular));
      const name = execFileSync("fc-scan", ["--format", "%{family[0]}", family.files.regular], {
        encoding: "utf8",
      }).trim();
      if (name) aliases.set(family.names.latin, name);
    }
  }
  const xml = [
    '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>',
    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...[...dirs].map((d) => `<dir>${escapeXml(d)}</dir>`),
    `<cachedir>${escapeXml(join(dir, "fc-cache"))}</cachedir>`,
    ...[...aliases].map(
      ([word, file]) =>
        `<match target="pattern"><test name="family"><string>${escapeXml(word)}</string></test>` +
        `<edit name="family" mode="assign" binding="strong"><string>${escapeXml(file)}</string></edit></match>`,
    ),
    "</fontconfig>",
  ].join("\n");
  const path = join(dir, "fonts.conf");
  writeFileSync(path, xml);
  return path;
}

describe.skipIf(!hasSoffice)(
  "LibreOffice opens every Word output (soffice --headless --convert-to pdf)",
  () => {
    let dir = "";

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "briefing-docx-lo-"));
      const files: string[] = [];
      for (const { name, document } of cases) {
        const path = join(dir, `${name}.docx`);
        writeFileSync(path, await renderDocx(document));
        files.push(path);
      }
      const fontsConf = fontConfig(
        dir,
        cases.map((c) => c.document),
      );
      convertWithLibreOffice(dir, files, { fontsConf });
      // LibreOffice saving the files again as Word files: an application other than Word editing them.
      mkdirSync(join(dir, "resaved"));
      convertWithLibreOffice(dir, files, {
        fontsConf,
        to: "docx:MS Word 2007 XML",
        outdir: join(dir, "resaved"),
      });
    }, 240_000);

    it.each(cases.filter((c) => c.statement !== undefined).map((c) => [c.name, c] as const))(
      "%s: saved again by LibreOffice, reads back into the same Statement",
      (_name, { name, statement }) => {
        const bytes = new Uint8Array(readFileSync(join(dir, "resaved", `${name}.docx`)));
        const { statement: back, warnings } = parseStatement(bytes, { filename: `${name}.docx` });
        expect(warnings).toEqual([]);
        // The Word file names the source by its file name, never its folder.
        const file = statement?.source?.file.split("/").at(-1);
        // The Word file holds the typeset text (smartQuotes): it reads back with curly quotes.
        const typeset = statement && typesetStatement(statement);
        expect(back).toEqual({ ...typeset, source: { ...statement?.source, file } });
      },
    );

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it.each(cases.map((c) => [c.name, c] as const))(
      "%s: the PDF holds every paragraph",
      async (_name, { name, document }) => {
        // LibreOffice fills the header and footer (PAGE / NUMPAGES fields: "Page 1 of 3") on every page.
        const { text, pages, marks } = await pdfText(join(dir, `${name}.pdf`), document);
        expect(pages).toBeGreaterThan(0);
        for (const [style, paragraph] of expectedParagraphs(document)) {
          if (style === "Margin") expect(marks).toContain(squeeze(paragraph));
          else expect(text).toContain(squeeze(paragraph));
        }
      },
    );
  },
);

if (!hasSoffice) {
  describe("LibreOffice check", () => {
    it.skip("skipped: `soffice` is not on PATH (apt-get install -y libreoffice-writer-nogui to run it)", () => {});
  });
}
