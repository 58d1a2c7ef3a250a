// Memory of a long batch in one process: renders `count` varied statements to PDF and prints
// heap and RSS (after a full GC) every `every` documents. Each document brings new words (a
// number in the title, the Japanese title and a sentence), as a real batch does; the figures
// should level off instead of growing with the count.
// Run after building core and pdf:
//   node --expose-gc packages/pdf/scripts/measure-memory.mjs [count=3000] [every=250]
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readStatementFile, statementToDocument } from "@briefing/core";
import { renderPdf } from "@briefing/pdf";

const examples = fileURLToPath(new URL("../../../examples/", import.meta.url));
const count = Number(process.argv[2] ?? 3000);
const every = Number(process.argv[3] ?? 250);
const seeds = [];
for (const name of readdirSync(examples)
  .filter((n) => /^\d{4}-.*\.(txt|md)$/.test(n))
  .sort())
  seeds.push(readStatementFile(join(examples, name)).statement);

/** Seed `i % seeds`, with words no earlier document had. */
function varied(i) {
  const seed = seeds[i % seeds.length];
  return {
    ...seed,
    ...(seed.title ? { title: `${seed.title} (No. ${i})` } : {}),
    ...(seed.titleJa ? { titleJa: `${seed.titleJa}（第${i}回）` } : {}),
    body: [
      ...seed.body,
      {
        type: "paragraph",
        role: "body",
        runs: [{ text: `Reference ${i}-${(i * 7919) % 100003}, 第${i}号。` }],
      },
    ],
  };
}

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1).padStart(6);
if (!globalThis.gc) console.log("(run with --expose-gc for figures after a full GC)");
let last = performance.now();
for (let i = 0; i < count; i++) {
  await renderPdf(statementToDocument(varied(i)).document);
  if ((i + 1) % every === 0) {
    globalThis.gc?.();
    const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
    const now = performance.now();
    console.log(
      `${String(i + 1).padStart(6)} documents  rss ${mb(rss)} MB  heap ${mb(heapUsed)} of ${mb(heapTotal)} MB  external ${mb(external)} MB  ${((now - last) / every).toFixed(1)} ms/doc`,
    );
    last = now;
  }
}
