import { getEventListeners } from "node:events";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CacheKeys } from "../src/export/cache-key.js";
import { ChangeDetector } from "../src/export/changed.js";
import { expandInputs, sortInputs } from "../src/export/expand-inputs.js";
import { type Manifest, manifestTotals, writeManifest } from "../src/export/manifest.js";
import { OutFolder, removeLeftoverTempFiles } from "../src/export/out-folder.js";
import { createRenderPool, type RenderPool } from "../src/export/pool.js";
import { batchSize, EXPORT_BATCH, runExport } from "../src/export/run-export.js";

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

interface ExportOnce {
  changed?: boolean;
  stop?: AbortController;
  inputs?: string[];
  timeoutMs?: number;
  beforeRender?: () => Promise<void>;
}

async function exportOnce(options: ExportOnce = {}) {
  const out = join(dir, "out");
  await mkdir(out, { recursive: true });
  const { inputs } = await expandInputs(options.inputs ?? [join(dir, "in")], { extensions: [".txt", ".md"] });
  const keys = new CacheKeys("env");
  const folder = await OutFolder.open(out, undefined);
  const changed = options.changed ? new ChangeDetector(folder.previous, out, keys) : undefined;
  const result = await runExport({
    inputs: sortInputs(inputs),
    outDir: out,
    folder,
    config: { formats: ["pdf", "docx"], pdfa: false, embedFonts: false },
    keys,
    pool,
    concurrency: 4,
    timeoutMs: options.timeoutMs ?? 60_000,
    ...(changed && { changed }),
    ...(options.beforeRender && { beforeRender: options.beforeRender }),
    stop: options.stop ?? new AbortController(),
  });
  // As `briefing export` does once its workers are stopped: a worker stopped mid-task (a signal,
  // a full disk) leaves its temporary files to nobody.
  await removeLeftoverTempFiles(out, { ownToo: true });
  const settled = await folder.settle(result.entries, { dropVanished: options.changed === true });
  const manifest: Manifest = {
    tool: { name: "briefing", version: "0" },
    options: { to: ["pdf", "docx"], template: "briefing", pdfa: false, embedFonts: false },
    interrupted: result.stoppedBy !== undefined,
    ...(result.stoppedBy && { stoppedBy: result.stoppedBy }),
    inputs: result.entries,
    kept: settled.kept,
    removed: settled.removed,
    totals: manifestTotals(result.entries, 1),
  };
  await writeManifest(out, manifest);
  return { out, manifest };
}

describe("runExport", () => {
  it("keeps nothing of a finished task but its entry: one listener on the stop signal for every task, one shared font list", async () => {
    const stop = new AbortController();
    const { manifest } = await exportOnce({ stop });
    expect(getEventListeners(stop.signal, "abort")).toHaveLength(1);
    const rendered = manifest.inputs.filter((entry) => entry.status === "rendered");
    expect(rendered.length).toBeGreaterThan(1);
    for (const entry of rendered) expect(entry.fonts).toBe(rendered[0]?.fonts);
  });

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

  it("waits for beforeRender (the template check) before each render, and not for unchanged inputs", async () => {
    let calls = 0;
    const beforeRender = async () => {
      calls++;
    };
    await exportOnce({ beforeRender });
    expect(calls).toBe(4);
    calls = 0;
    const second = await exportOnce({ changed: true, beforeRender });
    // The two unchanged inputs never reach the pool; the two failed ones are tried again.
    expect(second.manifest.inputs.map((e) => e.status)).toEqual([
      "unchanged",
      "failed",
      "failed",
      "unchanged",
    ]);
    expect(calls).toBe(2);
  });

  it("ends the run with beforeRender's error, having rendered nothing", async () => {
    const broken = new Error("template.hbs:3:1: unknown tag <marquee>");
    await expect(
      exportOnce({
        beforeRender: async () => {
          throw broken;
        },
      }),
    ).rejects.toBe(broken);
    expect((await readdir(join(dir, "out"))).filter((name) => !name.startsWith("."))).toEqual([]);
  });

  it("renders a larger export in batches; an input that brings its batch down fails alone", async () => {
    for (let i = 0; i < 20; i++)
      await writeFile(join(dir, "in", `m-${String(i).padStart(2, "0")}.txt`), `More ${i}`);
    const log = join(dir, "tasks.log");
    process.env.BRIEFING_FAKE_WORKER_LOG = log;
    try {
      const { out, manifest } = await exportOnce();
      const failed = manifest.inputs.filter((e) => e.status === "failed").map((e) => e.relative);
      expect(failed).toEqual(["bad.txt", "crash.txt"]);
      expect(manifest.inputs.find((e) => e.relative === "crash.txt")?.error?.message).toMatch(
        /worker blew up/,
      );
      expect(manifest.inputs.filter((e) => e.status === "rendered")).toHaveLength(22);
      // In input order, as one input at a time would list them.
      expect(manifest.inputs.map((e) => e.relative)).toEqual(
        [...manifest.inputs.map((e) => e.relative)].sort(),
      );
      const tasks = (await readFile(log, "utf8")).trim().split("\n");
      // 24 inputs over 4 lanes: batches of 3; crash.txt's batch failed and went again one by one.
      expect(tasks.filter((task) => task === "exports 3").length).toBe(8);
      expect(tasks.filter((task) => task === "export 1")).toHaveLength(3);
      expect((await readdir(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      delete process.env.BRIEFING_FAKE_WORKER_LOG;
    }
  });

  it("stops on a signal, keeping only what finished", async () => {
    for (let i = 0; i < 6; i++) await writeFile(join(dir, "in", `slow-${i}.txt`), "SLOW");
    const stop = new AbortController();
    setTimeout(() => stop.abort("SIGTERM"), 500);
    const started = Date.now();
    const { out, manifest } = await exportOnce({ stop });
    expect(manifest.stoppedBy).toBe("SIGTERM");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(manifest.interrupted).toBe(true);
    expect(manifest.inputs.some((e) => e.relative.startsWith("slow-"))).toBe(false);
    for (const entry of manifest.inputs) {
      for (const output of entry.outputs) expect(await readFile(join(out, output.path), "utf8")).toBeTruthy();
    }
    expect((await readdir(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("fails an input that takes longer than the time limit, alone, in one line", async () => {
    await writeFile(join(dir, "in", "slow.txt"), "SLOW");
    const { manifest } = await exportOnce({ timeoutMs: 3000 });
    const slow = manifest.inputs.find((e) => e.relative === "slow.txt");
    expect(slow?.status).toBe("failed");
    expect(slow?.error?.message).toMatch(
      /slow\.txt: rendering took longer than the limit of 3 s — .*--timeout/,
    );
    expect(manifest.inputs.filter((e) => e.status === "rendered")).toHaveLength(2);
  });

  it("stops at the first full disk, records what finished and what was written", async () => {
    for (let i = 0; i < 6; i++) await writeFile(join(dir, "in", `e-${i}.txt`), `More ${i}`);
    // A worker finds the disk full writing f.txt's outputs; the inputs after it never start.
    await writeFile(join(dir, "in", "f.txt"), "FULL");
    for (let i = 0; i < 6; i++) await writeFile(join(dir, "in", `g-${i}.txt`), `Later ${i}`);
    const { out, manifest } = await exportOnce();
    expect(manifest.stoppedBy).toBe("disk full");
    const full = manifest.inputs.filter((e) => e.error?.message.includes("the disk is full"));
    expect(full.map((e) => e.relative)).toEqual(["f.txt"]);
    expect(full[0]?.error?.message).toMatch(
      /f\.txt: not written: .*out: the disk is full — free some space and run again with --changed/,
    );
    expect(manifest.inputs.length).toBeLessThan(17);
    const listed = manifest.inputs.flatMap((e) => e.outputs.map((o) => o.path)).sort();
    expect(listed.length).toBeGreaterThan(0);
    expect((await readdir(out)).filter((f) => f !== "manifest.json").sort()).toEqual(listed);
  });

  it("names outputs by the input's bytes: adding a file elsewhere renames nothing", async () => {
    await rm(join(dir, "in"), { recursive: true });
    await mkdir(join(dir, "in", "sub"), { recursive: true });
    await writeFile(join(dir, "in", "sub", "b.md"), "Beta");
    const first = await exportOnce();
    await writeFile(join(dir, "in", "a.txt"), "Alpha");
    const second = await exportOnce({ changed: true });
    const beta = (m: Manifest) => m.inputs.find((e) => e.relative === "sub/b.md");
    expect(beta(second.manifest)?.status).toBe("unchanged");
    expect(beta(second.manifest)?.outputs).toEqual(beta(first.manifest)?.outputs);
  });

  it("keeps another input's outputs in a shared --out and lists them as kept", async () => {
    await mkdir(join(dir, "A"));
    await mkdir(join(dir, "B"));
    await writeFile(join(dir, "A", "s.md"), "Same title\n2020-01-02\nversion A");
    await writeFile(join(dir, "B", "s.md"), "Same title\n2020-01-02\nversion B");
    const first = await exportOnce({ inputs: [join(dir, "A")] });
    const second = await exportOnce({ inputs: [join(dir, "B")] });
    const a = first.manifest.inputs[0]?.outputs.map((o) => o.path) ?? [];
    const b = second.manifest.inputs[0]?.outputs.map((o) => o.path) ?? [];
    expect(a).toHaveLength(2);
    expect(b.some((path) => a.includes(path))).toBe(false);
    expect(second.manifest.kept.map((e) => e.outputs.map((o) => o.path))).toEqual([a]);
    expect(await readFile(join(second.out, a[0] ?? ""), "utf8")).toContain("version A");
    expect(await readFile(join(second.out, b[0] ?? ""), "utf8")).toContain("version B");
  });

  it("gives copies of one file their own names, the same on every run", async () => {
    await mkdir(join(dir, "A"));
    await mkdir(join(dir, "B"));
    await writeFile(join(dir, "A", "s.md"), "Same\n2020-01-02");
    await writeFile(join(dir, "B", "s.md"), "Same\n2020-01-02");
    const inputs = [join(dir, "A"), join(dir, "B")];
    const first = await exportOnce({ inputs });
    const names = (m: Manifest) => m.inputs.map((e) => e.outputs[0]?.path);
    expect(new Set(names(first.manifest)).size).toBe(2);
    const second = await exportOnce({ inputs: [...inputs].reverse() });
    expect(names(second.manifest)).toEqual(names(first.manifest));
    expect(second.manifest.removed).toEqual([]);
  });

  it("removes the stale outputs of an edited input, but not one a person changed", async () => {
    const first = await exportOnce();
    const old = first.manifest.inputs.find((e) => e.relative === "a.txt")?.outputs ?? [];
    await writeFile(join(dir, "in", "a.txt"), "Alpha statement\n2021-11-23\nrevised");
    await writeFile(join(first.out, old[1]?.path ?? ""), "edited by hand");
    const second = await exportOnce();
    expect(second.manifest.removed).toEqual([old[0]?.path]);
    expect(await readdir(second.out)).not.toContain(old[0]?.path);
    expect(await readdir(second.out)).toContain(old[1]?.path);
  });

  it("with --changed removes the outputs of an input that was deleted", async () => {
    const first = await exportOnce();
    const beta = first.manifest.inputs.find((e) => e.relative === "sub/b.md")?.outputs ?? [];
    await rm(join(dir, "in", "sub", "b.md"));
    const kept = await exportOnce();
    expect(kept.manifest.kept.flatMap((e) => e.outputs)).toEqual(beta);
    const second = await exportOnce({ changed: true });
    expect(second.manifest.removed.sort()).toEqual(beta.map((o) => o.path).sort());
    expect(second.manifest.kept).toEqual([]);
  });
});

describe("batchSize", () => {
  it("gives each lane at least two batches, up to EXPORT_BATCH inputs each", () => {
    expect(batchSize(0, 4)).toBe(1);
    expect(batchSize(7, 4)).toBe(1);
    expect(batchSize(24, 4)).toBe(3);
    expect(batchSize(100, 4)).toBe(12);
    expect(batchSize(10_000, 4)).toBe(EXPORT_BATCH);
    expect(batchSize(10, 0)).toBe(5);
  });
});

describe("removeLeftoverTempFiles", () => {
  it("removes temporary files of dead processes and keeps live ones", async () => {
    const out = join(dir, "out");
    await mkdir(out);
    const dead = ".x.pdf.999999.0badc0de.tmp";
    const live = `.y.pdf.${process.ppid}.0badc0de.tmp`;
    for (const name of [dead, live, "keep.pdf"]) await writeFile(join(out, name), "x");
    expect(await removeLeftoverTempFiles(out)).toEqual([dead]);
    expect((await readdir(out)).sort()).toEqual([live, "keep.pdf"].sort());
  });

  it("removes this process's own only when asked, once its workers are stopped", async () => {
    const out = join(dir, "out");
    await mkdir(out);
    const own = `.z.pdf.${process.pid}.0badc0de.tmp`;
    for (const name of [own, "keep.pdf"]) await writeFile(join(out, name), "x");
    expect(await removeLeftoverTempFiles(out)).toEqual([]);
    expect(await removeLeftoverTempFiles(out, { ownToo: true })).toEqual([own]);
    expect(await readdir(out)).toEqual(["keep.pdf"]);
  });
});
