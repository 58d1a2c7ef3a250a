import { type Document, japanesePhrases } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { renderPdf } from "@briefing/pdf";
import { describe, expect, test, vi } from "vitest";
import { attribute, elementsNamed, readParts, xmlText } from "./support/docx-read.js";
import { readPdf } from "./support/pdf-text.js";
import { paragraph, sampleDocument } from "./support/sample-document.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const TITLE =
  "人身取引グローバル行動計画の履行状況評価に係る国連ハイレベル総会における上川外務大臣ステートメント";

/** A Document of `TITLE` in `style`, the text area `width` points wide. */
function titleDocument(style: string, width: number): Document {
  const document = sampleDocument([paragraph(style, TITLE)]);
  document.page.margins = { ...document.page.margins, right: document.page.width - 72 - width };
  return document;
}

/** The title's lines as pdfjs reads them back: Japanese-font items grouped by baseline, top down. */
async function titleLines(document: Document): Promise<string[]> {
  const read = await readPdf(await renderPdf(document, { file: "title.json" }));
  const lines = new Map<number, { x: number; text: string }[]>();
  for (const item of read.pages[0]?.items ?? []) {
    if (item.artifact || !item.font.includes("JP")) continue;
    const key = Math.round(item.y);
    lines.set(key, [...(lines.get(key) ?? []), item]);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, items]) =>
      items
        .sort((a, b) => a.x - b.x)
        .map((item) => item.text)
        .join(""),
    );
}

/** The positions where `lines` break `TITLE`. */
const breaks = (lines: string[]) => lines.slice(0, -1).map((_, i) => lines.slice(0, i + 1).join("").length);

describe("Japanese titles break between BudouX phrases", () => {
  const phrases = japanesePhrases(TITLE);
  const boundaries = new Set(phrases.map((_, i) => phrases.slice(0, i + 1).join("").length));

  // The longest phrase, 人身取引グローバル行動計画の, is 14 characters: 252 pt at 18 pt, so every
  // phrase fits these widths.
  test.each([260, 300, 340])("in the PDF, a title %d pt wide breaks only between phrases", async (width) => {
    const lines = await titleLines(titleDocument("title", width));
    expect(lines.join("")).toBe(TITLE);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const at of breaks(lines)) expect(boundaries, `${lines.join(" / ")}`).toContain(at);
  });

  test("body text at the same widths still breaks between any characters (the rule is the title's)", async () => {
    const inside: number[] = [];
    for (const width of [260, 300, 340]) {
      const lines = await titleLines(titleDocument("body", width));
      expect(lines.join("")).toBe(TITLE);
      inside.push(...breaks(lines).filter((at) => !boundaries.has(at)));
    }
    expect(inside.length).toBeGreaterThan(0);
  });

  test("a phrase wider than the line is still broken between characters", async () => {
    const lines = await titleLines(titleDocument("title", 60));
    expect(lines.join("")).toBe(TITLE);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(4);
  });

  test("in Word, the title holds U+200B at each phrase boundary and does not wrap Asian text elsewhere", async () => {
    const document = titleDocument("title", 260);
    document.blocks.push(paragraph("body", TITLE));
    const parts = readParts(await renderDocx(document, { file: "title.json" }));
    const paragraphs = elementsNamed(parts["word/document.xml"] ?? "", "w:p");
    const title = paragraphs.find(
      (p) => attribute(elementsNamed(p, "w:pStyle")[0] ?? "", "w:val") === "Title",
    );
    expect(title).toBeDefined();
    expect(title).toContain('<w:wordWrap w:val="0"/>');
    expect(xmlText(title ?? "")).toBe(phrases.join("\u200b"));
    const body = paragraphs.find((p) => p !== title && xmlText(p).includes("人身取引"));
    expect(body).toBeDefined();
    expect(body).not.toContain("w:wordWrap");
    expect(xmlText(body ?? "")).toBe(TITLE);
  });
});
