import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseStatement } from "@briefing/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readParts } from "./support/docx-read.js";
import { typesetStatement } from "./support/typeset.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "packages/cli/dist/bin.js");
const seed = "2017-06-08-apmbc-cooperation-and-assistance.txt";
let dir: string;

function briefing(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-docx-cli-"));
  copyFileSync(join(root, "examples", seed), join(dir, seed));
  writeFileSync(join(dir, "not-word.docx"), "plain text pretending to be Word");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("briefing render --to docx, then briefing inspect the .docx", () => {
  it("writes a Word file that inspect reads back into the same statement", () => {
    const render = briefing("render", seed, "--to", "docx", "-o", "out.docx");
    expect(render.code, render.stderr).toBe(0);
    const bytes = new Uint8Array(readFileSync(join(dir, "out.docx")));
    expect(Object.keys(readParts(bytes))).toContain("word/document.xml");

    const inspect = briefing("inspect", "out.docx", "--format", "json");
    expect(inspect.code, inspect.stderr).toBe(0);
    const [report] = JSON.parse(inspect.stdout) as { statement: unknown }[];
    const original = parseStatement(readFileSync(join(dir, seed)), { filename: seed }).statement;
    // The Word file holds the typeset text (smartQuotes): it reads back with curly quotes.
    expect(report?.statement).toEqual(typesetStatement(original));
  }, 30_000);

  it("writes a Word file when -o names one, and refuses a --to that contradicts -o", () => {
    expect(briefing("render", seed, "-o", "named.docx").code).toBe(0);
    expect(readFileSync(join(dir, "named.docx")).equals(readFileSync(join(dir, "out.docx")))).toBe(true);
    const clash = briefing("render", seed, "--to", "pdf", "-o", "clash.docx");
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/-o clash\.docx names a Word file but --to is pdf/);
    expect(existsSync(join(dir, "clash.docx"))).toBe(false);
  }, 30_000);

  it("renders the same bytes twice", () => {
    expect(briefing("render", seed, "--to", "docx", "-o", "again.docx").code).toBe(0);
    expect(existsSync(join(dir, "out.docx"))).toBe(true);
    expect(readFileSync(join(dir, "again.docx")).equals(readFileSync(join(dir, "out.docx")))).toBe(true);
  }, 30_000);

  it("reports a .docx that is not a Word file as one line with a hint, exit 1", () => {
    const inspect = briefing("inspect", "not-word.docx");
    expect(inspect.code).toBe(1);
    expect(inspect.stderr.split("\n")[0]).toMatch(/^not-word\.docx: not a Word file: [^\n]+ — [^\n]+$/);
  }, 30_000);
});
