// Issue 13's "done when", end to end for each UN official language, Korean and a mixed statement
// (fixtures written for briefing): the statement file → both formats → read back by readers that
// did not write them (pdfjs, pdffonts, the DOCX XML, LibreOffice's rendering of the DOCX).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Document, readStatementFile, type Statement, statementToDocument } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { renderPdf } from "@briefing/pdf";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { elementsNamed, readParts } from "./support/docx-read.js";
import { convertWithLibreOffice, hasSoffice } from "./support/libreoffice.js";
import { boxesDrawn, readPdf, structureRoles } from "./support/pdf-text.js";
import { typesetStatement } from "./support/typeset.js";

vi.setConfig({ testTimeout: 180_000 });

const folder = join(import.meta.dirname, "fixtures", "languages");
const expected = parse(readFileSync(join(folder, "expected.yaml"), "utf8")) as Record<
  string,
  { language: string }
>;

/** The face each language's own text must be set in (pdffonts names, subset tag removed). */
const faces: Record<string, RegExp> = {
  "ar.txt": /^Amiri-Regular$/,
  "zh-hans.txt": /^NotoSerifSC-Regular$/,
  "zh-hant.txt": /^NotoSerifTC-Regular$/,
  "ko.txt": /^NotoSerifKR-Regular$/,
  "ru.txt": /^NotoSerif-Regular$/,
  "fr.txt": /^NotoSerif-Regular$/,
  "es.txt": /^NotoSerif-Regular$/,
  "en.txt": /^NotoSerif-Regular$/,
  "mixed.txt": /^NotoSerif-Regular$/,
};
// White space and the bidi embedding marks pdftotext wraps right-to-left runs in (U+202A–U+202E).
const squeeze = (text: string) => text.replace(/[\s\u202a-\u202e]+/gu, "");
const runText = (runs: readonly { text: string }[]) => runs.map((run) => run.text).join("");

/** Each body paragraph and list item of the statement, as the reader should find it. */
function paragraphsOf(statement: Statement): string[] {
  // Typeset as the templates typeset it (curly quotes).
  return (typesetStatement(statement).body ?? []).flatMap((block) =>
    block.type === "list" ? block.items.map(runText) : [runText(block.runs)],
  );
}

const pdffonts = spawnSync("pdffonts", ["-v"]).status === 0;
const hasPdftotext = spawnSync("pdftotext", ["-v"]).status === 0;
const dir = mkdtempSync(join(tmpdir(), "briefing-languages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(name: string): Promise<{ statement: Statement; document: Document }> {
  const { statement } = readStatementFile(join(folder, name));
  const { document } = statementToDocument(statement, { template: "briefing" });
  return { statement, document };
}

describe.each(Object.keys(faces))("%s", (name) => {
  it("PDF: the text reads back in logical order, in the expected face, with no missing glyph and the right Lang", async () => {
    const { statement, document } = await load(name);
    expect(statement.language).toBe(expected[name]?.language);
    const warnings: string[] = [];
    const bytes = await renderPdf(document, { onWarning: (warning) => warnings.push(warning.message) });
    expect(warnings).toEqual([]);
    expect(await boxesDrawn(bytes)).toEqual([]);
    const read = await readPdf(bytes);
    const content = squeeze(read.content);
    for (const paragraph of paragraphsOf(statement)) expect(content).toContain(squeeze(paragraph));
    // The document's language is the catalog's Lang; text in another language is tagged where it is.
    const language = statement.language ?? "en";
    expect(Buffer.from(bytes).toString("latin1")).toContain(`/Lang (${language})`);
    if (name === "mixed.txt") {
      const { langs } = await structureRoles(read);
      expect([...langs]).toEqual(expect.arrayContaining(["ar", "zh-Hans"]));
    }
    if (pdffonts) {
      const path = join(dir, `${name}.pdf`);
      writeFileSync(path, bytes);
      const listed = execFileSync("pdffonts", [path], { encoding: "utf8" })
        .split("\n")
        .slice(2)
        .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, "") ?? "")
        .filter((font) => font.length > 0);
      expect(listed.some((font) => faces[name]?.test(font))).toBe(true);
      // Chinese is never set in the Japanese face.
      if (name.startsWith("zh")) expect(listed.filter((font) => font.startsWith("NotoSerifJP"))).toEqual([]);
    }
  });

  it("Word: runs tagged with their language, right to left where Arabic", async () => {
    const { statement, document } = await load(name);
    const parts = readParts(await renderDocx(document));
    const body = parts["word/document.xml"] ?? "";
    const langs = elementsNamed(body, "w:lang").join("\n");
    const language = statement.language ?? "en";
    if (language === "ar") {
      expect(langs).toMatch(/w:bidi="ar/);
      expect(body).toContain("<w:rtl/>");
      // Every paragraph style of a right-to-left document is w:bidi.
      expect(parts["word/styles.xml"]).toContain("<w:bidi/>");
    } else if (language.startsWith("zh") || language === "ko") {
      expect(langs).toMatch(
        new RegExp(`w:eastAsia="${language === "ko" ? "ko" : language === "zh-Hant" ? "zh-TW" : "zh-CN"}`),
      );
      expect(body).not.toContain("<w:rtl/>");
    } else {
      expect(langs).toMatch(new RegExp(`w:val="${language}`));
    }
  });
});

describe.skipIf(!hasSoffice || !hasPdftotext)(
  "LibreOffice renders the Word files of the Arabic and Chinese statements with their text",
  () => {
    it.each(["ar.txt", "zh-hans.txt", "mixed.txt"])("%s", async (name) => {
      const { statement, document } = await load(name);
      const stem = `${name.replace(/\.txt$/, "")}-word`;
      const path = join(dir, `${stem}.docx`);
      // The fonts travel in the file: this machine has no Arabic or Chinese system font.
      writeFileSync(path, await renderDocx(document, { embedFonts: true }));
      convertWithLibreOffice(dir, [path]);
      // Letters and digits only: pdftotext places brackets around a right-to-left run inside a
      // left-to-right line by its own rules, not LibreOffice's.
      const letters = (text: string) => text.replace(/[^\p{L}\p{M}\p{N}]+/gu, "");
      const text = letters(execFileSync("pdftotext", [join(dir, `${stem}.pdf`), "-"], { encoding: "utf8" }));
      for (const paragraph of paragraphsOf(statement)) expect(text).toContain(letters(paragraph));
    });
  },
);

if (!hasSoffice || !hasPdftotext) {
  describe("LibreOffice check of the languages", () => {
    it.skip("skipped: `soffice` or `pdftotext` is not on PATH (apt-get install -y libreoffice-writer-nogui poppler-utils)", () => {});
  });
}
