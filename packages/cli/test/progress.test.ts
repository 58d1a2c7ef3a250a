import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ManifestEntry } from "../src/export/manifest.js";
import { createProgress } from "../src/export/progress.js";

function fakeStream(isTTY: boolean) {
  const stream = new PassThrough() as PassThrough & { isTTY: boolean; columns: number };
  stream.isTTY = isTTY;
  stream.columns = 100;
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

const ok: ManifestEntry = {
  input: "in/a.md",
  relative: "a.md",
  path: "/work/in/a.md",
  status: "rendered",
  outputs: [{ format: "pdf", path: "2020-01-02-a-12345678.pdf", sha256: "x", bytes: 1, pages: 1 }],
  warnings: [{ file: "in/a.md", line: 4, message: "odd date" }],
  ms: 12,
};
const bad: ManifestEntry = {
  input: "in/b.md",
  relative: "b.md",
  path: "/work/in/b.md",
  status: "failed",
  outputs: [],
  warnings: [],
  error: { file: "in/b.md", line: 3, column: 1, message: "in/b.md:3:1: bad YAML — fix it" },
  ms: 1,
};

async function drive(options: { verbose: boolean; quiet: boolean }, isTTY: boolean) {
  const { stream, text } = fakeStream(isTTY);
  const progress = createProgress({ ...options, stream });
  progress.start(2);
  progress.entry(ok);
  progress.entry(bad);
  progress.stop();
  await new Promise((resolve) => setImmediate(resolve));
  return text();
}

describe("export progress", () => {
  it("prints failures only, without escape codes, when not a terminal", async () => {
    expect(await drive({ verbose: false, quiet: false }, false)).toBe(
      "briefing: in/b.md:3:1: bad YAML — fix it\n",
    );
  });

  it("prints only failures with --quiet, even on a terminal", async () => {
    expect(await drive({ verbose: false, quiet: true }, true)).toBe(
      "briefing: in/b.md:3:1: bad YAML — fix it\n",
    );
  });

  it("prints one line per file and its warnings with --verbose", async () => {
    expect(await drive({ verbose: true, quiet: false }, false)).toBe(
      [
        "in/a.md → 2020-01-02-a-12345678.pdf (12 ms)",
        "warning: in/a.md:4: odd date",
        "briefing: in/b.md:3:1: bad YAML — fix it",
        "",
      ].join("\n"),
    );
  });

  it("draws a bar with count and rate on a terminal, keeping the failure line", async () => {
    const text = await drive({ verbose: false, quiet: false }, true);
    expect(text).toContain("\u001b[");
    expect(text).toMatch(/\d\/2 files \| [\d.]+ files\/s \| ETA/);
    expect(text).toContain("briefing: in/b.md:3:1: bad YAML — fix it");
  });
});
