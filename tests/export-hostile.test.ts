import { createHash } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  briefing,
  type CliRun,
  examples,
  listFiles,
  type ManifestJson,
  statementYaml,
  tempWithExamples,
} from "./export-helpers.js";

let dir: string;
let run: CliRun;
let manifest: ManifestJson;
let good = ["escape.yaml", "absolute.yaml", "nul.yaml", "reserved.yaml", "-rf ..\\..\\CON.md"];
const bad = ["empty.txt", "binary.txt", "bad.yaml", "huge.txt"];

const statementWithTitle = (title: string) =>
  statementYaml(title, `Body of ${title.replace(/[^a-z]/gi, "")}.`);

beforeAll(async () => {
  dir = await tempWithExamples("hostile");
  good = [...good, ...(await readdir(examples))];
  const input = (name: string) => join(dir, "in", name);
  await writeFile(input("escape.yaml"), statementWithTitle("../../../../escaped"));
  await writeFile(input("absolute.yaml"), statementWithTitle("/etc/passwd"));
  await writeFile(input("nul.yaml"), statementWithTitle("nul\0byte"));
  await writeFile(input("reserved.yaml"), statementWithTitle("CON"));
  await writeFile(input("-rf ..\\..\\CON.md"), "A hostile name\n\nThank you, Mr. President.\n");
  await writeFile(input("empty.txt"), "");
  await writeFile(input("binary.txt"), createHash("sha512").update("seed").digest());
  await writeFile(input("bad.yaml"), "title: [unclosed\nbody: {\n");
  await writeFile(
    input("huge.txt"),
    "Mr. President, this is a very long statement.\n".repeat((50 * 2 ** 20) / 46),
  );
  run = briefing(["export", join(dir, "in"), "--out", join(dir, "out"), "--jobs", "2", "--json"]);
  manifest = JSON.parse(run.stdout) as ManifestJson;
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("briefing export of a folder with hostile files", { timeout: 120_000 }, () => {
  it("exits 1 and renders every good file to PDF and DOCX", () => {
    expect(run.status).toBe(1);
    const byName = new Map(manifest.inputs.map((e) => [e.relative, e]));
    expect([...byName.keys()].sort()).toEqual([...good, ...bad].sort());
    for (const name of good) {
      const entry = byName.get(name);
      expect(entry?.status, `${name}: ${entry?.error?.message}`).toBe("rendered");
      expect(entry?.outputs.map((o) => o.format)).toEqual(["pdf", "docx"]);
    }
    expect(manifest.totals).toMatchObject({
      rendered: good.length,
      failed: bad.length,
      outputs: 2 * good.length,
    });
  });

  it("reports every bad file as one line naming file and line", () => {
    const lines = run.stderr.trim().split("\n");
    for (const name of bad) {
      const entry = manifest.inputs.find((e) => e.relative === name);
      expect(entry?.status).toBe("failed");
      expect(entry?.error?.message).toMatch(new RegExp(`${name.replace(".", "\\.")}(:\\d+(:\\d+)?)?: `));
      expect(lines.filter((line) => line.includes(name))).toHaveLength(1);
    }
    expect(manifest.inputs.find((e) => e.relative === "bad.yaml")?.error?.line).toBeGreaterThan(0);
    // not a terminal: no progress bar, no escape codes
    expect(run.stderr).not.toContain("\u001b");
  });

  it("writes only into --out, with the outputs the manifest lists and no temp file", async () => {
    const listed = manifest.inputs.flatMap((e) => e.outputs.map((o) => o.path));
    expect(await listFiles(join(dir, "out"))).toEqual([...listed, "manifest.json"].sort());
    // Names are lower-case ASCII words, and Japanese kept as written (issue 12); never a separator,
    // a dot, a space or a control character from a hostile title.
    const japanese = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー";
    const safeName = new RegExp(`^[a-z0-9_${japanese}][a-z0-9\\-${japanese}]*\\.(pdf|docx)$`, "u");
    for (const path of listed) expect(path).toMatch(safeName);
    expect((await listFiles(dir)).filter((f) => !f.startsWith("in/") && !f.startsWith("out/"))).toEqual([]);
    expect(await readFile(join(dir, "out", "manifest.json"), "utf8")).toContain('"totals"');
  });

  it("writes real PDFs whose page counts match the manifest", async () => {
    for (const entry of manifest.inputs.filter((e) => e.status === "rendered")) {
      const output = entry.outputs.find((o) => o.format === "pdf");
      const bytes = new Uint8Array(await readFile(join(dir, "out", output?.path ?? "")));
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(output?.sha256);
      const pdf = await getDocument({ data: bytes }).promise;
      expect(pdf.numPages).toBe(output?.pages);
      await pdf.destroy();
    }
  });
});
