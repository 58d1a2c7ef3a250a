// Output fingerprints: the SHA-256 of every output the built pipeline makes for the example
// statements, the test fixtures and the first 300 corpus statements, in every template and
// format variant (PDF, PDF/A, Word, Word with embedded fonts, books). A speed change that
// promises the same bytes is checked by writing the fingerprints before it and comparing after:
//
//   node bench/fingerprint.mjs --write /tmp/before.json     (on the old build)
//   node bench/fingerprint.mjs --compare /tmp/before.json   (on the new build; exit 1 on a difference)
//
// Needs the packages built (`pnpm build`) and the corpus (`node bench/run.mjs` makes it).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { renderBookTask } from "../packages/cli/dist/export/render-book.js";
import { renderInput } from "../packages/cli/dist/export/render-input.js";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
// --only <text>: inputs whose path holds it; --format pdf|docx: that format only (books too).
const only = option("--only");
const onlyFormat = option("--format");

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

const statementFile = /\.(txt|md|ya?ml|json|docx)$/;
const inputs = [
  ...walk(join(root, "examples")),
  ...walk(join(root, "tests/fixtures")),
  ...walk(join(root, "packages/cli/test/fixtures")),
  ...walk(join(root, "bench/.corpus/n300")).slice(0, 300),
].filter((path) => statementFile.test(path) && !/expected\.ya?ml$/.test(path));

const variants = [
  { name: "briefing", formats: ["pdf", "docx"], pdfa: false, embedFonts: false },
  { name: "briefing-archival", formats: ["pdf", "docx"], pdfa: true, embedFonts: true },
  {
    name: "reading-copy",
    template: "reading-copy",
    formats: ["pdf", "docx"],
    pdfa: false,
    embedFonts: false,
  },
];

const sha = (bytes) => createHash("sha256").update(bytes).digest("hex");
const prints = {};
let failures = 0;
const started = performance.now();
for (const path of inputs) {
  const file = relative(root, path);
  if (only && !file.includes(only)) continue;
  for (const variant of variants) {
    const result = await renderInput({
      file: path,
      config: {
        formats: variant.formats.filter((format) => !onlyFormat || format === onlyFormat),
        ...(variant.template && { template: variant.template }),
        pdfa: variant.pdfa,
        embedFonts: variant.embedFonts,
      },
    });
    if (!result.ok) {
      prints[`${file} ${variant.name}`] = `failed: ${result.error.message.split("\n")[0]}`;
      failures++;
      continue;
    }
    for (const output of result.outputs)
      prints[`${file} ${variant.name} ${output.format}`] = sha(output.bytes);
  }
}
const examples = walk(join(root, "examples")).filter((path) => statementFile.test(path));
// A book says the day it was made ("As of …") unless SOURCE_DATE_EPOCH names one: fixed here, so
// fingerprints written one day compare with those of the next.
process.env.SOURCE_DATE_EPOCH ??= "1733011200";
for (const format of ["pdf", "docx"].filter((name) => !onlyFormat || name === onlyFormat)) {
  const book = await renderBookTask({
    kind: "book",
    sources: examples.map((path) => ({ name: path.split("/").at(-1), bytes: readFileSync(path) })),
    order: "date",
    format,
    template: "book",
    pdfa: false,
    embedFonts: format === "docx",
  });
  prints[`examples book ${format}`] = book.ok ? sha(book.bytes) : `failed: ${book.error.message}`;
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const count = Object.keys(prints).length;

const write = option("--write");
const compare = option("--compare");
if (write) {
  writeFileSync(write, `${JSON.stringify(prints, null, 1)}\n`);
  console.log(`${count} fingerprints (${failures} failed renders) written to ${write} in ${seconds} s`);
} else if (compare) {
  const before = JSON.parse(readFileSync(compare, "utf8"));
  const changed = Object.keys({ ...before, ...prints }).filter(
    (key) =>
      (!only || key.includes(only)) &&
      (!onlyFormat || key.endsWith(` ${onlyFormat}`)) &&
      before[key] !== prints[key],
  );
  for (const key of changed.slice(0, 40)) console.log(`differs: ${key}`);
  console.log(`${count} fingerprints in ${seconds} s: ${changed.length} differ from ${compare}`);
  process.exitCode = changed.length === 0 ? 0 : 1;
} else {
  console.log(JSON.stringify(prints, null, 1));
}
