// Prints the table of real-statement shapes for docs/importing.md: each fixture, the shape it
// reproduces (its hand-written `shape`, first sentence) and the rules that read its fields, as
// the importer itself reports them (`explanation`). Run after a build:
//   node scripts/importing-table.mjs > /tmp/table.md
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseStatement } from "../packages/core/dist/index.js";

const root = join(import.meta.dirname, "..");
const { parse } = createRequire(join(root, "packages/core/package.json"))("yaml");
const dir = join(root, "tests/fixtures/statements");
const files = readdirSync(dir).sort();
const cell = (text) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

console.log("| fixture | shape (from a real page) | rules that read it (`inspect --explain`) |");
console.log("| --- | --- | --- |");
for (const file of files.filter((name) => name.endsWith(".expected.yaml"))) {
  const stem = file.replace(/\.expected\.yaml$/, "");
  const source = files.find((name) => name !== file && name.startsWith(`${stem}.`));
  const { shape } = parse(readFileSync(join(dir, file), "utf8"));
  const { explanation } = parseStatement(readFileSync(join(dir, source)), { filename: source });
  const first = `${String(shape).split(/(?<=[.;])\s/)[0]}`.slice(0, 220);
  const rules = (explanation?.fields ?? []).map((field) => `${field.field}: ${field.rule}`);
  const dropped = [...new Set((explanation?.dropped ?? []).map((line) => line.reason))];
  if (dropped.length > 0) rules.push(`dropped: ${dropped.join(", ")}`);
  console.log(`| \`${source}\` | ${cell(first)} | ${cell(rules.join("; "))} |`);
}
