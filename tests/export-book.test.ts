import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { readStatementFile } from "@briefing/core";
import { strFromU8, unzipSync } from "fflate";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefing, examples, tempWithExamples } from "./export-helpers.js";

let dir: string;
let titles: string[];
const squash = (text: string) => text.replace(/\s+/g, "");

beforeAll(async () => {
  dir = await tempWithExamples("book");
  // Titles as the importer reads them, oldest statement first.
  const names = (await readdir(examples)).sort();
  const statements = names.map((name) => readStatementFile(join(examples, name)).statement);
  statements.sort((a, b) => (a.date?.start ?? "9999").localeCompare(b.date?.start ?? "9999"));
  titles = statements.map((s) => s.title ?? s.titleJa ?? "");
  expect(titles.length).toBeGreaterThanOrEqual(2);
  expect(titles.every(Boolean)).toBe(true);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("briefing book", { timeout: 120_000 }, () => {
  it("binds the examples into one PDF whose contents list each statement, by date", async () => {
    const out = join(dir, "book.pdf");
    const run = briefing(["book", examples, "-o", out]);
    expect(run.status, run.stderr).toBe(0);
    const pdf = await getDocument({ data: new Uint8Array(await readFile(out)) }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(""));
    }
    await pdf.destroy();
    const tocPage = pages.findIndex((text) => titles.every((title) => squash(text).includes(squash(title))));
    expect(tocPage, "a page listing every title").toBeGreaterThanOrEqual(0);
    const toc = squash(pages[tocPage] ?? "");
    const positions = titles.map((title) => toc.indexOf(squash(title)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // and each statement has its own section after the contents
    const rest = squash(pages.slice(tocPage + 1).join(""));
    for (const title of titles) expect(rest).toContain(squash(title));
  });

  it("binds them into one DOCX whose contents list each statement", async () => {
    const out = join(dir, "book.docx");
    const run = briefing(["book", join(dir, "in"), "-o", out, "--order", "given"]);
    expect(run.status, run.stderr).toBe(0);
    const xml = strFromU8(
      unzipSync(new Uint8Array(await readFile(out)))["word/document.xml"] ?? new Uint8Array(),
    );
    const paragraphs = xml.split("</w:p>");
    const tocText = paragraphs
      .filter((p) => /<w:pStyle w:val="toc-?\d"\/>/i.test(p))
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
      .join("\n");
    for (const title of titles) expect(squash(tocText)).toContain(squash(title));
    expect(tocText.split("\n")).toHaveLength(titles.length);
  });

  it("refuses an output that is neither .pdf nor .docx", () => {
    const run = briefing(["book", examples, "-o", join(dir, "book.txt")]);
    expect(run.status).toBe(2);
  });
});
