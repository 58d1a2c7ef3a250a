// Japanese chrome (issue 12): a Japanese statement rendered by the CLI to PDF and Word, read back
// with pdfjs-dist and by unzipping the .docx: labels, N字, "- N -" page numbers, 字下げ, file name.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elementsNamed, readParts, xmlText } from "./support/docx-read.js";
import { type ReadPdf, readPdf } from "./support/pdf-text.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "packages/cli/dist/bin.js");
const fixture = join(root, "tests/fixtures/locale/statement-ja.txt");
const IDEOGRAPHIC_SPACE = "\u3000";

/** The fixture's body paragraphs as written, without their 字下げ. */
const paragraphs = readFileSync(fixture, "utf8")
  .split("\n")
  .filter((line) => line.startsWith(IDEOGRAPHIC_SPACE) && !line.startsWith(`${IDEOGRAPHIC_SPACE}御清聴`))
  .map((line) => line.slice(1));

let work: string;
let pdf: ReadPdf;
let docx: Record<string, string>;

function cli(...args: string[]): void {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: "1700000000" },
  });
  expect(run.status, run.stderr).toBe(0);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "briefing-ja-"));
  cli("render", fixture, "--to", "pdf", "-o", join(work, "ja.pdf"));
  cli("render", fixture, "--to", "docx", "-o", join(work, "ja.docx"));
  pdf = await readPdf(readFileSync(join(work, "ja.pdf")));
  docx = readParts(readFileSync(join(work, "ja.docx")));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a Japanese statement under the briefing template", () => {
  it("has Japanese labels, a character count and speaking time in the PDF", () => {
    const text = pdf.text.replace(/\s+/g, "");
    for (const label of ["日付", "発言者", "会議", "場所", "代表団", "字数", "所要時間"])
      expect(text).toContain(label);
    expect(text).toMatch(/字数[\d,]+字/);
    const count = Number(/字数([\d,]+)字/.exec(text)?.[1]?.replace(",", ""));
    expect(count).toBeGreaterThan(1000);
    expect(text).toMatch(/所要時間約\d+分/);
    for (const english of ["Page", "Date", "Speaker", "words", "about", "Japan"])
      expect(pdf.text).not.toContain(english);
  });

  it("names the delegation in Japanese (代表団 日本), in the PDF and the Word file", () => {
    expect(pdf.text.replace(/\s+/g, "")).toContain("代表団日本");
    expect(xmlText(docx["word/document.xml"] ?? "").replace(/\s+/g, "")).toContain("代表団日本");
  });

  it("numbers pages - N - in the footer", () => {
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((page, index) => {
      const footer = page.items.filter((item) => item.artifact).map((item) => item.text.trim());
      expect(footer).toContain(`- ${index + 1} -`);
    });
  });

  // The justifier must not widen the leading U+3000 like a word space (it did, to ~1.9 em).
  it("indents each body paragraph's first line by one character, once, in the PDF", () => {
    const items = pdf.pages.flatMap((page) =>
      page.items.filter((item) => !item.artifact && item.text.trim()),
    );
    const bodyX = Math.min(...items.filter((item) => item.size < 12).map((item) => item.x));
    for (const paragraph of paragraphs) {
      const first = items.find((item) => item.text.replace(/^\u3000+/, "").startsWith(paragraph.slice(0, 8)));
      expect(first, paragraph.slice(0, 8)).toBeDefined();
      if (!first) continue;
      const spaces = /^\u3000*/.exec(first.text)?.[0].length ?? 0;
      const visibleX = first.x + spaces * first.size;
      expect((visibleX - bodyX) / first.size, paragraph.slice(0, 8)).toBeCloseTo(1, 1);
      // The line after it starts at the margin.
      const next = items[items.indexOf(first) + 1];
      expect(next?.x).toBeCloseTo(bodyX, 0);
    }
  });

  it("starts each Word body paragraph with one ideographic space and has Japanese labels", () => {
    const xml = docx["word/document.xml"] ?? "";
    const texts = elementsNamed(xml, "w:p").map(xmlText);
    for (const paragraph of paragraphs) {
      const found = texts.find((text) => text.includes(paragraph.slice(0, 12)));
      expect(found, paragraph.slice(0, 12)).toBe(`${IDEOGRAPHIC_SPACE}${paragraph}`);
    }
    for (const label of ["日付", "発言者", "字数", "所要時間"]) expect(texts).toContain(label);
    expect(texts.some((text) => /^[\d,]+字$/.test(text))).toBe(true);
    const footer = Object.entries(docx)
      .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
      .map(([, part]) => xmlText(part))
      .join("\n");
    expect(footer).toMatch(/- .*-/);
    expect(footer).not.toContain("Page");
  });

  it("names export outputs with the Japanese title", () => {
    const out = join(work, "export");
    cli("export", fixture, "-o", out, "--to", "pdf");
    const names = readdirSync(out).filter((name) => name.endsWith(".pdf"));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(
      /^2023-06-14-海洋ごみ対策に関する国際協力についての日本政府代表ステートメント-[0-9a-f]{8}\.pdf$/,
    );
    expect(names[0]?.normalize("NFC")).toBe(names[0]);
  });
});
