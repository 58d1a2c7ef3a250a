// Time and peak memory of `briefing render` on statements with one huge paragraph: a single
// "word" of Latin letters (no break opportunity in it) and a line of ordinary words, each of
// the given sizes, to PDF and Word. Line breaking must stay linear: both kinds should take
// time in proportion to their size and a few hundred megabytes at most.
// Run after building everything (`npx -y pnpm@10 turbo run build`), on Linux (GNU time):
//   node packages/pdf/scripts/measure-long-lines.mjs [megabytes=1,5] [formats=pdf,docx]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../cli/dist/bin.js", import.meta.url));
const sizes = (process.argv[2] ?? "1,5").split(",").map(Number);
const formats = (process.argv[3] ?? "pdf,docx").split(",");
const dir = mkdtempSync(join(tmpdir(), "briefing-long-lines-"));

function ordinaryWords(length) {
  const words = [
    "the",
    "Conference",
    "of",
    "States",
    "Parties",
    "welcomes",
    "cooperation",
    "and",
    "assistance",
  ];
  const parts = [];
  let total = 0;
  for (let i = 0; total < length; i++) {
    const word = words[i % words.length];
    parts.push(word);
    total += word.length + 1;
  }
  return parts.join(" ").slice(0, length);
}

try {
  for (const megabytes of sizes) {
    const length = Math.round(megabytes * 1024 * 1024);
    const inputs = {
      [`word-${megabytes}MB`]: `Long word\n\n${"x".repeat(length)}\n`,
      [`words-${megabytes}MB`]: `Long words\n\n${ordinaryWords(length)}\n`,
    };
    for (const [name, text] of Object.entries(inputs)) {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, text);
      for (const format of formats) {
        const output = join(dir, `${name}.${format}`);
        const run = spawnSync(
          "/usr/bin/time",
          [
            "-f",
            "%e s wall, %U s user, %M KB peak RSS",
            process.execPath,
            bin,
            "render",
            file,
            "--to",
            format,
            "-o",
            output,
          ],
          { encoding: "utf8" },
        );
        const lines = run.stderr.trim().split("\n");
        const wrote = lines.find((line) => line.startsWith("briefing: wrote"));
        const pages = wrote?.match(/\((\d+ pages?)\)/)?.[1];
        const outcome = wrote === undefined ? `, failed (exit ${run.status})` : pages ? `, ${pages}` : "";
        console.log(`${name} → ${format}: ${lines.at(-1)}${outcome}`);
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
