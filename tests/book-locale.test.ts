// The book's own chrome in the statements' language (issue 12): a book of Japanese statements
// gets 発言集, N件, 目次 and "- N -" page numbers; a book with any English statement stays English.
import { join } from "node:path";
import { readStatementFile, type Statement, statementsToBook } from "@briefing/core";
import { renderPdf } from "@briefing/pdf";
import { describe, expect, it, vi } from "vitest";
import { examples } from "./export-helpers.js";
import { type ReadPdf, readPdf } from "./support/pdf-text.js";

vi.setConfig({ testTimeout: 120_000 });

const japanese = join(import.meta.dirname, "fixtures/locale/statement-ja.txt");
const english = join(examples, "2021-11-23-unga-trafficking-in-persons.txt");

async function book(statements: Statement[]): Promise<ReadPdf> {
  const { document } = statementsToBook(statements, { generatedDate: "2030-04-05" });
  return readPdf(await renderPdf(document));
}

const footers = (read: ReadPdf, page: number) =>
  (read.pages[page]?.items ?? []).filter((item) => item.artifact).map((item) => item.text.trim());

describe("the book's chrome", () => {
  it("is Japanese for a book of Japanese statements", async () => {
    const statement = readStatementFile(japanese).statement;
    expect(statement.language).toBe("ja");
    const read = await book([statement, statement]);
    const cover = (read.pages[0]?.text ?? "").replace(/\s+/g, "");
    expect(cover).toContain("発言集");
    expect(cover).toContain("2件");
    expect(cover).toMatch(/令和12年4月5日現在/);
    expect((read.pages[1]?.text ?? "").replace(/\s+/g, "")).toContain("目次");
    for (let page = 1; page < read.pages.length; page++)
      expect(footers(read, page)).toContain(`- ${page + 1} -`);
    for (const english of ["Collected Statements", "Contents", "As of", "Page", "statements"])
      expect(read.text).not.toContain(english);
    expect(await read.pdf.getMetadata().then((m) => (m.info as { Title?: string }).Title)).toBe("発言集");
  });

  it("stays English when any statement is not Japanese", async () => {
    const read = await book([readStatementFile(japanese).statement, readStatementFile(english).statement]);
    expect(read.pages[0]?.text).toContain("Collected Statements");
    expect(read.pages[0]?.text).toContain("2 statements");
    expect(read.pages[0]?.text).toContain("As of 5 April 2030");
    expect(read.pages[1]?.text).toContain("Contents");
    expect(read.pages[1]?.text).toMatch(/Page 2 of \d+/);
  });
});
