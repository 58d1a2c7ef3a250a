import type { Block, Document, TocEntry } from "@briefing/core";
import { renderPdf } from "@briefing/pdf";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { type ReadPdf, readPdf, structureRoles } from "./support/pdf-text.js";
import {
  fillerParagraphs,
  heading,
  paragraph,
  sampleDocument,
  sampleStyles,
} from "./support/sample-document.js";

// Rendering parses the 7.7 MB Japanese font once per worker: allow for a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const STATEMENTS = 3;

function bookDocument(): Document {
  const entries: TocEntry[] = [];
  const sections: Block[] = [];
  for (let s = 1; s <= STATEMENTS; s++) {
    entries.push({ level: 1, text: `Statement number ${s}`, target: `s${s}` });
    sections.push(heading(1, `s${s}`, `Statement number ${s}`), ...fillerParagraphs(4 + s * 3));
    for (let h = 1; h <= 2; h++) {
      entries.push({ level: 2, text: `Section ${s}.${h}`, target: `s${s}-${h}` });
      sections.push(heading(2, `s${s}-${h}`, `Section ${s}.${h}`), ...fillerParagraphs(3 + h));
    }
  }
  return sampleDocument(
    [
      paragraph("title", "Statements of Japan"),
      { kind: "pageBreak" },
      paragraph("toc-title", "Contents"),
      { kind: "toc", style: "toc-title", depth: 2, entries },
      ...sections,
    ],
    { styles: sampleStyles({ "heading-1": { pageBreakBefore: true } }) },
  );
}

interface OutlineNode {
  title: string;
  dest: unknown;
  items: OutlineNode[];
}

describe("a book: outline, table of contents, links", () => {
  let read: ReadPdf;
  /** Page (1-based) where each heading is drawn, found in the text after the TOC. */
  const headingPage = new Map<string, number>();
  beforeAll(async () => {
    read = await readPdf(await renderPdf(bookDocument()));
    read.pages.forEach((page, index) => {
      if (index < 2) return;
      for (const item of page.items)
        if (/^(Statement number|Section) /.test(item.text)) headingPage.set(item.text, index + 1);
    });
  });

  async function pageOfDest(dest: unknown): Promise<number> {
    const explicit = typeof dest === "string" ? await read.pdf.getDestination(dest) : (dest as unknown[]);
    return (await read.pdf.getPageIndex(explicit?.[0] as { num: number; gen: number })) + 1;
  }

  test("each statement starts a page and every heading is found", () => {
    expect(headingPage.size).toBe(STATEMENTS * 3);
    const starts = [1, 2, 3].map((s) => headingPage.get(`Statement number ${s}`) ?? 0);
    expect(new Set(starts).size).toBe(STATEMENTS);
  });

  test("one outline entry per statement, with its headings nested, pointing at their pages", async () => {
    const outline = (await read.pdf.getOutline()) as OutlineNode[];
    expect(outline.map((item) => item.title)).toEqual([
      "Statement number 1",
      "Statement number 2",
      "Statement number 3",
    ]);
    for (const item of outline) {
      expect(await pageOfDest(item.dest)).toBe(headingPage.get(item.title));
      expect(item.items.map((child) => child.title)).toHaveLength(2);
      for (const child of item.items) expect(await pageOfDest(child.dest)).toBe(headingPage.get(child.title));
    }
  });

  test("the table of contents shows the right page numbers", () => {
    const toc = read.pages[1];
    expect(toc?.content).toContain("Contents");
    for (const [title, page] of headingPage) {
      const entry = toc?.items.find((item) => item.text === title);
      expect(entry, title).toBeDefined();
      const number = toc?.items.find(
        (item) => /^\d+$/.test(item.text) && Math.abs(item.y - (entry?.y ?? 0)) < 1,
      );
      expect(number?.text, title).toBe(String(page));
    }
  });

  test("each table-of-contents entry links to its heading", async () => {
    const annotations = (await (await read.pdf.getPage(2)).getAnnotations()) as {
      subtype: string;
      dest?: unknown;
    }[];
    const links = annotations.filter((annotation) => annotation.subtype === "Link");
    // Each link is tied into the structure tree (StructParent → a Link element's OBJR).
    for (const link of links)
      expect((link as { structParent?: number }).structParent).toBeGreaterThanOrEqual(0);
    expect(links).toHaveLength(STATEMENTS * 3);
    const targets = await Promise.all(links.map((link) => pageOfDest(link.dest)));
    expect(targets).toEqual([...headingPage.values()]);
  });
});

test("the book's structure tree has headings and a TOC", async () => {
  const { roles } = await structureRoles(await readPdf(await renderPdf(bookDocument())));
  for (const role of ["Document", "H1", "H2", "P", "TOC", "TOCI", "Link"]) expect(roles).toContain(role);
});
