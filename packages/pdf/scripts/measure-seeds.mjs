// Render time per document for the seed statements under each built-in template (warm process).
// Run after building core and pdf: node packages/pdf/scripts/measure-seeds.mjs [iterations]
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readStatementFile, statementsToBook, statementToDocument } from "@briefing/core";
import { renderPdf } from "@briefing/pdf";

const examples = fileURLToPath(new URL("../../../examples/", import.meta.url));
const iterations = Number(process.argv[2] ?? 20);
const seeds = readdirSync(examples)
  .filter((name) => /^\d{4}-.*\.(txt|md)$/.test(name))
  .sort();
const statements = [];
for (const seed of seeds)
  statements.push({ seed, statement: readStatementFile(join(examples, seed)).statement });

const documents = [];
for (const { seed, statement } of statements) {
  for (const template of ["briefing", "reading-copy"]) {
    documents.push([
      `${template} · ${seed}`,
      statementToDocument(statement, { template, file: seed }).document,
    ]);
  }
}
documents.push(["book · both seeds", statementsToBook(statements.map((s) => s.statement)).document]);

// The first render parses the fonts (once per process): report it apart, then warm up.
const cold = performance.now();
for (const [, document] of documents) await renderPdf(document);
console.log(
  `first render of all ${documents.length} documents, fonts parsed: ${(performance.now() - cold).toFixed(0)} ms`,
);
for (const [, document] of documents) await renderPdf(document);

for (const [label, document] of documents) {
  let pages = 0;
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    await renderPdf(document, {
      onPages: (n) => {
        pages = n;
      },
    });
  }
  const perDocument = (performance.now() - start) / iterations;
  console.log(
    `${label.padEnd(62)} ${String(pages).padStart(2)} pages ${perDocument.toFixed(1).padStart(7)} ms`,
  );
}
