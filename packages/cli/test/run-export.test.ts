import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CacheKeys } from "../src/export/cache-key.js";
import { ChangeDetector } from "../src/export/changed.js";
import { expandInputs, sortInputs } from "../src/export/expand-inputs.js";
import { type Manifest, manifestTotals, readManifest, writeManifest } from "../src/export/manifest.js";
import { createRenderPool, type RenderPool } from "../src/export/pool.js";
import { runExport } from "../src/export/run-export.js";

const fakeWorker = new URL("./fixtures/fake-worker.mjs", import.meta.url).href;
let dir: string;
let pool: RenderPool;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefing-run-"));
  await mkdir(join(dir, "in", "sub"), { recursive: true });
  await writeFile(join(dir, "in", "a.txt"), "Alpha statement\n2021-11-23");
  await writeFile(join(dir, "in", "sub", "b.md"), "Beta");
  await writeFile(join(dir, "in", "bad.txt"), "FAIL");
  await writeFile(join(dir, "in", "crash.txt"), "CRASH");
  pool = createRenderPool({ jobs: 2, filename: fakeWorker });
});
afterEach(async () => {
  await pool.destroy();
  await rm(dir, { recursive: true, force: true });
});

async function exportOnce(options: { changed?: boolean; signal?: AbortSignal } = {}) {
  const out = join(dir, "out");
  const { inputs } = await expandInputs([join(dir, "in")], { extensions: [".txt", ".md"] });
  const keys = new CacheKeys("env");
  const changed = options.changed
    ? new ChangeDetector(await readManifest(out, undefined), out, keys)
    : undefined;
  const result = await runExport({
    inputs: sortInputs(inputs),
    outDir: out,
    config: { formats: ["pdf", "docx"], pdfa: false },
    keys,
    pool,
    concurrency: 4,
    ...(changed && { changed }),
    ...(options.signal && { signal: options.signal }),
  });
  const manifest: Manifest = {
    tool: { name: "briefing", version: "0" },
    options: { to: ["pdf", "docx"], template: "briefing", pdfa: false },
    interrupted: result.interrupted,
    inputs: result.entries,
    totals: manifestTotals(result.entries, 1),
  };
  await writeManifest(out, manifest);
  return { out, manifest };
}

describe("runExport", () => {
  it("writes every good input, records every bad one, and leaves no temp file", async () => {
    const { out, manifest } = await exportOnce();
    expect(manifest.inputs.map((e) => [e.relative, e.status])).toEqual([
      ["a.txt", "rendered"],
      ["bad.txt", "failed"],
      ["crash.txt", "failed"],
      ["sub/b.md", "rendered"],
    ]);
    expect(manifest.inputs[1]?.error).toMatchObject({
      line: 2,
      column: 3,
      message: `${manifest.inputs[1]?.input}:2:3: bad input`,
    });
    expect(manifest.inputs[2]?.error?.message).toMatch(/crash\.txt: worker blew up/);
    expect(manifest.totals).toMatchObject({
      inputs: 4,
      rendered: 2,
      failed: 2,
      outputs: 4,
      pages: 4,
      warnings: 2,
    });

    const files = (await readdir(out)).sort();
    const alpha = manifest.inputs[0]?.outputs.map((o) => o.path) ?? [];
    expect(alpha[0]).toMatch(/^2021-11-23-alpha-statement-[0-9a-f]{8}\.pdf$/);
    expect(files).toEqual(
      [...alpha, ...(manifest.inputs[3]?.outputs.map((o) => o.path) ?? []), "manifest.json"].sort(),
    );
    expect(await readFile(join(out, alpha[0] ?? ""), "utf8")).toBe("Alpha statement\n2021-11-23");
  });

  it("with --changed renders nothing the second time, and again what changed", async () => {
    await exportOnce();
    const second = await exportOnce({ changed: true });
    expect(second.manifest.inputs.map((e) => e.status)).toEqual([
      "unchanged",
      "failed",
      "failed",
      "unchanged",
    ]);

    await writeFile(join(dir, "in", "sub", "b.md"), "Beta, revised");
    const pdf = second.manifest.inputs[0]?.outputs[0]?.path ?? "";
    await writeFile(join(second.out, pdf), "tampered");
    const third = await exportOnce({ changed: true });
    expect(third.manifest.inputs.map((e) => e.status)).toEqual(["rendered", "failed", "failed", "rendered"]);
    expect(await readFile(join(third.out, pdf), "utf8")).toBe("Alpha statement\n2021-11-23");
  });

  it("stops on abort, keeping only what finished", async () => {
    for (let i = 0; i < 6; i++) await writeFile(join(dir, "in", `slow-${i}.txt`), "SLOW");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 500);
    const started = Date.now();
    const { out, manifest } = await exportOnce({ signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(manifest.interrupted).toBe(true);
    expect(manifest.inputs.some((e) => e.relative.startsWith("slow-"))).toBe(false);
    for (const entry of manifest.inputs) {
      for (const output of entry.outputs) expect(await readFile(join(out, output.path), "utf8")).toBeTruthy();
    }
    expect((await readdir(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
