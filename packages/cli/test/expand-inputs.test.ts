import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandInputs, sortInputs } from "../src/export/expand-inputs.js";

let dir: string;
const extensions = [".txt", ".md", ".yaml", ".yml", ".json"];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-expand-"));
  for (const file of [
    "b.md",
    "a.txt",
    "sub/c.yaml",
    "sub/deep/d.JSON",
    "notes.pdf",
    ".hidden.md",
    "out/x.md",
  ]) {
    await mkdir(join(dir, file, ".."), { recursive: true });
    await writeFile(join(dir, file), "x");
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("expandInputs", () => {
  it("searches directories recursively by extension, sorted, skipping hidden files and the output dir", async () => {
    const { inputs } = await expandInputs(["."], { extensions, exclude: [join(dir, "out")], cwd: dir });
    expect(inputs.map((i) => i.relative)).toEqual(["a.txt", "b.md", "sub/c.yaml", "sub/deep/d.JSON"]);
    expect(inputs[0]?.display).toBe("a.txt");
  });

  it("takes named files as they are, missing ones too, once each", async () => {
    const { inputs } = await expandInputs(["notes.pdf", "missing.md", "notes.pdf", "sub"], {
      extensions,
      cwd: dir,
    });
    expect(inputs.map((i) => i.display)).toEqual([
      "notes.pdf",
      "missing.md",
      join("sub", "c.yaml"),
      join("sub", "deep", "d.JSON"),
    ]);
  });

  it("expands globs and reports those that match nothing", async () => {
    const { inputs, unmatched } = await expandInputs(["sub/**/*.yaml", "*.nothing"], {
      extensions,
      cwd: dir,
    });
    expect(inputs.map((i) => i.relative)).toEqual(["sub/c.yaml"]);
    expect(unmatched).toEqual(["*.nothing"]);
  });

  it("sorts by relative path whatever order the arguments came in", async () => {
    const { inputs } = await expandInputs(["sub", "b.md", "a.txt"], { extensions, cwd: dir });
    expect(sortInputs(inputs).map((i) => i.display)).toEqual([
      "a.txt",
      "b.md",
      join("sub", "c.yaml"),
      join("sub", "deep", "d.JSON"),
    ]);
  });

  it("names a file relative to its folder argument, whatever else the run holds", async () => {
    const only = await expandInputs(["sub"], { extensions, cwd: dir });
    const more = await expandInputs(["sub", "a.txt"], { extensions, cwd: dir });
    expect(only.inputs.map((i) => i.relative)).toEqual(["c.yaml", "deep/d.JSON"]);
    expect(more.inputs.map((i) => i.relative)).toEqual(["c.yaml", "deep/d.JSON", "a.txt"]);
  });

  it("takes a file reached through links once, by its real path, and survives link loops", async () => {
    const linked = await mkdtemp(join(tmpdir(), "briefing-links-"));
    try {
      await mkdir(join(linked, "R", "sub"), { recursive: true });
      await writeFile(join(linked, "R", "sub", "a.md"), "x");
      await symlink("..", join(linked, "R", "sub", "loop"));
      await symlink(join(linked, "R"), join(linked, "R", "self"));
      const { inputs } = await expandInputs(["R"], { extensions, cwd: linked });
      expect(inputs.map((i) => i.relative)).toEqual(["sub/a.md"]);
      expect(inputs[0]?.path).toBe(await realpath(join(linked, "R", "sub", "a.md")));
    } finally {
      await rm(linked, { recursive: true, force: true });
    }
  });

  it("names a linked file by its target, and a file in a linked folder by the folder's real path", async () => {
    const linked = await mkdtemp(join(tmpdir(), "briefing-file-links-"));
    try {
      await mkdir(join(linked, "elsewhere", "deep"), { recursive: true });
      await mkdir(join(linked, "in"), { recursive: true });
      await writeFile(join(linked, "elsewhere", "target.md"), "x");
      await writeFile(join(linked, "elsewhere", "deep", "b.txt"), "y");
      await symlink(join(linked, "elsewhere", "target.md"), join(linked, "in", "a.md"));
      await symlink(join(linked, "elsewhere", "deep"), join(linked, "in", "folder"));
      const { inputs } = await expandInputs(["in"], { extensions, cwd: linked });
      expect(inputs.map((i) => [i.relative, i.path])).toEqual([
        ["a.md", await realpath(join(linked, "elsewhere", "target.md"))],
        ["folder/b.txt", await realpath(join(linked, "elsewhere", "deep", "b.txt"))],
      ]);
    } finally {
      await rm(linked, { recursive: true, force: true });
    }
  });

  it("never reads an earlier export's folder (one holding a briefing manifest) as inputs", async () => {
    const nested = await mkdtemp(join(tmpdir(), "briefing-nested-"));
    try {
      await mkdir(join(nested, "in", "old-out"), { recursive: true });
      await writeFile(join(nested, "in", "a.md"), "x");
      await writeFile(
        join(nested, "in", "old-out", "manifest.json"),
        '{\n  "tool": { "name": "briefing" } }',
      );
      await writeFile(join(nested, "in", "old-out", "x.docx"), "x");
      await writeFile(join(nested, "in", "other.json"), '{ "title": "x" }');
      const { inputs } = await expandInputs(["in"], { extensions: [...extensions, ".docx"], cwd: nested });
      expect(inputs.map((i) => i.relative)).toEqual(["a.md", "other.json"]);
    } finally {
      await rm(nested, { recursive: true, force: true });
    }
  });
});
