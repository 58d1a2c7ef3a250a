// Hostile and unlucky runs of the built CLI, scaled down: every error is one line with a hint
// and exit 1 or 2 (never 70, never a stack trace); nothing in a shared --out is lost; a killed
// or cancelled export leaves only valid files and an exact manifest.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { copyFile, cp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bin,
  briefing,
  briefingAsync,
  type CliRun,
  examples,
  listFiles,
  type ManifestJson,
  statementYaml,
  tempWithExamples,
} from "./export-helpers.js";

let dir: string;
const yamlExample = join(examples, "2023-10-25-unga-third-committee-rights-of-the-child.yaml");

beforeAll(async () => {
  dir = await tempWithExamples("nothing-lost");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A statement of its own: the same title and date as every other, a body that tells it apart. */
const statement = (body: string) => statementYaml("Shared title", body);

const manifestOf = async (out: string) =>
  JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as ManifestJson & {
    kept: ManifestJson["inputs"];
    removed: string[];
    stoppedBy?: string;
  };

/** One line on stderr naming the path, a problem and a hint; the exit status given; no stack. */
function expectOneLineError(run: CliRun, status: number, pattern: RegExp): void {
  expect(run.status, run.stderr).toBe(status);
  const lines = run.stderr.trim().split("\n");
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).toContain(" — ");
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe("ordinary mistakes give one line and exit 1 or 2", { timeout: 60_000 }, () => {
  it("render -o into a missing folder", () => {
    const run = briefing(["render", yamlExample, "-o", join(dir, "missing", "x.pdf")]);
    expectOneLineError(run, 1, /missing\/x\.pdf: the folder .*missing does not exist — /);
  });

  it("render -o onto a folder", async () => {
    await mkdir(join(dir, "a-folder"));
    const run = briefing(["render", yamlExample, "-o", join(dir, "a-folder")]);
    expectOneLineError(run, 1, /a-folder: this is a folder, not a file — /);
  });

  it("export --out that is a file", async () => {
    await writeFile(join(dir, "a-file"), "x");
    const run = briefing(["export", yamlExample, "--out", join(dir, "a-file")]);
    expectOneLineError(run, 1, /a-file: this is a file, not a folder — /);
  });

  it("export --out under a file", async () => {
    const run = briefing(["export", yamlExample, "--out", join(dir, "a-file", "out")]);
    expectOneLineError(run, 1, /a-file\/out: .* — /);
  });

  it.skipIf(process.getuid?.() === 0)("render -o into a read-only folder (not as root)", async () => {
    await mkdir(join(dir, "read-only"), { mode: 0o555 });
    const run = briefing(["render", yamlExample, "-o", join(dir, "read-only", "x.pdf")]);
    expectOneLineError(run, 1, /read-only: permission denied — /);
  });

  it("a number flag that is not a number", () => {
    for (const flag of ["--jobs", "--timeout", "--max-memory"]) {
      const run = briefing(["export", yamlExample, "--out", join(dir, "o"), flag, "lots"]);
      expectOneLineError(run, 2, new RegExp(`${flag} expects a whole number`));
    }
  });

  it.skipIf(!existsSync("/dev/full"))("printing onto a full disk (stdout to /dev/full)", () => {
    const full = openSync("/dev/full", "w");
    const run = spawnSync(process.execPath, [bin, "inspect", yamlExample], {
      stdio: ["ignore", full, "pipe"],
      encoding: "utf8",
    });
    closeSync(full);
    expectOneLineError(
      { status: run.status, stdout: "", stderr: run.stderr },
      1,
      /standard output: the disk is full — /,
    );
  });

  it("--jobs beyond the cores is capped, with a warning", async () => {
    const out = join(dir, "jobs");
    const run = briefing(["export", yamlExample, "--out", out, "--jobs", "64", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/--jobs 64: this machine has \d+ cores?; running \d+ workers?/);
    expect(run.stderr).not.toMatch(/MaxListeners/);
  });
});

describe("hostile inputs, scaled down, through the built CLI", { timeout: 120_000 }, () => {
  const xml = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const bombDocx = () =>
    zipSync({ "word/document.xml": strToU8(xml("<w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(700_000))) });
  const lyingDocx = () => {
    const bytes = zipSync({
      "word/document.xml": strToU8(
        xml("<w:p><w:r><w:t>First.</w:t></w:r></w:p><w:p><w:r><w:t>Second.</w:t></w:r></w:p>"),
      ),
    });
    // Shrink the uncompressed size recorded in the local header and the central directory.
    const view = new DataView(bytes.buffer);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50) view.setUint32(i + 22, view.getUint32(i + 22, true) - 20, true);
      if (signature === 0x02014b50) view.setUint32(i + 24, view.getUint32(i + 24, true) - 20, true);
    }
    return bytes;
  };
  let aliases = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (const [i, name] of [..."bcdefghi"].entries())
    aliases += `${name}: &${name} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]\n`;
  let deepMarkdown = "# Deep\n\n";
  for (let i = 0; i < 12; i++) deepMarkdown += `${"  ".repeat(i)}- level ${i} word${i}\n`;
  deepMarkdown += `\n${">".repeat(30)} the deep quote\n`;

  const cases: {
    name: string;
    bytes: () => Uint8Array | string;
    status: number;
    expect: RegExp;
    keeps?: string[];
  }[] = [
    { name: "alias-bomb.yaml", bytes: () => aliases, status: 1, expect: /alias bomb — / },
    {
      name: "deep.json",
      bytes: () => `${"[".repeat(10_000)}${"]".repeat(10_000)}`,
      status: 1,
      expect: /nested more than 64 levels deep — /,
    },
    {
      name: "bomb.docx",
      bytes: bombDocx,
      status: 1,
      expect: /bomb\.docx: the Word file('s word\/document\.xml)? (expands|has more than) /,
    },
    {
      name: "lying.docx",
      bytes: lyingDocx,
      status: 1,
      expect: /the Word file is damaged: word\/document\.xml inflates to /,
    },
    {
      name: "many-lines.txt",
      bytes: () => "Title\n\n" + "A line.\n".repeat(25_000),
      status: 1,
      expect: /lines of text \(limit 20,000\) — /,
    },
    {
      name: "long-paragraph.txt",
      bytes: () => `Title\n\n${"日本は平和を守る。".repeat(7_000)}\n`,
      status: 0,
      expect: /was split into 2 paragraphs/,
    },
    {
      name: "x-line.txt",
      bytes: () => `Title\n\n${"x".repeat(300_000)}\n`,
      status: 0,
      expect: /was split into 6 paragraphs/,
    },
    {
      name: "utf16.txt",
      bytes: () =>
        new Uint8Array([0xff, 0xfe, ...Buffer.from("Statement by Japan\n\nThank you.\n", "utf16le")]),
      status: 0,
      expect: /^$|./,
      keeps: ["Statement by Japan", "Thank you."],
    },
    {
      name: "deep.md",
      bytes: () => deepMarkdown,
      status: 0,
      expect: /nested list flattened/,
      keeps: ["word0", "word11", "the deep quote"],
    },
  ];

  for (const c of cases) {
    it(`${c.name}: exit ${c.status}, one line per problem, no text lost`, async () => {
      const file = join(dir, c.name);
      await writeFile(file, c.bytes());
      const run = briefing(["render", file, "--to", "markup"]);
      expect(run.status, run.stderr).toBe(c.status);
      expect(run.stderr).toMatch(c.expect);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at |RangeError|heap/);
      for (const line of run.stderr.trim().split("\n").filter(Boolean))
        expect(line).toMatch(/^(briefing: )?\S+?(:\d+)*: /);
      for (const text of c.keeps ?? []) expect(run.stdout).toContain(text);
    });
  }
});

describe("a shared --out loses nothing", { timeout: 120_000 }, () => {
  it("keeps A's outputs when B, with the same title and date, is exported into the same folder", async () => {
    for (const name of ["A", "B"]) {
      await mkdir(join(dir, "shared", name), { recursive: true });
      await writeFile(join(dir, "shared", name, "s.yaml"), statement(`Statement ${name}.`));
    }
    const out = join(dir, "shared-out");
    expect(briefing(["export", join(dir, "shared", "A"), "--out", out, "-q"]).status).toBe(0);
    const second = briefing(["export", join(dir, "shared", "B"), "--out", out, "-q"]);
    expect(second.status, second.stderr).toBe(0);
    const manifest = await manifestOf(out);
    expect(manifest.inputs.map((e) => e.input)).toEqual([join(dir, "shared", "B", "s.yaml")]);
    expect(manifest.kept.map((e) => e.input)).toEqual([join(dir, "shared", "A", "s.yaml")]);
    const files = (await listFiles(out)).filter((f) => f !== "manifest.json");
    expect(files).toHaveLength(4);
    const listed = [...manifest.inputs, ...manifest.kept].flatMap((e) => e.outputs.map((o) => o.path));
    expect(listed.sort()).toEqual(files);
  });

  it("keeps every name when a file is added beside the others, and --changed renders only it", async () => {
    const root = join(dir, "stable");
    await mkdir(join(root, "sub"), { recursive: true });
    await copyFile(yamlExample, join(root, "sub", "one.yaml"));
    const out = join(dir, "stable-out");
    expect(briefing(["export", root, "--out", out, "-q"]).status).toBe(0);
    const before = await listFiles(out);
    await writeFile(join(root, "added.yaml"), statement("Added later."));
    const run = briefing(["export", root, "--out", out, "--changed", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    const manifest = JSON.parse(run.stdout) as ManifestJson;
    expect(manifest.inputs.map((e) => [e.relative, e.status])).toEqual([
      ["added.yaml", "rendered"],
      ["sub/one.yaml", "unchanged"],
    ]);
    const after = await listFiles(out);
    expect(after.filter((f) => before.includes(f))).toEqual(before);
  });

  it("removes the stale outputs of an edited statement and names them in the manifest", async () => {
    const root = join(dir, "edited");
    await mkdir(root);
    await writeFile(join(root, "s.yaml"), statement("First version."));
    const out = join(dir, "edited-out");
    expect(briefing(["export", root, "--out", out, "-q"]).status).toBe(0);
    const old = (await manifestOf(out)).inputs[0]?.outputs.map((o) => o.path) ?? [];
    await writeFile(join(root, "s.yaml"), statement("Second version."));
    const run = briefing(["export", root, "--out", out, "--changed"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/2 stale files removed/);
    const manifest = await manifestOf(out);
    expect(manifest.removed.sort()).toEqual(old.sort());
    expect(await listFiles(out)).toEqual(
      [...(manifest.inputs[0]?.outputs.map((o) => o.path) ?? []), "manifest.json"].sort(),
    );
  });

  it("exports a tree with a symbolic link loop once", async () => {
    const root = join(dir, "loop");
    await mkdir(join(root, "sub"), { recursive: true });
    await copyFile(yamlExample, join(root, "sub", "one.yaml"));
    await symlink("..", join(root, "sub", "up"));
    await symlink(root, join(root, "self"));
    const run = briefing(["export", root, "--out", join(dir, "loop-out"), "--to", "docx", "--json"]);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as ManifestJson).inputs.map((e) => e.relative)).toEqual(["sub/one.yaml"]);
  });

  it("never reads an output folder inside the input folder back as inputs", async () => {
    const root = join(dir, "nested");
    await mkdir(root);
    await copyFile(yamlExample, join(root, "one.yaml"));
    for (const out of ["out-1", "out-2"]) {
      const run = briefing(["export", root, "--out", join(root, out), "--json"]);
      expect(run.status, run.stderr).toBe(0);
      expect((JSON.parse(run.stdout) as ManifestJson).inputs.map((e) => e.relative)).toEqual(["one.yaml"]);
    }
  });
});

describe("a template reads only its own folder and makes only safe links", { timeout: 60_000 }, () => {
  const builtIn = join(examples, "..", "templates", "briefing");

  async function copyBriefingTemplate(name: string): Promise<string> {
    const target = join(dir, name);
    await cp(builtIn, target, { recursive: true });
    return target;
  }

  it("refuses a partial that is a link to a file outside the folder, in one line", async () => {
    const template = await copyBriefingTemplate("evil-template");
    await writeFile(join(dir, "secret.txt"), "SECRET-FROM-OUTSIDE");
    await symlink(join(dir, "secret.txt"), join(template, "partials", "evil.hbs"));
    const run = briefing(["render", yamlExample, "--template", template, "-o", join(dir, "evil.pdf")]);
    expectOneLineError(
      run,
      1,
      /partials\/evil\.hbs: is a link to a file outside the template folder .* — copy the file/,
    );
    expect(await readdir(dir)).not.toContain("evil.pdf");
  });

  it("shows a javascript: or file: link as plain text, warns, and warns of {{{ }}} at load", async () => {
    const template = await copyBriefingTemplate("link-template");
    const page = join(template, "template.hbs");
    const source = await readFile(page, "utf8");
    const links =
      '<p class="body"><a href="javascript:alert(1)">Click</a> <a href="FILE:///etc/passwd">here</a> <a href="https://example.org/">ok</a> {{{statement.title}}}</p>';
    await writeFile(page, source.replace("</document>", `${links}</document>`));
    expect(source).toContain("</document>");
    const run = briefing(["render", yamlExample, "--template", template, "--to", "document"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/template\.hbs:\d+:\d+: \{\{\{statement\.title\}\}\} inserts text unescaped/);
    expect(run.stderr).toMatch(/link to "javascript:alert\(1\)" is shown as plain text/);
    expect(run.stderr).toMatch(/link to "FILE:\/\/\/etc\/passwd" is shown as plain text/);
    const hrefs = [...run.stdout.matchAll(/"href": "([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(["https://example.org/"]);
    expect(run.stdout).toContain("Click");
  });
});

async function expectValidOutputs(out: string): Promise<void> {
  for (const name of await readdir(out)) {
    if (name.startsWith(".")) continue;
    const bytes = new Uint8Array(await readFile(join(out, name)));
    if (name.endsWith(".pdf")) {
      const pdf = await getDocument({ data: bytes }).promise;
      expect(pdf.numPages, name).toBeGreaterThan(0);
      await pdf.destroy();
    } else if (name.endsWith(".docx")) {
      expect(Object.keys(unzipSync(bytes)), name).toContain("word/document.xml");
    } else {
      expect(name).toBe("manifest.json");
      JSON.parse(new TextDecoder().decode(bytes));
    }
  }
}

/** Starts an export of many statements and sends `signal` once the first file is done. */
async function exportAndSignal(
  out: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; stderr: string }> {
  const root = join(dir, "many");
  await mkdir(root, { recursive: true });
  for (let i = 0; i < 12; i++) await writeFile(join(root, `s${i}.yaml`), statement(`Statement number ${i}.`));
  const child = briefingAsync(["export", root, "--out", out, "--jobs", "1", "--verbose"]);
  let stderr = "";
  const code = await new Promise<number | null>((resolve) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes("→") && !child.killed) child.kill(signal);
    });
    child.on("close", (status, killedBy) => resolve(status ?? (killedBy === "SIGKILL" ? 137 : null)));
  });
  return { code, stderr };
}

describe("a killed or cancelled export", { timeout: 120_000 }, () => {
  it("on SIGTERM writes the manifest of what finished and exits 143", async () => {
    const out = join(dir, "term-out");
    const { code, stderr } = await exportAndSignal(out, "SIGTERM");
    expect(code, stderr).toBe(143);
    const manifest = await manifestOf(out);
    expect(manifest.stoppedBy).toBe("SIGTERM");
    expect(manifest.inputs.length).toBeGreaterThan(0);
    expect(manifest.inputs.length).toBeLessThan(12);
    const listed = manifest.inputs.flatMap((e) => e.outputs.map((o) => o.path));
    expect(await listFiles(out)).toEqual([...listed, "manifest.json"].sort());
    await expectValidOutputs(out);
  });

  it("on SIGKILL leaves only valid files, and the next run clears its temporary files", async () => {
    const out = join(dir, "kill-out");
    const { code } = await exportAndSignal(out, "SIGKILL");
    expect(code).toBe(137);
    await expectValidOutputs(out);
    // As a kill mid-write would leave it: a temporary file of a process that is gone.
    await writeFile(join(out, ".s0.pdf.999999.0badc0de.tmp"), "half a PDF");
    const rerun = briefing(["export", join(dir, "many"), "--out", out, "-q", "--changed"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect((await readdir(out)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    const manifest = await manifestOf(out);
    expect(manifest.inputs).toHaveLength(12);
    await expectValidOutputs(out);
  });
});

/** A small RAM disk, when this process may mount one (root on Linux); else undefined. */
function mountSmallDisk(path: string, size: string): boolean {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  spawnSync("mkdir", ["-p", path]);
  return spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", path]).status === 0;
}

describe("a disk that fills up", { timeout: 120_000 }, () => {
  const disk = join("/tmp", `briefing-full-${process.pid}`);
  const mounted = mountSmallDisk(disk, "300k");
  afterAll(() => {
    if (mounted) spawnSync("umount", [disk]);
  });

  it.skipIf(!mounted)(
    "stops at the first ENOSPC, writes the manifest of what finished, says so once, exits 1",
    async () => {
      const root = join(dir, "fill");
      await mkdir(root);
      for (let i = 0; i < 12; i++) await writeFile(join(root, `s${i}.yaml`), statement(`Filling ${i}.`));
      const out = join(disk, "out");
      const run = briefing(["export", root, "--out", out, "--jobs", "1"]);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/the disk is full — /);
      const manifest = await manifestOf(out);
      expect(manifest.stoppedBy).toBe("disk full");
      expect(manifest.inputs.length).toBeLessThan(12);
      const listed = manifest.inputs.flatMap((e) => e.outputs.map((o) => o.path));
      expect(await listFiles(out)).toEqual([...listed, "manifest.json"].sort());
      await expectValidOutputs(out);
    },
  );
});
