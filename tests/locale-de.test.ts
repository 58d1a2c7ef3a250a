// German chrome (stop 46): a German statement (fixture 577, as pasted from the Federal Foreign
// Office) rendered by the CLI to PDF and Word, read back with pdfjs-dist and by unzipping the .docx.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elementsNamed, readParts, xmlText } from "./support/docx-read.js";
import { type ReadPdf, readPdf } from "./support/pdf-text.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "packages/cli/dist/bin.js");
const fixtures = join(root, "tests/fixtures/statements");
const fixture = join(fixtures, readdirSync(fixtures).find((name) => /^577-.*\.txt$/.test(name)) ?? "577");

let work: string;
let pdf: ReadPdf;
let docx: Record<string, string>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "briefing-de-"));
  for (const format of ["pdf", "docx"]) {
    const run = spawnSync(
      process.execPath,
      [bin, "render", fixture, "--to", format, "-o", join(work, `de.${format}`)],
      {
        encoding: "utf8",
        env: { ...process.env, SOURCE_DATE_EPOCH: "1700000000" },
      },
    );
    expect(run.status, run.stderr).toBe(0);
  }
  pdf = await readPdf(readFileSync(join(work, "de.pdf")));
  docx = readParts(readFileSync(join(work, "de.docx")));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a German statement under the briefing template", () => {
  it("has German labels, a word count, speaking time and page numbers in the PDF", () => {
    for (const label of ["Redner/in", "Umfang", "Redezeit", "Seite 1 von 1"])
      expect(pdf.text).toContain(label);
    expect(pdf.text).toMatch(/\d+ Wörter/);
    expect(pdf.text).toMatch(/ca\. \d+ s/);
    for (const english of ["Speaker", "Length", "Speaking time", "Page 1 of 1", "words"])
      expect(pdf.text).not.toContain(english);
  });

  it("has the same labels in the Word file, its text tagged de-DE", () => {
    const xml = docx["word/document.xml"] ?? "";
    const texts = elementsNamed(xml, "w:p").map(xmlText);
    for (const label of ["Redner/in", "Umfang", "Redezeit"]) expect(texts).toContain(label);
    expect(xml).toContain('w:val="de-DE"');
  });
});
