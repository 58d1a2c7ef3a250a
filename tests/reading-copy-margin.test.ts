// Margin marks in the reading copy (issue 12): beside each body paragraph's first line, in the
// left margin, its number and the speaking time already spent when it starts ("4 · 1:05"),
// numbers 1, 2, … and times increasing; in Word a framed paragraph in the margin; no other template.
import { join } from "node:path";
import { analyzeStatement, parseStatement, readStatementFile, statementToDocument } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { renderPdf } from "@briefing/pdf";
import { describe, expect, it, vi } from "vitest";
import { examples } from "./export-helpers.js";
import { attribute, elementsNamed, readParts, xmlText } from "./support/docx-read.js";
import { readPdf } from "./support/pdf-text.js";

vi.setConfig({ testTimeout: 120_000 });

const seed = join(examples, "2021-11-23-unga-trafficking-in-persons.txt");
const markPattern = /^(\d+) · (\d+):(\d\d)$/;

async function readingCopy() {
  const { statement } = readStatementFile(seed);
  const { document } = statementToDocument(statement, { template: "reading-copy" });
  const bodyParagraphs = (statement.body ?? []).filter(
    (block) => block.type !== "heading" && block.type !== "list" && block.role === "body",
  );
  return { statement, document, bodyParagraphs };
}

/** Numbers 1…n in order, times increasing and within the statement's speaking time. */
function expectMarks(marks: string[], count: number, speakingSeconds: number) {
  expect(marks).toHaveLength(count);
  expect(count).toBeGreaterThan(2);
  const parsed = marks.map((mark) => markPattern.exec(mark) ?? []);
  expect(parsed.map((match) => Number(match[1]))).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  const times = parsed.map((match) => Number(match[2]) * 60 + Number(match[3]));
  for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] as number);
  expect(times.at(-1)).toBeLessThan(speakingSeconds);
  expect(times.at(-1)).toBeGreaterThan(speakingSeconds - 60);
}

describe("reading copy margin marks", () => {
  it("PDF: one per body paragraph, in the left margin on its first line's baseline, not in the text", async () => {
    const { statement, document, bodyParagraphs } = await readingCopy();
    const read = await readPdf(await renderPdf(document));
    const left = document.page.margins.left;
    const marks = read.pages.flatMap((page) =>
      page.items
        .filter((item) => markPattern.test(item.text.trim()))
        .map((item) => ({
          item,
          beside: page.items.filter((other) => !other.artifact && Math.abs(other.y - item.y) < 0.5),
        })),
    );
    expectMarks(
      marks.map(({ item }) => item.text.trim()),
      bodyParagraphs.length,
      analyzeStatement(statement).speakingSeconds,
    );
    for (const { item, beside } of marks) {
      // Small, an artifact (a screen reader and copied text skip it), wholly inside the margin…
      expect(item.size).toBeLessThan(12);
      expect(item.artifact).toBe(true);
      expect(item.x + item.width).toBeLessThanOrEqual(left);
      expect(item.x).toBeGreaterThan(0);
      // …on the baseline of a line of the statement's text that starts at the text's left edge.
      expect(beside.length).toBeGreaterThan(0);
      expect(Math.min(...beside.map((other) => other.x))).toBeCloseTo(left, 0);
    }
    expect(read.content).not.toMatch(/\d+ · \d+:\d\d/);
  });

  it("Word: a framed paragraph in the left margin before each body paragraph, dropped on import", async () => {
    const { statement, document, bodyParagraphs } = await readingCopy();
    const bytes = await renderDocx(document);
    const body = readParts(bytes)["word/document.xml"] ?? "";
    const framed = elementsNamed(body, "w:p").filter((p) => p.includes("<w:framePr"));
    expectMarks(
      framed.map((p) => xmlText(p).trim()),
      bodyParagraphs.length,
      analyzeStatement(statement).speakingSeconds,
    );
    for (const paragraph of framed) {
      const frame = elementsNamed(paragraph, "w:framePr")[0] ?? "";
      expect(attribute(frame, "w:hAnchor")).toBe("page");
      expect(attribute(frame, "w:vAnchor")).toBe("text");
      // The frame ends before the text column starts (twips).
      expect(Number(attribute(frame, "w:x")) + Number(attribute(frame, "w:w"))).toBeLessThanOrEqual(
        document.page.margins.left * 20,
      );
      expect(attribute(elementsNamed(paragraph, "w:pStyle")[0] ?? "", "w:val")).toBe("Margin");
    }
    // The marks are chrome: the statement reads back without them.
    const back = parseStatement(bytes, { filename: "reading-copy.docx" }).statement;
    expect(JSON.stringify(back.body)).not.toMatch(/\d+ · \d+:\d\d/);
    expect(back.body?.length).toBe(statement.body?.length);
  });

  it("are not in the briefing template", async () => {
    const { statement } = readStatementFile(seed);
    const { document } = statementToDocument(statement, { template: "briefing" });
    expect(document.blocks.some((block) => block.kind === "paragraph" && block.margin !== undefined)).toBe(
      false,
    );
    const read = await readPdf(await renderPdf(document));
    expect(read.text).not.toMatch(/(^|\s)\d+:\d\d(\s|$)/);
  });

  it("never leaves END alone on the last page: the closing words turn over with it", async () => {
    const file = join(
      examples,
      "..",
      "tests/fixtures/statements/151-south-africa-african-group-wipo-blog-caps.txt",
    );
    const { statement } = readStatementFile(file);
    const { document } = statementToDocument(statement, { template: "reading-copy" });
    const read = await readPdf(await renderPdf(document));
    const last = read.pages.at(-1)?.content ?? "";
    expect(last).toContain("END");
    expect(last.replace(/[—\s]|END/g, "").length).toBeGreaterThan(0);
  });
});
