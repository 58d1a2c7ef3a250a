// The Word book's contents carries the PDF book's page numbers (issue 12, item 8): each entry's
// cached TOC result ends in a tab and a PAGEREF showing the page the PDF contents page shows.
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefing, examples, tempWithExamples } from "./export-helpers.js";
import { elementsNamed, readParts } from "./support/docx-read.js";
import { readPdf } from "./support/pdf-text.js";

const squash = (text: string) => text.replace(/\s+/g, "");
const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
const textOf = (xml: string) =>
  unescapeXml(
    (xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join(""),
  );

interface TocEntry {
  title: string;
  page: string;
  anchor: string;
}

/** The TOC field's result entries that carry a page number, in order. */
function tocEntries(documentXml: string): { entries: TocEntry[]; sdt: string } {
  const sdt = elementsNamed(documentXml, "w:sdt").find((xml) => xml.includes("TOC \\")) ?? "";
  const entries = elementsNamed(sdt, "w:p").flatMap((paragraph) => {
    const field = /<w:fldSimple w:instr="PAGEREF (\w+) \\h">([\s\S]*?)<\/w:fldSimple>/.exec(paragraph);
    if (!field) return [];
    const beforeTab = paragraph.slice(0, paragraph.indexOf("<w:tab/>"));
    return [{ title: textOf(beforeTab), page: textOf(field[2] ?? ""), anchor: field[1] ?? "" }];
  });
  return { entries, sdt };
}

let dir: string;
beforeAll(async () => {
  dir = await tempWithExamples("book-toc-pages");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the Word book's contents", { timeout: 120_000 }, () => {
  it("shows each statement's title with the page the PDF book's contents page shows", async () => {
    const pdfPath = join(dir, "x.pdf");
    const docxPath = join(dir, "x.docx");
    expect(briefing(["book", examples, "-o", pdfPath, "--quiet"]).status).toBe(0);
    expect(briefing(["book", examples, "-o", docxPath, "--quiet"]).status).toBe(0);

    const xml = readParts(await readFile(docxPath))["word/document.xml"] ?? "";
    const { entries, sdt } = tocEntries(xml);
    expect(entries).toHaveLength((await readdir(examples)).length);
    // Clean: Word shows the result as written rather than asking to update it on opening.
    expect(sdt).not.toContain('w:dirty="true"');
    // A right tab stop with a dot leader, as Word writes a TOC entry.
    expect(sdt).toMatch(/<w:tab w:val="right" w:pos="\d+" w:leader="dot"\/>/);
    for (const entry of entries) expect(xml).toContain(`<w:bookmarkStart w:name="${entry.anchor}"`);

    // The PDF's contents page (after the cover): each entry's text runs from its title to the
    // next title, its page number last.
    const contents = squash((await readPdf(await readFile(pdfPath))).pages[1]?.content ?? "");
    const starts = entries.map((entry) => contents.indexOf(squash(entry.title)));
    expect(starts.every((start) => start >= 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    entries.forEach((entry, index) => {
      expect(entry.page).toMatch(/^\d+$/);
      const segment = contents.slice(starts[index], starts[index + 1] ?? contents.length);
      expect(segment.endsWith(entry.page), `${entry.title}: ${segment}`).toBe(true);
    });
  });

  it("has page numbers through `export --to docx --template book` too", async () => {
    const out = join(dir, "one");
    const name = (await readdir(examples)).sort()[0] ?? "";
    const run = briefing(["export", join(examples, name), "--to", "docx", "--template", "book", "-o", out]);
    expect(run.status, run.stderr).toBe(0);
    const files = (await readdir(out)).filter((file) => file.endsWith(".docx"));
    expect(files).toHaveLength(1);
    const xml = readParts(await readFile(join(out, files[0] ?? "")))["word/document.xml"] ?? "";
    const { entries } = tocEntries(xml);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.page).toMatch(/^\d+$/);
  });
});
