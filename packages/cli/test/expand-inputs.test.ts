import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
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
    const { inputs, root } = await expandInputs(["."], { extensions, exclude: [join(dir, "out")], cwd: dir });
    expect(root).toBe(dir);
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
    const { inputs, unmatched, root } = await expandInputs(["sub/**/*.yaml", "*.nothing"], {
      extensions,
      cwd: dir,
    });
    expect(inputs.map((i) => i.relative)).toEqual(["c.yaml"]);
    expect(root).toBe(join(dir, "sub"));
    expect(unmatched).toEqual(["*.nothing"]);
  });

  it("sorts by relative path whatever order the arguments came in", async () => {
    const { inputs } = await expandInputs(["sub", "b.md", "a.txt"], { extensions, cwd: dir });
    expect(sortInputs(inputs).map((i) => i.relative)).toEqual([
      "a.txt",
      "b.md",
      "sub/c.yaml",
      "sub/deep/d.JSON",
    ]);
  });
});
