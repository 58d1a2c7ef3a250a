// Elapsed-time marks in the reading copy (issue 12): a small grey "m:ss" above each body
// paragraph, the speaking time already spent when it starts, in increasing order; no other template.
import { join } from "node:path";
import { analyzeStatement, readStatementFile, statementToDocument } from "@briefing/core";
import { renderPdf } from "@briefing/pdf";
import { describe, expect, it, vi } from "vitest";
import { examples } from "./export-helpers.js";
import { readPdf } from "./support/pdf-text.js";

vi.setConfig({ testTimeout: 120_000 });

const seed = join(examples, "2021-11-23-unga-trafficking-in-persons.txt");
const seconds = (mark: string) => {
  const [minutes, rest] = mark.split(":");
  return Number(minutes) * 60 + Number(rest);
};

describe("elapsed-time marks", () => {
  it("read back from the reading copy's PDF, one per body paragraph, in increasing order", async () => {
    const { statement } = await readStatementFile(seed);
    const { document } = statementToDocument(statement, { template: "reading-copy" });
    const read = await readPdf(await renderPdf(document));
    const marks = read.pages
      .flatMap((page) => page.items.filter((item) => !item.artifact))
      .map((item) => item.text.trim())
      .filter((text) => /^\d+:\d\d$/.test(text));
    const bodyParagraphs = (statement.body ?? []).filter(
      (block) => block.type !== "heading" && block.type !== "list" && block.role === "body",
    );
    expect(marks).toHaveLength(bodyParagraphs.length);
    expect(marks.length).toBeGreaterThan(2);
    const times = marks.map(seconds);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] as number);
    // Within the statement's speaking time, the last paragraph starting in its final minute.
    const speakingSeconds = analyzeStatement(statement).speakingSeconds;
    expect(times.at(-1)).toBeLessThan(speakingSeconds);
    expect(times.at(-1)).toBeGreaterThan(speakingSeconds - 60);
    const small = read.pages
      .flatMap((page) => page.items)
      .filter((item) => /^\d+:\d\d$/.test(item.text.trim()));
    for (const item of small) expect(item.size).toBeLessThan(12);
  });

  it("are not in the briefing template", async () => {
    const { statement } = await readStatementFile(seed);
    const { document } = statementToDocument(statement, { template: "briefing" });
    const read = await readPdf(await renderPdf(document));
    expect(read.text).not.toMatch(/(^|\s)\d+:\d\d(\s|$)/);
  });
});
