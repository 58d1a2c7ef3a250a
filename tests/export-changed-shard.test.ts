import { spawnSync } from "node:child_process";
import { copyFile, readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefing, briefingAsync, listFiles, type ManifestJson, tempWithExamples } from "./export-helpers.js";

let dir: string;
let count: number;
const readManifest = async (out: string, name = "manifest.json") =>
  JSON.parse(await readFile(join(dir, out, name), "utf8")) as ManifestJson;

beforeAll(async () => {
  dir = await tempWithExamples("changed");
  const md = join(dir, "in", "2017-06-08-apmbc-cooperation-and-assistance.txt");
  const txt = join(dir, "in", "2021-11-23-unga-trafficking-in-persons.txt");
  for (let i = 0; i < 4; i++) {
    await copyFile(md, join(dir, "in", `copy-${i}.md`));
    await copyFile(txt, join(dir, "in", `copy-${i}.txt`));
  }
  count = (await readdir(join(dir, "in"))).length;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("briefing export --changed", { timeout: 120_000 }, () => {
  it("renders nothing on a second run over an unchanged tree", async () => {
    const out = join(dir, "out-changed");
    const first = briefing(["export", join(dir, "in"), "--out", out, "--to", "pdf", "--quiet"]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe("");
    const before = await readManifest("out-changed");
    expect(before.totals.rendered).toBe(count);
    const pdf = join(out, before.inputs[0]?.outputs[0]?.path ?? "");
    const mtime = (await stat(pdf)).mtimeMs;

    const second = briefing(["export", join(dir, "in"), "--out", out, "--to", "pdf", "--changed", "--json"]);
    expect(second.status, second.stderr).toBe(0);
    const after = JSON.parse(second.stdout) as ManifestJson;
    expect(after.totals).toMatchObject({ inputs: count, rendered: 0, unchanged: count, failed: 0 });
    expect((await stat(pdf)).mtimeMs).toBe(mtime);

    // asking for a format the manifest does not hold renders again
    const third = briefing([
      "export",
      join(dir, "in"),
      "--out",
      out,
      "--to",
      "pdf,docx",
      "--changed",
      "--json",
    ]);
    expect((JSON.parse(third.stdout) as ManifestJson).totals.rendered).toBe(count);
  });
});

describe("briefing export --shard", { timeout: 120_000 }, () => {
  it("splits the inputs into disjoint shards that cover the set", async () => {
    const all = briefing([
      "export",
      join(dir, "in"),
      "--out",
      join(dir, "out-all"),
      "--to",
      "docx",
      "--quiet",
    ]);
    expect(all.status, all.stderr).toBe(0);
    for (const i of [1, 2]) {
      const run = briefing([
        "export",
        join(dir, "in"),
        "--out",
        join(dir, `out-${i}`),
        "--to",
        "docx",
        "--shard",
        `${i}/2`,
        "-q",
      ]);
      expect(run.status, run.stderr).toBe(0);
    }
    const one = await readManifest("out-1", "manifest-1-of-2.json");
    const two = await readManifest("out-2", "manifest-2-of-2.json");
    const whole = await readManifest("out-all");
    const names = (m: ManifestJson) => m.inputs.map((e) => e.relative);
    expect(names(one).length).toBeGreaterThan(0);
    expect(names(two).length).toBeGreaterThan(0);
    expect(names(one).filter((n) => names(two).includes(n))).toEqual([]);
    expect([...names(one), ...names(two)].sort()).toEqual(names(whole).sort());

    const files1 = (await listFiles(join(dir, "out-1"))).filter((f) => f.endsWith(".docx"));
    const files2 = (await listFiles(join(dir, "out-2"))).filter((f) => f.endsWith(".docx"));
    const filesAll = (await listFiles(join(dir, "out-all"))).filter((f) => f.endsWith(".docx"));
    expect(files1.filter((f) => files2.includes(f))).toEqual([]);
    expect([...files1, ...files2].sort()).toEqual(filesAll);
  });

  it("--shard auto/2 in a Kubernetes Indexed Job pod renders the same shard as 2/2", async () => {
    const bin = join(import.meta.dirname, "..", "packages", "cli", "dist", "bin.js");
    const out = join(dir, "out-auto");
    const args = ["export", join(dir, "in"), "--out", out, "--to", "docx", "--shard", "auto/2", "-q"];
    const env = { ...process.env, JOB_COMPLETION_INDEX: "1" };
    const run = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env });
    expect(run.status, run.stderr).toBe(0);
    const auto = await readManifest("out-auto", "manifest-2-of-2.json");
    const two = await readManifest("out-2", "manifest-2-of-2.json");
    expect(auto.inputs.map((e) => e.relative)).toEqual(two.inputs.map((e) => e.relative));

    // Outside any runner: none of the variables `auto` reads (this test may itself run in a CI matrix).
    const bare = Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) =>
          !/^(JOB_COMPLETION|CI_NODE|CIRCLE_NODE|BUILDKITE_PARALLEL|SEMAPHORE_JOB|BRIEFING_SHARD)/.test(name),
      ),
    );
    const outside = spawnSync(
      process.execPath,
      [bin, "export", join(dir, "in"), "--out", out, "--shard", "auto"],
      {
        encoding: "utf8",
        env: bare,
      },
    );
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/no shard index in the environment/);
  });

  it("rejects a malformed shard as a usage error", () => {
    const run = briefing(["export", join(dir, "in"), "--out", join(dir, "out-bad"), "--shard", "3/2"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--shard/);
  });
});

describe("briefing export interrupted", { timeout: 120_000 }, () => {
  it("stops on SIGINT, keeps finished files, writes their manifest and exits 130", async () => {
    const out = join(dir, "out-int");
    const child = briefingAsync(["export", join(dir, "in"), "--out", out, "--jobs", "1", "--verbose"]);
    let stderr = "";
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("→") && !child.killed) child.kill("SIGINT");
      });
      child.on("close", (status) => resolve(status));
    });
    expect(code, stderr).toBe(130);
    const manifest = await readManifest("out-int");
    expect(manifest.interrupted).toBe(true);
    expect(manifest.inputs.length).toBeGreaterThan(0);
    expect(manifest.inputs.length).toBeLessThan(count);
    const listed = manifest.inputs.flatMap((e) => e.outputs.map((o) => o.path));
    expect(await listFiles(out)).toEqual([...listed, "manifest.json"].sort());
  });
});
