import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, test } from "vitest";
import { sampleFonts } from "../../../tests/support/sample-document.js";
import { readFontBytes, useFontArena } from "../src/fonts/shared-font-bytes.js";

const serif = sampleFonts().serif?.files.regular as string;
const japanese = sampleFonts()["serif-jp"]?.files.regular as string;
const MB = 2 ** 20;

afterEach(() => useFontArena(undefined));

describe("font files read through a shared arena", () => {
  test("without an arena, each read is a private copy of the file", () => {
    const bytes = readFontBytes(serif);
    expect(bytes.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect(bytes.equals(readFileSync(serif))).toBe(true);
  });

  test("the first read puts the file in the arena; later reads of that path see the same bytes", () => {
    const arena = new SharedArrayBuffer(16 * MB);
    useFontArena(arena);
    const first = readFontBytes(serif);
    const again = readFontBytes(serif);
    expect(first.buffer).toBe(arena);
    expect(again.buffer).toBe(arena);
    expect(again.byteOffset).toBe(first.byteOffset);
    expect(first.equals(readFileSync(serif))).toBe(true);
    // A second file goes after the first, without overlapping it.
    const other = readFontBytes(japanese);
    expect(other.buffer).toBe(arena);
    expect(other.byteOffset).toBeGreaterThanOrEqual(first.byteOffset + first.length);
    expect(other.equals(readFileSync(japanese))).toBe(true);
  });

  test("a file too big for the room left is read privately, and the arena keeps working", () => {
    useFontArena(new SharedArrayBuffer(2 * MB));
    const big = readFontBytes(japanese);
    expect(big.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect(big.equals(readFileSync(japanese))).toBe(true);
    expect(readFontBytes(serif).buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  test("a missing file fails as reading it directly does, and is not kept", () => {
    useFontArena(new SharedArrayBuffer(4 * MB));
    const missing = join(mkdtempSync(join(tmpdir(), "briefing-arena-")), "gone.ttf");
    expect(() => readFontBytes(missing)).toThrow(/ENOENT/);
    writeFileSync(missing, "now here");
    expect(readFontBytes(missing).toString()).toBe("now here");
  });

  test("a buffer too small for the arena's tables is not used", () => {
    useFontArena(new SharedArrayBuffer(1024));
    expect(readFontBytes(serif).buffer).not.toBeInstanceOf(SharedArrayBuffer);
  });

  test("two worker threads given one arena read each file once between them", async () => {
    // The built module, as a render worker loads it.
    const module = pathToFileURL(join(import.meta.dirname, "../dist/fonts/shared-font-bytes.js")).href;
    const source = `
      const { parentPort, workerData } = require("node:worker_threads");
      import(${JSON.stringify(module)}).then(({ readFontBytes, useFontArena }) => {
        useFontArena(workerData.arena);
        const files = [workerData.first, workerData.second].map((path) => {
          const bytes = readFontBytes(path);
          return { offset: bytes.byteOffset, length: bytes.length, shared: bytes.buffer === workerData.arena };
        });
        parentPort.postMessage(files);
      });`;
    const arena = new SharedArrayBuffer(32 * MB);
    const run = (first: string, second: string) =>
      new Promise<{ offset: number; length: number; shared: boolean }[]>((resolve, reject) => {
        const worker = new Worker(source, { eval: true, workerData: { arena, first, second } });
        worker.once("message", (files) => {
          resolve(files);
          void worker.terminate();
        });
        worker.once("error", reject);
      });
    // Opposite orders, at the same time: each file must still land in the arena once.
    const [a, b] = await Promise.all([run(serif, japanese), run(japanese, serif)]);
    expect(a?.every((file) => file.shared)).toBe(true);
    expect(b?.every((file) => file.shared)).toBe(true);
    expect(a?.[0]?.offset).toBe(b?.[1]?.offset);
    expect(a?.[1]?.offset).toBe(b?.[0]?.offset);
    // And this thread, given the same arena, finds both files already there with the files' bytes.
    useFontArena(arena);
    const serifBytes = readFontBytes(serif);
    const japaneseBytes = readFontBytes(japanese);
    expect(serifBytes.byteOffset).toBe(a?.[0]?.offset);
    expect(japaneseBytes.byteOffset).toBe(a?.[1]?.offset);
    expect(serifBytes.equals(readFileSync(serif))).toBe(true);
    expect(japaneseBytes.equals(readFileSync(japanese))).toBe(true);
  });
});
