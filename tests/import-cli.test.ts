import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
// The tests workspace does not depend on `yaml`; borrow core's copy to read the output back.
const { parse: parseYaml } = createRequire(join(root, "packages/core/package.json"))(
  "yaml",
) as typeof import("yaml");
const bin = join(root, "packages/cli/dist/bin.js");
let dir: string;

function briefing(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const options = { cwd: dir, encoding: "utf8" as const, maxBuffer: 64 * 1024 * 1024 };
    execFile(process.execPath, [bin, ...args], options, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const GOOD = "Mr. President,\n\nJapan welcomes the report.\n\nThank you.\n";
/** One line, `file:line:col: problem — hint`, and never a stack trace. */
const DIAGNOSTIC = /^(?<file>[^:\n]+):(?<line>\d+):(?<column>\d+): [^\n]+ — [^\n]+$/;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-import-cli-"));
  writeFileSync(join(dir, "good.txt"), GOOD);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(
    join(dir, "binary.md"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  writeFileSync(
    join(dir, "latin1.txt"),
    Buffer.concat([Buffer.from("Mr. President,\n\nCaf"), Buffer.from([0xe9]), Buffer.from(" talks.\n")]),
  );
  writeFileSync(join(dir, "bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]));
  writeFileSync(join(dir, "crlf.md"), GOOD.replace(/\n/g, "\r\n"));
  mkdirSync(join(dir, "folder.md"));
  writeFileSync(join(dir, "invalid.yaml"), "title: ok\nbody: [\n  - type: paragraph\n");
  writeFileSync(
    join(dir, "schema.yaml"),
    "title: ok\nbody:\n  - type: paragraph\n    role: greeting\n    runs: [{ text: Hi }]\n",
  );
  writeFileSync(join(dir, "web.txt"), `Printable version\n\n${GOOD}`);
  writeFileSync(join(dir, "schema.json"), '{\n  "title": 7,\n  "body": []\n}\n');
  // 50 MB of plausible text: it must be refused quickly, before it is read.
  writeFileSync(join(dir, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, "All work and no play. "));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every case spawns the CLI, whose start-up (loading pdf/docx) takes seconds on a busy machine.
describe("briefing inspect on bad input (built binary)", { timeout: 120_000 }, () => {
  it.concurrent.each([
    ["empty.txt", 1, 1, "the file is empty"],
    // The NUL byte comes after the PNG signature, which holds CR LF and LF.
    ["binary.md", 3, 1, "binary file"],
    ["latin1.txt", 3, 4, "invalid UTF-8 (byte 0xe9"],
    ["missing.txt", 1, 1, "no such file"],
    ["folder.md", 1, 1, "is a directory"],
    ["invalid.yaml", 3, 3, "invalid YAML"],
    ["schema.yaml", 4, 11, "body[0].role"],
    ["schema.json", 2, 12, "title: "],
    ["huge.txt", 1, 1, "too large (50.0 MB"],
  ])("%s fails at %i:%i with one clear line and exit 1", async (file, line, column, problem) => {
    const { code, stdout, stderr } = await briefing("inspect", file);
    expect(code).toBe(1);
    const [first, summary, ...rest] = stderr.trimEnd().split("\n");
    expect(first).toMatch(DIAGNOSTIC);
    expect(first?.startsWith(`${file}:${line}:${column}: `)).toBe(true);
    expect(first).toContain(problem);
    expect(summary).toBe("briefing: 1 of 1 file could not be read");
    expect(rest).toEqual([]);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(parseYaml(stdout) ?? null).toBeNull();
  });

  it.concurrent.each(["bom.txt", "crlf.md"])("%s parses like the plain file", async (file) => {
    const [plain, other] = await Promise.all([
      briefing("inspect", "--format", "json", "good.txt"),
      briefing("inspect", "--format", "json", file),
    ]);
    expect(other.code).toBe(0);
    expect(other.stderr).toBe("");
    const [report] = JSON.parse(other.stdout);
    const [expected] = JSON.parse(plain.stdout);
    expect(report.statement.body).toEqual(expected.statement.body);
    expect(report.statement.body.map((block: { role: string }) => block.role)).toEqual([
      "salutation",
      "body",
      "closing",
    ]);
  });

  it.concurrent("reports every failure of several files and still prints the good ones", async () => {
    const { code, stdout, stderr } = await briefing(
      "inspect",
      "--format",
      "json",
      "good.txt",
      "empty.txt",
      join(root, "examples/2017-06-08-apmbc-cooperation-and-assistance.txt"),
      "missing.txt",
      "schema.yaml",
      "crlf.md",
    );
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split("\n");
    expect(lines.slice(0, 3).map((line) => line.split(":")[0])).toEqual([
      "empty.txt",
      "missing.txt",
      "schema.yaml",
    ]);
    for (const line of lines.slice(0, 3)) expect(line).toMatch(DIAGNOSTIC);
    expect(lines[3]).toBe("briefing: 3 of 6 files could not be read");
    const reports = JSON.parse(stdout) as {
      file: string;
      statement: { title?: string };
      stats: { words: number };
    }[];
    expect(reports.map((report) => report.file.split("/").at(-1))).toEqual([
      "good.txt",
      "2017-06-08-apmbc-cooperation-and-assistance.txt",
      "crlf.md",
    ]);
    expect(reports[1]?.statement.title).toBe("Statement on Enhancement of Cooperation and Assistance");
    expect(reports[0]?.stats.words).toBe(8);
  });

  it.concurrent("prints YAML by default, with stats and warnings, and exits 0", async () => {
    const { code, stdout } = await briefing("inspect", "web.txt", "good.txt");
    expect(code).toBe(0);
    const documents = stdout.split(/^---$/m).map((text) => parseYaml(text));
    expect(documents).toHaveLength(2);
    expect(documents[0].stats).toEqual({ words: 8, characters: 45, speakingSeconds: 4, languages: ["en"] });
    expect(documents[0].warnings).toEqual([
      { file: "web.txt", line: 1, column: 1, message: expect.stringContaining("Printable version") },
    ]);
  });

  it.concurrent("takes speaking rates", async () => {
    const fast = JSON.parse((await briefing("inspect", "-f", "json", "--wpm", "8", "good.txt")).stdout);
    expect(fast[0].stats.speakingSeconds).toBe(60);
  });

  it.concurrent.each([[["--wpm", "0", "good.txt"]], [["--format", "xml", "good.txt"]], [[]]])(
    "refuses %j as a usage error (exit 2)",
    async (args) => {
      const { code, stderr } = await briefing("inspect", ...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^error: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  it.concurrent("describes every option in its help", async () => {
    const { code, stdout } = await briefing("inspect", "--help");
    expect(code).toBe(0);
    for (const option of ["--format", "--wpm", "--cpm", "file:line:col"]) expect(stdout).toContain(option);
  });
});

describe("briefing inspect --explain (built binary)", { timeout: 60_000 }, () => {
  it("names the line and the rule behind every field, and why each dropped line went", async () => {
    writeFileSync(
      join(dir, "paste.txt"),
      "Skip to main content\nHome > Statements\n\nStatement by H.E. Ms. Ana Silva, Permanent Representative of Brazil\n\nGeneva, 12 March 2024\n\nCheck against delivery\n\nMr. President,\n\nBrazil welcomes the report.\n\nThank you.\n\n© Ministry of Foreign Affairs\n",
    );
    const { code, stdout } = await briefing("inspect", "--explain", "--format", "json", "paste.txt");
    expect(code).toBe(0);
    const [report] = JSON.parse(stdout) as {
      explain: { fields: Record<string, string>; dropped: string[] };
    }[];
    expect(report?.explain.fields).toMatchObject({
      title:
        "paste.txt:4 — title line — “Statement by H.E. Ms. Ana Silva, Permanent Representative of Brazil”",
      date: "paste.txt:6 — dateline with its place — “Geneva, 12 March 2024”",
      venue: "paste.txt:6 — place before or after the date — “Geneva, 12 March 2024”",
      speaker:
        "paste.txt:4 — speaker named in a title line — “Statement by H.E. Ms. Ana Silva, Permanent Representative of Brazil”",
      delegation:
        "paste.txt:4 — office or body “of …” — “Statement by H.E. Ms. Ana Silva, Permanent Representative of Brazil”",
      delivery: "paste.txt:8 — delivery marker — “Check against delivery”",
    });
    expect(report?.explain.dropped).toEqual([
      "paste.txt:1 — navigation — “Skip to main content”",
      "paste.txt:2 — breadcrumb — “Home > Statements”",
      "paste.txt:16 — footer — “© Ministry of Foreign Affairs”",
    ]);
  });
});
