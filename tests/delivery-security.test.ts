// Issue 12: delivery and security data (marking, agenda item, slot, time limit, status, version)
// and joint statements' co-signatories, read back from real PDF (pdfjs) and Word (XML) outputs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  parseStatement,
  type Statement,
  smartQuotes,
  statementsToBook,
  statementToDocument,
} from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { renderPdf } from "@briefing/pdf";
import { describe, expect, it } from "vitest";
import { parseTimeLimit } from "../packages/core/src/statement/statement-schema.js";
import { sortedColumns } from "../packages/core/src/template/helpers.js";
import { elementsNamed, readParts, xmlText } from "./support/docx-read.js";
import { type PdfPageText, readPdf } from "./support/pdf-text.js";

const fixtures = join(import.meta.dirname, "fixtures/delivery");

function load(name: string): Statement {
  const file = join(fixtures, name);
  return parseStatement(readFileSync(file), { filename: file }).statement;
}

const restricted = () => load("restricted.yaml");
const joint = () => load("joint-60.yaml");

/** Artifact text (header, footer) in the top and the bottom half of a PDF page. */
async function bands(page: PdfPageText, index: number, read: Awaited<ReturnType<typeof readPdf>>) {
  const height = (await read.pdf.getPage(index + 1)).view[3] as number;
  const band = (top: boolean) =>
    page.items
      .filter((item) => item.artifact && (top ? item.y > height / 2 : item.y < height / 2))
      .map((item) => item);
  return { head: band(true), foot: band(false) };
}

/** Header and footer parts of a Word file, with their text. */
function headerFooterTexts(bytes: Uint8Array): [string, string][] {
  return Object.entries(readParts(bytes))
    .filter(([path]) => /^word\/(header|footer)\d*\.xml$/.test(path))
    .map(([path, xml]) => [path, xmlText(xml)]);
}

describe("time limits written as text", () => {
  it.each([
    ["5 minutes", 300],
    ["3 min", 180],
    ["90 s", 90],
    ["1 min 30 s", 90],
    ["4:30", 270],
    ["５分", 300],
    ["1時間30分", 5400],
    ["240", 240],
    [300, 300],
  ])("%s → %s seconds", (text, seconds) => {
    expect(parseTimeLimit(text)).toBe(seconds);
  });

  it("leaves what it cannot read for the schema to reject", () => {
    expect(parseTimeLimit("soon")).toBe("soon");
    expect(parseTimeLimit("5 minutes later")).toBe("5 minutes later");
    expect(() =>
      parseStatement("timeLimit: soon\nbody:\n  - { type: paragraph, role: body, runs: [{ text: x }] }\n", {
        filename: "bad.yaml",
      }),
    ).toThrow(/timeLimit/);
  });
});

describe("delivery and security fields in the model", () => {
  it("reads them from a YAML statement, the time limit as seconds", () => {
    const statement = restricted();
    expect(statement).toMatchObject({
      classification: "restricted",
      agendaItem: "Agenda item 66",
      slot: { date: "2025-10-08", time: "15:00", room: "Conference Room 4", order: 12 },
      timeLimit: 120,
      status: "draft",
      version: "v3",
    });
  });

  it("reads them from front matter in a Markdown file", () => {
    const text =
      "---\nclassification: 取扱注意\nagendaItem: 議題66\ntimeLimit: 5分\nstatus: 決裁済み\nversion: 第2版\nslot: { room: 第4会議室, order: 3 }\n---\n\n議長、\n\n日本は決議案を支持します。\n";
    const { statement } = parseStatement(text, { filename: "front.md" });
    expect(statement).toMatchObject({
      classification: "取扱注意",
      agendaItem: "議題66",
      timeLimit: 300,
      status: "決裁済み",
      version: "第2版",
      slot: { room: "第4会議室", order: 3 },
    });
    expect(statement.extra).toBeUndefined();
  });

  it("reads a marking kept under extra into classification, and keeps extra as it was", () => {
    const yaml =
      "extra: { classification: CONFIDENTIAL, agendaItem: Item 12 of the agenda, desk: Oceans }\nbody:\n  - { type: paragraph, role: body, runs: [{ text: We agree. }] }\n";
    const { statement } = parseStatement(yaml, { filename: "extra.yaml" });
    expect(statement.classification).toBe("CONFIDENTIAL");
    expect(statement.agendaItem).toBe("Item 12 of the agenda");
    expect(statement.extra).toEqual({
      classification: "CONFIDENTIAL",
      agendaItem: "Item 12 of the agenda",
      desk: "Oceans",
    });
  });

  it("round-trips through Word custom properties", async () => {
    const statement = restricted();
    const bytes = await renderDocx(statementToDocument(statement).document);
    const custom = readParts(bytes)["docProps/custom.xml"] ?? "";
    expect(custom).toContain('name="briefing.classification"');
    expect(custom).toContain('name="briefing.timeLimit"');
    const back = parseStatement(bytes, { filename: "restricted.docx" }).statement;
    for (const key of ["classification", "agendaItem", "slot", "timeLimit", "status", "version"] as const)
      expect(back[key], key).toEqual(statement[key]);
  });
});

describe("a marking kept under extra (before issue 12)", () => {
  const statement: Statement = {
    body: [{ type: "paragraph", role: "body", runs: [{ text: "We agree." }] }],
    extra: { classification: "restricted" },
  };

  it("is printed in the head and foot like a classification", () => {
    const { markup } = statementToDocument(statement);
    expect(markup.match(/<p class="classification">RESTRICTED<\/p>/g)).toHaveLength(2);
  });

  it("is read back from a Word file's briefing.extra into classification", async () => {
    const bytes = await renderDocx(statementToDocument(statement).document);
    const back = parseStatement(bytes, { filename: "old.docx" }).statement;
    expect(back.classification).toBe("restricted");
    expect(back.extra).toEqual({ classification: "restricted" });
  });
});

describe("a RESTRICTED statement", () => {
  for (const template of ["briefing", "reading-copy", "book"]) {
    it(`${template}: every PDF page carries the marking, bold, in its head and its foot`, async () => {
      const read = await readPdf(await renderPdf(statementToDocument(restricted(), { template }).document));
      expect(read.pages.length).toBeGreaterThan(1);
      for (const [index, page] of read.pages.entries()) {
        const { head, foot } = await bands(page, index, read);
        for (const [where, items] of [
          ["head", head],
          ["foot", foot],
        ] as const) {
          const marking = items.find((item) => item.text === "RESTRICTED");
          expect(marking, `page ${index + 1} ${where}`).toBeDefined();
          expect(marking?.font, `page ${index + 1} ${where}`).toMatch(/Bold/);
        }
      }
    });

    it(`${template}: every Word header and footer part carries the marking`, async () => {
      const bytes = await renderDocx(statementToDocument(restricted(), { template }).document);
      const parts = headerFooterTexts(bytes);
      expect(parts.map(([path]) => path.replace(/\d+/, "")).sort()).toEqual(
        expect.arrayContaining(["word/footer.xml", "word/header.xml"]),
      );
      for (const [path, text] of parts) expect(text, path).toContain("RESTRICTED");
    });

    it(`${template}: the time limit is shown and the overrun is warned about`, async () => {
      const read = await readPdf(await renderPdf(statementToDocument(restricted(), { template }).document));
      const text = read.content.replace(/\s+/g, " ");
      expect(text).toMatch(/Over the time limit: about 7 min \d+ s against 2 min/);
      expect(text).toContain("Agenda item 66");
      expect(text).toContain("Conference Room 4");
      expect(text).toContain("Draft");
      expect(text).toContain("v3");
    });
  }

  it("no warning when the estimate keeps within the limit", async () => {
    const statement = { ...restricted(), timeLimit: 3600 };
    const { markup } = statementToDocument(statement);
    expect(markup).toContain("Time limit");
    expect(markup).not.toContain("Over the time limit");
  });

  it("Japanese labels in a Japanese statement", () => {
    const statement: Statement = {
      ...restricted(),
      language: "ja",
      classification: "取扱注意",
    };
    const { markup } = statementToDocument(statement);
    expect(markup).toContain("制限時間超過：約7分（制限 2分）");
    expect(markup).toContain("取扱区分");
    expect(markup).toContain("12番目");
  });

  it("a book carries the highest marking of its statements on every page, the cover too", async () => {
    const plain: Statement = { ...restricted(), classification: undefined };
    const secret: Statement = { ...restricted(), title: "Second statement", classification: "Confidential" };
    const { document } = statementsToBook([plain, restricted(), secret]);
    expect(document.page.titlePage).toBeUndefined();
    const read = await readPdf(await renderPdf(document));
    for (const [index, page] of read.pages.entries()) {
      const { head, foot } = await bands(page, index, read);
      expect(
        head.some((item) => item.text === "CONFIDENTIAL"),
        `page ${index + 1} head`,
      ).toBe(true);
      expect(
        foot.some((item) => item.text === "CONFIDENTIAL"),
        `page ${index + 1} foot`,
      ).toBe(true);
      expect(page.items.some((item) => item.artifact && item.text === "RESTRICTED")).toBe(false);
    }
    const docx = headerFooterTexts(await renderDocx(document));
    for (const [path, text] of docx) expect(text, path).toContain("CONFIDENTIAL");
  });

  it("an unmarked book keeps its bare cover", () => {
    const plain: Statement = { ...restricted(), classification: undefined };
    expect(statementsToBook([plain]).document.page.titlePage).toBe(true);
  });
});

describe("a joint statement with 60 co-signatories", () => {
  const expected = () => {
    const names = joint().cosignatories ?? [];
    return [...names].sort(new Intl.Collator("en", { numeric: true }).compare);
  };

  it("sorts in the statement's language and reads down three columns", () => {
    expect(sortedColumns(["b", "Ä", "c", "a"], 3, "en")).toEqual([
      ["a", "b", "c"],
      ["Ä", "", ""],
    ]);
    expect(sortedColumns(["ドイツ", "アメリカ", "カナダ"], 3, "ja")).toEqual([
      ["アメリカ", "カナダ", "ドイツ"],
    ]);
    // 7 names: columns of 3, 2 and 2.
    expect(sortedColumns(["g", "f", "e", "d", "c", "b", "a"], 3, "en")).toEqual([
      ["a", "d", "f"],
      ["b", "e", "g"],
      ["c", "", ""],
    ]);
  });

  it("briefing: a line on page 1 and a sorted 3-column annex at the end (PDF)", async () => {
    const read = await readPdf(await renderPdf(statementToDocument(joint()).document));
    expect(read.pages[0]?.content).toContain("On behalf of 60 countries");
    expect(read.pages[0]?.content).not.toContain("Zambia");
    const last = read.pages.at(-1) as PdfPageText;
    expect(last.content).toContain("Co-signatories (60)");
    // The annex is typeset with smartQuotes (Côte d'Ivoire → d’Ivoire): compare with names so transformed.
    const names = expected().map(smartQuotes);
    const cells = last.items.filter((item) => !item.artifact && names.includes(item.text));
    expect(cells.map((item) => item.text).sort()).toEqual([...names].sort());
    // Three columns, each read downwards in sorted order, left to right.
    const columns = [...new Set(cells.map((item) => Math.round(item.x)))].sort((a, b) => a - b);
    expect(columns).toHaveLength(3);
    const down = columns.flatMap((x) =>
      cells
        .filter((item) => Math.round(item.x) === x)
        .sort((a, b) => b.y - a.y)
        .map((item) => item.text),
    );
    expect(down).toEqual(names);
  });

  it("briefing: the annex is a Word table with 3 cells a row, sorted down the columns", async () => {
    const bytes = await renderDocx(statementToDocument(joint()).document);
    const body = readParts(bytes)["word/document.xml"] ?? "";
    const annex = elementsNamed(body, "w:tbl").at(-1) ?? "";
    const rows = elementsNamed(annex, "w:tr").map((row) => elementsNamed(row, "w:tc").map(xmlText));
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(row).toHaveLength(3);
    const down = [0, 1, 2].flatMap((column) => rows.map((row) => row[column] as string));
    // The cells hold the typeset names (smartQuotes curls an apostrophe), in the same order.
    expect(down.filter((name) => name !== "")).toEqual(expected().map(smartQuotes));
  });

  it("book: the annex follows the statement, in three columns", async () => {
    const bytes = await renderDocx(statementsToBook([joint()]).document);
    const body = readParts(bytes)["word/document.xml"] ?? "";
    const annex = elementsNamed(body, "w:tbl").at(-1) ?? "";
    const rows = elementsNamed(annex, "w:tr").map((row) => elementsNamed(row, "w:tc").map(xmlText));
    expect(rows.every((row) => row.length === 3)).toBe(true);
    expect(rows[0]?.[0]).toBe(expected()[0]);
  });

  it("reading copy: only the page-1 line, never the list", async () => {
    const document = statementToDocument(joint(), { template: "reading-copy" }).document;
    const read = await readPdf(await renderPdf(document));
    expect(read.pages[0]?.content).toContain("On behalf of 60 countries");
    for (const name of expected()) expect(read.text).not.toContain(name);
    const docx = readParts(await renderDocx(document))["word/document.xml"] ?? "";
    expect(elementsNamed(docx, "w:tbl")).toHaveLength(0);
    expect(xmlText(docx)).not.toContain("Kiribati");
  });
});
