import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readStatementFile, statementToDocument } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { renderPdf } from "@briefing/pdf";
import { afterAll, describe, expect, it } from "vitest";

// `briefing export` renders on worker threads, which write their outputs to temporary files
// themselves and keep per-thread font and template caches across inputs. Whatever it does for
// speed, each file it writes must be the very bytes the packages' own renderers give for that
// input in this process, rendered alone: nothing a worker caches may leak from one input into
// the next. Two workers, so the inputs interleave across threads and caches.

const root = join(import.meta.dirname, "..");
const bin = join(root, "packages/cli/dist/bin.js");
const from = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => /\.(txt|md|ya?ml)$/.test(name) && !name.startsWith("expected"))
    .map((name) => join(root, dir, name));
const inputs = [
  ...from("examples"),
  ...from("tests/fixtures/languages"),
  ...from("tests/fixtures/statements").slice(0, 6),
];
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Manifest {
  inputs: { path: string; status: string; outputs: { format: string; path: string }[] }[];
}

function exportAll(args: string[]): { out: string; manifest: Manifest } {
  const out = mkdtempSync(join(tmpdir(), "briefing-parity-"));
  dirs.push(out);
  const run = spawnSync(
    process.execPath,
    [bin, "export", ...inputs, "--out", out, "--to", "pdf,docx", "--jobs", "2", "--json", "--quiet", ...args],
    { encoding: "utf8", maxBuffer: 64 * 2 ** 20 },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return { out, manifest: JSON.parse(run.stdout) as Manifest };
}

async function renderAlone(path: string, options: { template?: string; pdfa: boolean; embedFonts: boolean }) {
  const { statement } = readStatementFile(path);
  const { document } = statementToDocument(statement, {
    file: path,
    ...(options.template && { template: options.template }),
  });
  return {
    pdf: await renderPdf(document, { file: path, pdfa: options.pdfa }),
    docx: await renderDocx(document, { file: path, embedFonts: options.embedFonts }),
  };
}

describe("export's worker threads write what the renderers give in one process", () => {
  it.each([
    { name: "briefing template", args: [], options: { pdfa: false, embedFonts: false } },
    {
      name: "reading copy, PDF/A, embedded fonts",
      args: ["--template", "reading-copy", "--pdfa", "--embed-fonts"],
      options: { template: "reading-copy", pdfa: true, embedFonts: true },
    },
  ])("$name: every PDF and Word file, byte for byte", async ({ args, options }) => {
    const { out, manifest } = exportAll(args);
    expect(manifest.inputs.map((entry) => entry.path).sort()).toEqual([...inputs].sort());
    for (const entry of manifest.inputs) {
      expect(entry.status).toBe("rendered");
      const alone = await renderAlone(entry.path, options);
      const written = Object.fromEntries(
        entry.outputs.map((output) => [output.format, readFileSync(join(out, output.path))]),
      );
      expect(Object.keys(written).sort()).toEqual(["docx", "pdf"]);
      // Compared as buffers, so a difference names the input rather than dumping bytes.
      expect(Buffer.compare(written.pdf as Buffer, Buffer.from(alone.pdf)), `${entry.path} pdf`).toBe(0);
      expect(Buffer.compare(written.docx as Buffer, Buffer.from(alone.docx)), `${entry.path} docx`).toBe(0);
    }
    expect(readdirSync(out).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
