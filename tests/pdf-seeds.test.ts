import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Document,
  type Inline,
  type Run,
  readStatementFile,
  type Statement,
  smartQuotes,
  statementsToBook,
  statementToDocument,
} from "@briefing/core";
import { renderPdf } from "@briefing/pdf";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { normalizeText, type ReadPdf, readPdf, structureRoles } from "./support/pdf-text.js";

// Rendering parses the 7.7 MB Japanese font once per worker: allow for a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const examples = fileURLToPath(new URL("../examples/", import.meta.url));
const seeds = readdirSync(examples)
  .filter((name) => /^\d{4}-\d{2}-\d{2}-.*\.(txt|md)$/.test(name))
  .sort();

const runsText = (runs: readonly Run[]) => runs.map((run) => run.text).join("");

/** The text of every block of the statement's body. */
function statementTexts(statement: Statement): string[] {
  return statement.body.flatMap((block) =>
    block.type === "list" ? block.items.map(runsText) : [runsText(block.runs)],
  );
}

/** The statement's block texts as the built-in themes typeset them (smartQuotes: curly quotes). */
const typesetTexts = (statement: Statement) => statementTexts(statement).map(smartQuotes);

/** What the footer of page `page` must read, fields filled in. */
function footerText(document: Document, page: number, pages: number): string {
  const fill = (inline: Inline) =>
    inline.kind === "text" ? inline.text : String(inline.field === "page" ? page : pages);
  return normalizeText(
    document.page.footer.map((paragraph) => paragraph.inlines.map(fill).join("")).join(" "),
  );
}

/** The text of every paragraph, heading and table cell of the Document. */
function documentTexts(document: Document): string[] {
  const joined = (inlines: readonly Inline[]) =>
    normalizeText(inlines.map((i) => (i.kind === "text" ? i.text : "")).join(""));
  return document.blocks
    .flatMap((block) => {
      if (block.kind === "paragraph" || block.kind === "heading") return [joined(block.inlines)];
      if (block.kind === "table")
        return block.rows.flatMap((row) => row.cells.map((cell) => joined(cell.inlines)));
      if (block.kind === "list") return block.items.map(joined);
      return [];
    })
    .filter((text) => text.length > 0);
}

function expectFurniture(document: Document, read: ReadPdf): void {
  read.pages.forEach((page, index) => {
    const footer = footerText(document, index + 1, read.pages.length);
    // A title page (the book's cover) has no bands.
    if (index === 0 && document.page.titlePage) expect(normalizeText(page.text)).not.toContain(footer);
    else expect(normalizeText(page.text)).toContain(footer);
  });
}

const statements = new Map<string, Statement>();
beforeAll(async () => {
  for (const seed of seeds) statements.set(seed, readStatementFile(join(examples, seed)).statement);
});

test("both seeds are found", () => {
  expect(seeds).toHaveLength(2);
});

describe.each(["briefing", "reading-copy"])("the seeds under the %s template", (template) => {
  test.each(seeds)("%s: every paragraph, the Japanese title and the date, Page X of Y", async (seed) => {
    const statement = statements.get(seed) as Statement;
    const { document } = statementToDocument(statement, { template, file: seed });
    const warnings: string[] = [];
    const read = await readPdf(
      await renderPdf(document, { file: seed, onWarning: (w) => warnings.push(w.message) }),
    );
    expect(warnings).toEqual([]);
    const content = normalizeText(read.content);
    // The PDF holds the typeset text: the statement with its quotes curled (smartQuotes).
    for (const text of typesetTexts(statement)) expect(content).toContain(normalizeText(text));
    if (statement.titleJa) expect(content).toContain(normalizeText(statement.titleJa));
    // Both templates show the date in Japanese-era form; seed 2021-11-23 was written in that form.
    if (statement.date?.text && /[\u3000-\u9fff]/u.test(statement.date.text)) {
      expect(content).toContain(statement.date.text);
    }
    for (const text of documentTexts(document)) expect(content).toContain(text);
    expectFurniture(document, read);
    const { roles } = await structureRoles(read);
    expect(roles).toContain("P");
    if (document.blocks.some((block) => block.kind === "table"))
      for (const role of ["Table", "TR", "TD"]) expect(roles).toContain(role);
    if (template === "reading-copy") {
      // Numbered once, by the large "N / M" at the top: no "Page X of Y" in the footer (issue 12).
      read.pages.forEach((page, index) => {
        expect(normalizeText(page.text)).toContain(`${index + 1} / ${read.pages.length}`);
        expect(page.text).not.toMatch(/Page \d+ of/);
      });
      // A page turns inside a paragraph only after a sentence (issue 12: it used to keep each
      // paragraph whole, which left pages half empty): each page ends a block or a sentence.
      const pages = read.pages.map((page) => normalizeText(page.content));
      // Block ends as typeset (smartQuotes), since the page text holds curly quotes.
      const ends = typesetTexts(statement).map((text) => normalizeText(text).slice(-40));
      for (const page of pages.slice(0, -1)) {
        expect(
          ends.some((end) => page.endsWith(end)) || /[.?!。？！]["'”’)」』]*$/u.test(page),
          page.slice(-60),
        ).toBe(true);
      }
    }
  });
});

describe("the seeds as a book", () => {
  let document: Document;
  let read: ReadPdf;
  beforeAll(async () => {
    document = statementsToBook([...statements.values()], {}).document;
    read = await readPdf(await renderPdf(document, { file: "book" }));
  });

  test("every statement's paragraphs and era date are in the book, and Page X of Y on every page", () => {
    const content = normalizeText(read.content);
    for (const text of documentTexts(document)) expect(content).toContain(text);
    const eraDates = [...statements.values()]
      .map((s) => s.date?.text ?? "")
      .filter((t) => /[\u3000-\u9fff]/u.test(t));
    expect(eraDates.length).toBeGreaterThan(0);
    for (const date of eraDates) expect(content).toContain(date);
    for (const statement of statements.values()) {
      // The book is typeset with smartQuotes: compare with the statement's text so transformed.
      for (const text of typesetTexts(statement)) expect(content).toContain(normalizeText(text));
    }
    expectFurniture(document, read);
  });

  test("one outline entry per statement, at the page its heading is on, matching the TOC", async () => {
    const outline = (await read.pdf.getOutline()) as { title: string; dest: unknown }[];
    const headings = document.blocks.filter((block) => block.kind === "heading" && block.level === 1);
    expect(outline.map((item) => item.title)).toHaveLength(headings.length);
    expect(headings.length).toBe(statements.size);
    const toc = read.pages.find(
      (page) => page.items.some((item) => /^\d+$/.test(item.text)) && page.content.includes("Contents"),
    );
    const numbers = (toc?.items ?? [])
      .filter((item) => !item.artifact && /^\d+$/.test(item.text))
      .map((item) => Number(item.text));
    const pages: number[] = [];
    for (const item of outline) {
      const dest =
        typeof item.dest === "string" ? await read.pdf.getDestination(item.dest) : (item.dest as unknown[]);
      const page = (await read.pdf.getPageIndex(dest?.[0] as { num: number; gen: number })) + 1;
      pages.push(page);
      const firstLine = normalizeText(item.title).slice(0, 12);
      expect(normalizeText(read.pages[page - 1]?.content ?? "")).toContain(firstLine);
    }
    expect(numbers).toEqual(pages);
  });
});
