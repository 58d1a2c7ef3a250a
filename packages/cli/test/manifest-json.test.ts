import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { type Manifest, type ManifestEntry, manifestJson } from "../src/export/manifest.js";
import { taskSignal } from "../src/export/task-signal.js";

const rendered: ManifestEntry = {
  input: "in/国連/a.md",
  relative: "国連/a.md",
  path: "/work/in/国連/a.md",
  inputSha256: "ab".repeat(32),
  status: "rendered",
  cacheKey: "cd".repeat(32),
  fonts: ["/fonts/a.ttf", '/fonts/b "quoted".ttf'],
  outputs: [{ format: "pdf", path: "2020-01-02-a-12345678.pdf", sha256: "x", bytes: 1, pages: 2 }],
  warnings: [{ file: "in/a.md", line: 4, column: 2, message: "odd date\nsecond line" }],
  ms: 12,
};
const failed: ManifestEntry = {
  input: "in/b.md",
  relative: "b.md",
  path: "/work/in/b.md",
  status: "failed",
  outputs: [],
  warnings: [],
  error: { file: "in/b.md", line: 1, column: 1, message: "in/b.md:1:1: no title" },
  ms: 3,
};

function manifest(inputs: ManifestEntry[], kept: ManifestEntry[] = []): Manifest {
  return {
    tool: { name: "briefing", version: "1.2.3" },
    options: { to: ["pdf", "docx"], template: "briefing", pdfa: false, embedFonts: false },
    interrupted: false,
    inputs,
    kept,
    removed: [],
    totals: {
      inputs: 2,
      rendered: 1,
      unchanged: 0,
      failed: 1,
      outputs: 1,
      bytes: 1,
      pages: 2,
      warnings: 1,
      ms: 9,
    },
  };
}

describe("manifestJson", () => {
  it("puts together exactly JSON.stringify's indented text, one entry per piece", () => {
    const value = manifest([rendered, failed], [failed]);
    const pieces = [...manifestJson(value)];
    expect(pieces.join("")).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(pieces.length).toBeGreaterThan(3 + 2);
    expect(JSON.parse(pieces.join(""))).toEqual(value);
  });

  it("writes empty lists, shards, stop reasons and extra fields as JSON.stringify does", () => {
    const value: Manifest = {
      ...manifest([]),
      shard: { index: 2, count: 4 },
      interrupted: true,
      stoppedBy: "SIGINT",
      removed: ["old.pdf"],
    };
    const extra = { peakRssBytes: 123_456 };
    expect([...manifestJson(value, extra)].join("")).toBe(
      `${JSON.stringify({ ...value, ...extra }, null, 2)}\n`,
    );
  });

  it("leaves out fields that are undefined, as JSON.stringify does", () => {
    const value = { ...manifest([rendered]), stoppedBy: undefined };
    expect([...manifestJson(value)].join("")).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});

describe("taskSignal", () => {
  it("aborts when the time limit passes, and says so", async () => {
    const task = taskSignal(20);
    await new Promise((resolve) => task.signal.once("abort", resolve));
    expect(task.timedOut()).toBe(true);
    expect((task.signal.reason as DOMException).name).toBe("TimeoutError");
    task.release();
  });

  it("aborts with the stop's reason when the caller stops, and that is not a time-out", () => {
    const stop = new AbortController();
    const task = taskSignal(60_000, stop.signal);
    stop.abort("SIGINT");
    expect(task.signal.aborted).toBe(true);
    expect(task.signal.reason).toBe("SIGINT");
    expect(task.timedOut()).toBe(false);
    task.release();
  });

  it("is aborted at once when the stop already was", () => {
    const stop = new AbortController();
    stop.abort("SIGTERM");
    expect(taskSignal(60_000, stop.signal).signal.reason).toBe("SIGTERM");
  });

  it("keeps one listener on the stop signal however many tasks ran, and aborts only those running", () => {
    const stop = new AbortController();
    const released = Array.from({ length: 100 }, () => taskSignal(60_000, stop.signal));
    for (const task of released) task.release();
    const running = taskSignal(60_000, stop.signal);
    expect(getEventListeners(stop.signal, "abort")).toHaveLength(1);
    stop.abort("SIGINT");
    expect(running.signal.reason).toBe("SIGINT");
    expect(released.some((task) => task.signal.aborted)).toBe(false);
    running.release();
  });
});
