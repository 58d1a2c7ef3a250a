// The book as a binder (issue 12, item 6): nested bookmarks, no empty bookmark, a cover with no
// bands, a running head naming the statement, and `render --template book` of one statement.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Document, readStatementFile, type Statement, statementsToBook } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { renderPdf } from "@briefing/pdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { briefing, examples } from "./export-helpers.js";
import { readParts } from "./support/docx-read.js";
import { type ReadPdf, readPdf } from "./support/pdf-text.js";
import { fillerParagraphs, heading, sampleDocument, sampleStyles } from "./support/sample-document.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}
const shape = (nodes: OutlineNode[]): unknown[] =>
  nodes.map((node) => (node.items.length ? { [node.title]: shape(node.items) } : node.title));
const squash = (text: string) => text.replace(/\s+/g, "");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-binder-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("bookmarks", () => {
  it("nest a heading under the nearest lower level, whatever levels are skipped", async () => {
    const document = sampleDocument([
      heading(1, "a", "A"),
      heading(3, "a1", "A.1 deep"),
      heading(3, "a2", "A.2 deep"),
      heading(2, "a3", "A.3"),
      heading(3, "a31", "A.3.1"),
      heading(1, "b", "B"),
      heading(3, "b1", "B.1 deep"),
      ...fillerParagraphs(2),
    ]);
    const outline = (await (await readPdf(await renderPdf(document))).pdf.getOutline()) as OutlineNode[];
    expect(shape(outline)).toEqual([
      { A: ["A.1 deep", "A.2 deep", { "A.3": ["A.3.1"] }] },
      { B: ["B.1 deep"] },
    ]);
  });

  it("are never empty: an untitled heading gets a name", async () => {
    const document = sampleDocument([heading(1, "a", "  "), ...fillerParagraphs(1)]);
    const outline = (await (await readPdf(await renderPdf(document))).pdf.getOutline()) as OutlineNode[];
    expect(outline.map((node) => node.title.trim().length > 0)).toEqual([true]);
  });
});

describe("a book of the examples plus untitled statements", () => {
  let statements: Statement[];
  let document: Document;
  let read: ReadPdf;
  beforeAll(async () => {
    const names = [
      "2017-06-08-apmbc-cooperation-and-assistance.txt",
      "2021-11-23-unga-trafficking-in-persons.txt",
    ];
    statements = names.map((name) => readStatementFile(join(examples, name)).statement);
    const body = statements[0]?.body ?? [];
    const { title: _t, titleJa: _j, ...untitled } = statements[0] as Statement;
    statements.push({ ...untitled, titleJa: "日本代表団の声明", body });
    statements.push({ ...untitled, delegation: "Japan", body });
    statements.push({ body });
    document = statementsToBook(statements, { generatedDate: "2030-04-05" }).document;
    read = await readPdf(await renderPdf(document));
  });

  it("has one named bookmark per statement, each with its headings nested under it", async () => {
    const outline = (await read.pdf.getOutline()) as OutlineNode[];
    expect(outline.map((node) => node.title)).toEqual([
      statements[0]?.title,
      statements[1]?.title ?? statements[1]?.titleJa,
      "日本代表団の声明",
      "Statement by Japan",
      "Statement 5",
    ]);
    const all = (nodes: OutlineNode[]): string[] => nodes.flatMap((node) => [node.title, ...all(node.items)]);
    expect(all(outline).every((title) => title.trim().length > 0)).toBe(true);
  });

  it("has a cover with no running head and no page number, dated the day the binder was made", () => {
    const cover = read.pages[0];
    expect(cover?.text).toContain("As of 5 April 2030");
    expect(cover?.items.filter((item) => item.artifact)).toEqual([]);
    expect(cover?.text).not.toMatch(/Page \d/);
    expect(read.pages[1]?.text).toMatch(/Page 2 of \d+/);
  });

  it("heads each statement's pages with that statement's title", () => {
    for (const [index, statement] of statements.entries()) {
      const title =
        statement.title ?? statement.titleJa ?? (index === 3 ? "Statement by Japan" : "Statement 5");
      const first = read.pages.findIndex(
        (page, at) => at > 1 && squash(page.content).startsWith(squash(title)),
      );
      expect(first, title).toBeGreaterThan(1);
      const head = read.pages[first]?.items.filter((item) => item.artifact && item.y > 700);
      expect(squash(head?.map((item) => item.text).join("") ?? "")).toContain(squash(title).slice(0, 30));
    }
  });

  it("marks a title page in Word, with empty first-page bands and a STYLEREF running head", async () => {
    const parts = readParts(await renderDocx(document, { file: "book" }));
    const body = parts["word/document.xml"] ?? "";
    expect(body).toContain("<w:titlePg");
    const headers = Object.entries(parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.some(([, xml]) => /STYLEREF (&quot;|")Section Title(&quot;|")/.test(xml))).toBe(true);
    expect(headers.some(([, xml]) => !/<w:t[ >]/.test(xml))).toBe(true);
  });
});

describe("contents entries", () => {
  it("show date, meeting and speaker under each statement, smaller, lined up with wrapped lines", async () => {
    const names = [
      "2021-11-23-unga-trafficking-in-persons.txt",
      "2023-10-25-unga-third-committee-rights-of-the-child.yaml",
    ];
    const statements = names.map((name) => readStatementFile(join(examples, name)).statement);
    const { document } = statementsToBook(statements, { generatedDate: "2030-04-05" });
    const contents = (await readPdf(await renderPdf(document))).pages[1];
    const text = squash(contents?.text ?? "");
    for (const statement of statements) {
      for (const part of [statement.meeting, statement.speaker].filter((value) => value !== undefined))
        expect(text, part).toContain(squash(part as string));
    }
    expect(text).toContain(squash("23 November 2021"));
    expect(text).toContain(squash("25 October 2023"));
    const items = contents?.items ?? [];
    const dateItem = items.find((item) => item.text.includes("25 October 2023"));
    const titleItem = items.find((item) => item.text.startsWith("Statement on Agenda Item 66"));
    expect(dateItem && titleItem && dateItem.x > titleItem.x).toBe(true);
    // The wrapped title's second line hangs in, as far as the detail line.
    const wrapped = items.find((item) => item.text.trim() === "Children");
    expect(wrapped?.x).toBeCloseTo(dateItem?.x ?? 0, 0);
  });

  it("never leave one Japanese character alone on an entry's last line", async () => {
    const entries = Array.from({ length: 30 }, (_, index) => ({
      level: 1 as const,
      text: "国".repeat(30 + index),
      target: `e${index}`,
    }));
    // Wrapped lines hang, so each entry's first line is the one at the left edge.
    const document = sampleDocument(
      [
        { kind: "toc", style: "toc-title", depth: 1, entries },
        ...entries.flatMap((entry) => [heading(1, entry.target, entry.text)]),
      ],
      { styles: sampleStyles({ "toc-1": { indent: 11, firstLineIndent: -11, spaceAfter: 4 } }) },
    );
    const read = await readPdf(await renderPdf(document));
    const lines = read.pages
      .slice(0, 3)
      .flatMap((page) => page.items.filter((item) => item.text.includes("国")))
      .filter((item) => !item.artifact);
    const left = Math.min(...lines.map((line) => line.x));
    const groups: string[][] = [];
    for (const line of lines) {
      if (Math.abs(line.x - left) < 1) groups.push([]);
      groups.at(-1)?.push(line.text.trim());
    }
    expect(groups.length).toBeGreaterThanOrEqual(30);
    const wrapped = groups.slice(0, 30).filter((group) => group.length > 1);
    expect(wrapped.length).toBeGreaterThan(10);
    for (const group of wrapped) expect([...(group.at(-1) ?? "")].length).toBeGreaterThanOrEqual(2);
  });
});

describe("render --template book", () => {
  it("makes a book of one statement: cover, one contents entry, the statement", async () => {
    const file = join(examples, "2021-11-23-unga-trafficking-in-persons.txt");
    const { statement } = readStatementFile(file);
    const out = join(dir, "one.pdf");
    const run = briefing(["render", file, "--template", "book", "-o", out]);
    expect(run.status, run.stderr).toBe(0);
    const read = await readPdf(new Uint8Array(await readFile(out)));
    expect(read.pages[0]?.text).toContain("1 statement");
    expect(read.pages[0]?.text).not.toContain("1 statements");
    expect(read.pages[1]?.content).toContain("Contents");
    expect(squash(read.pages[1]?.content ?? "")).toContain(
      squash(statement.title ?? statement.titleJa ?? "-"),
    );
    const firstParagraph = statement.body.find((block) => block.type === "paragraph");
    const words = firstParagraph?.type === "paragraph" ? firstParagraph.runs.map((r) => r.text).join("") : "";
    expect(words.length).toBeGreaterThan(10);
    expect(squash(read.content)).toContain(squash(words).slice(0, 60));
    const outline = (await read.pdf.getOutline()) as OutlineNode[];
    expect(outline.map((node) => node.title)).toEqual([statement.title ?? statement.titleJa]);
  });

  it("writes the book of one as Document JSON too", async () => {
    const file = join(examples, "2021-11-23-unga-trafficking-in-persons.txt");
    const out = join(dir, "one.json");
    const run = briefing(["render", file, "--template", "book", "--to", "document", "-o", out]);
    expect(run.status, run.stderr).toBe(0);
    const document = JSON.parse(await readFile(out, "utf8")) as Document;
    expect(document.page.titlePage).toBe(true);
    expect(document.blocks.filter((block) => block.kind === "heading" && block.level === 1)).toHaveLength(1);
  });
});
