import { type Document, type Statement, statementToDocument, type Warning } from "@briefing/core";
import { describe, expect, test, vi } from "vitest";
import { readPdf } from "../../../tests/support/pdf-text.js";
import { paragraph, sampleDocument, text } from "../../../tests/support/sample-document.js";
import { renderPdf } from "../src/index.js";

// The first render of a worker parses the fonts: allow for a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

/** A title of whole words, `length` characters long. */
function longTitle(length: number): string {
  const words = ["Statement", "by", "the", "Delegation", "of", "Japan", "on", "the", "Implementation"];
  let title = "";
  for (let i = 0; title.length < length; i++) title += `${words[i % words.length]} `;
  return title.slice(0, length).trim();
}

describe("page bands", () => {
  test("a 350-character title makes a one-line running head ending in …", async () => {
    const title = longTitle(350);
    const statement: Statement = {
      title,
      body: Array.from({ length: 40 }, (_, i) => ({
        type: "paragraph" as const,
        role: "body" as const,
        runs: [{ text: `Paragraph ${i + 1}: the delegation thanks the Chair and reaffirms its support.` }],
      })),
    };
    // reading-copy sets the title as the running head.
    const { document } = statementToDocument(statement, { template: "reading-copy" });
    const read = await readPdf(await renderPdf(document));
    expect(read.pages.length).toBeGreaterThan(1);
    const { height, margins } = document.page;
    // The running head, not the large "2 / N" page number under it.
    const head = (read.pages[1]?.items ?? []).filter(
      (item) => item.artifact && item.y > height - margins.top && item.size < 18,
    );
    expect(head.length).toBeGreaterThan(0);
    expect(new Set(head.map((item) => item.y.toFixed(1))).size).toBe(1);
    const shown = head.map((item) => item.text).join("");
    expect(shown).toMatch(/…$/);
    expect(title.startsWith(shown.slice(0, -1))).toBe(true);
    // Cut at a word boundary.
    expect(title[shown.length - 1]).toBe(" ");
    const right = Math.max(...head.map((item) => item.x + item.width));
    expect(right).toBeLessThanOrEqual(document.page.width - margins.right + 0.5);
  });
});

describe("links in a PDF", () => {
  test("only http:, https:, mailto: and #id become links; others are plain text with a warning", async () => {
    const hrefs = [
      "javascript:alert(1)",
      " file:///etc/passwd",
      "data:text/html,x",
      "//evil.example",
      "https://example.org/ok",
      "mailto:a@example.org",
    ];
    const document: Document = sampleDocument([
      paragraph("body", ...hrefs.flatMap((href, i) => [text(`link${i}`, { href }), " "])),
    ]);
    const warnings: Warning[] = [];
    const bytes = await renderPdf(document, { file: "doc.json", onWarning: (w) => warnings.push(w) });
    const read = await readPdf(bytes);
    expect(read.content).toContain("link0 link1 link2 link3 link4 link5");
    const page = await read.pdf.getPage(1);
    const urls = (await page.getAnnotations()).map((annotation) => annotation.url ?? annotation.unsafeUrl);
    expect(urls).toEqual(["https://example.org/ok", "mailto:a@example.org"]);
    expect(warnings.map((w) => w.message)).toEqual([
      'link to "javascript:alert(1)" is shown as plain text: links may only go to http:, https:, mailto: or #id',
      'link to " file:///etc/passwd" is shown as plain text: links may only go to http:, https:, mailto: or #id',
      'link to "data:text/html,x" is shown as plain text: links may only go to http:, https:, mailto: or #id',
      'link to "//evil.example" is shown as plain text: links may only go to http:, https:, mailto: or #id',
    ]);
    expect(Buffer.from(bytes).includes("javascript")).toBe(false);
  });
});
