// Renders page 1 of each built-in template, and of Japanese, Arabic and Chinese statements, to docs/<name>.png
// (needs poppler's pdftoppm).
// Run after building core and pdf: node packages/pdf/scripts/render-previews.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readStatementFile, statementsToBook, statementToDocument } from "@briefing/core";
import { renderPdf } from "@briefing/pdf";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const docs = join(root, "docs");
const unga = readStatementFile(join(root, "examples/2021-11-23-unga-trafficking-in-persons.txt")).statement;
const apmbc = readStatementFile(
  join(root, "examples/2017-06-08-apmbc-cooperation-and-assistance.txt"),
).statement;

// An all-Japanese statement (the test fixture, written for the project): Japanese chrome.
const japanese = readStatementFile(join(root, "tests/fixtures/locale/statement-ja.txt")).statement;

// Statements in Arabic (right to left) and Simplified Chinese, written for the project's tests.
const languages = join(root, "tests/fixtures/languages");
const arabic = readStatementFile(join(languages, "ar.txt")).statement;
const chinese = readStatementFile(join(languages, "zh-hans.txt")).statement;

const previews = {
  briefing: statementToDocument(unga, { template: "briefing" }).document,
  "reading-copy": statementToDocument(apmbc, { template: "reading-copy" }).document,
  book: statementsToBook([unga, apmbc], { generatedDate: "2023-11-01" }).document,
  japanese: statementToDocument(japanese, { template: "briefing" }).document,
  arabic: statementToDocument(arabic, { template: "briefing" }).document,
  chinese: statementToDocument(chinese, { template: "briefing" }).document,
};

mkdirSync(docs, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "briefing-previews-"));
try {
  for (const [name, document] of Object.entries(previews)) {
    const pdf = join(work, `${name}.pdf`);
    writeFileSync(pdf, await renderPdf(document));
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-singlefile",
      "-f",
      "1",
      "-l",
      "1",
      pdf,
      join(docs, name),
    ]);
    console.log(`docs/${name}.png`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
