// The reading-copy template as a podium copy (issue 12, item 5): pages filled to two thirds, lists
// that flow per item with their lead-in, page turns only between sentences, "N / M" and END —
// all read back from the PDF with pdfjs.
import { join } from "node:path";
import {
  type Document,
  type Inline,
  readStatementFile,
  type Statement,
  statementToDocument,
} from "@briefing/core";
import { renderPdf } from "@briefing/pdf";
import { describe, expect, test, vi } from "vitest";
import { pageFill } from "./support/page-fill.js";
import { normalizeText, type ReadPdf, readPdf } from "./support/pdf-text.js";

vi.setConfig({ testTimeout: 120_000 });

const root = join(import.meta.dirname, "..");
/** The longest English statements among the fixtures, the examples, and a lead-in + long list. */
const files = [
  "tests/fixtures/statements/151-south-africa-african-group-wipo-blog-caps.txt",
  "tests/fixtures/statements/20-gov-uk-speech-page.txt",
  "tests/fixtures/statements/41-eu-hrc-item4-footnote.md",
  "examples/2017-06-08-apmbc-cooperation-and-assistance.txt",
  "examples/2021-11-23-unga-trafficking-in-persons.txt",
  "examples/2023-10-25-unga-third-committee-rights-of-the-child.yaml",
  "tests/fixtures/reading-copy/lead-in-long-list.yaml",
];

const joined = (inlines: readonly Inline[]) =>
  normalizeText(inlines.map((inline) => (inline.kind === "text" ? inline.text : "")).join(""));

async function render(statement: Statement): Promise<{ document: Document; read: ReadPdf }> {
  const { document } = statementToDocument(statement, { template: "reading-copy" });
  return { document, read: await readPdf(await renderPdf(document)) };
}

const load = (file: string) => readStatementFile(join(root, file)).statement;
const contents = (read: ReadPdf) => read.pages.map((page) => normalizeText(page.content));
/** A sentence's end, closing quotes and brackets after it. */
const SENTENCE_END = /[.?!。？！]["'”’)\]」』）]*$/u;

describe.each(files)("%s as a reading copy", (file) => {
  test("every page but the last is at least two-thirds full, unless a heading starts the next", async () => {
    const { document, read } = await render(load(file));
    const headings = document.blocks.flatMap((block) =>
      block.kind === "heading" ? [joined(block.inlines)] : [],
    );
    const fill = pageFill(document, read);
    const pages = contents(read);
    fill.slice(0, -1).forEach((share, index) => {
      const forced = headings.some((heading) => heading && pages[index + 1]?.startsWith(heading));
      if (!forced)
        expect(share, `${file} page ${index + 1}: ${fill.map((f) => f.toFixed(2))}`).toBeGreaterThanOrEqual(
          2 / 3,
        );
    });
  });

  test("a page turns inside a paragraph only after a sentence, and marks its foot with →", async () => {
    const { document, read } = await render(load(file));
    const pages = contents(read);
    const blockEnds = document.blocks.flatMap((block) =>
      block.kind === "paragraph" || block.kind === "heading"
        ? [joined(block.inlines)]
        : block.kind === "list"
          ? block.items.map(joined)
          : [],
    );
    pages.slice(0, -1).forEach((page, index) => {
      const blockEnded = blockEnds.some((text) => text.length > 0 && page.endsWith(text.slice(-40)));
      expect(blockEnded || SENTENCE_END.test(page), `page ${index + 1} ends "${page.slice(-60)}"`).toBe(true);
      if (!blockEnded) {
        const foot = read.pages[index]?.items.filter((item) => item.artifact && item.text === "→") ?? [];
        expect(foot.length, `page ${index + 1} carries the continuation mark`).toBe(1);
      }
    });
  });

  test('"N / M" large at the top of every page and END on the last page only', async () => {
    const { document, read } = await render(load(file));
    const { height, margins } = document.page;
    read.pages.forEach((page, index) => {
      const band = page.items.filter(
        (item) => item.artifact && item.y > height - margins.top && item.size >= 18,
      );
      expect(normalizeText(band.map((item) => item.text).join(""))).toBe(
        `${index + 1} / ${read.pages.length}`,
      );
    });
    const pages = contents(read);
    expect(pages.at(-1)).toMatch(/— END —/);
    expect(pages.slice(0, -1).some((page) => page.includes("END —"))).toBe(false);
  });
});

describe("a lead-in and a long list", () => {
  /** The fixture with `sentences` more sentences in its first paragraph, moving the list down. */
  async function shifted(sentences: number): Promise<{ statement: Statement; read: ReadPdf }> {
    const statement = structuredClone(load("tests/fixtures/reading-copy/lead-in-long-list.yaml"));
    const first = statement.body[1];
    if (first?.type !== "paragraph") throw new Error("fixture changed");
    const filler = " The Council has heard this warning before, and it has not yet acted.".repeat(sentences);
    first.runs = [{ text: `${first.runs.map((run) => run.text).join("")}${filler}` }];
    return { statement, read: (await render(statement)).read };
  }

  test("across 26 positions of the list (a page's worth of lines): the lead-in shares item 1's page, and no item is split", async () => {
    let leadInLast = 0;
    for (let sentences = 0; sentences < 26; sentences++) {
      const { statement, read } = await shifted(sentences);
      const pages = contents(read);
      const list = statement.body.find((block) => block.type === "list");
      if (list?.type !== "list") throw new Error("fixture changed");
      const items = list.items.map((runs) => normalizeText(runs.map((run) => run.text).join("")));
      for (const item of items)
        expect(
          pages.some((page) => page.includes(item)),
          `${sentences}: item split: ${item.slice(0, 40)}`,
        ).toBe(true);
      const leadInPage = pages.findIndex((page) => page.includes("Japan calls upon the DPRK to:"));
      const firstItemPage = pages.findIndex((page) => page.includes(items[0] as string));
      expect(leadInPage, `${sentences} sentences more`).toBe(firstItemPage);
      // Keep-with-next moved the lead-in to the top of the next page, beside item 1 (its
      // elapsed-time mark, "0:31", kept with it above).
      if (/^(\d+:\d\d\s*)?Japan calls upon the DPRK to:/.test(pages[leadInPage] ?? "")) leadInLast++;
    }
    expect(leadInLast).toBeGreaterThan(0);
  });
});
