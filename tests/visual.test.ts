import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodePng, encodeGreyPng, encodeRgbaPng, rasterisePage } from "./support/rasterise.js";

// Visual regression of the PDF: page 1 of each built-in template, rendered by the CLI from an
// example, drawn by pdf.js on @napi-rs/canvas at 72 dpi in grey and compared with the baseline in
// tests/golden/visual/ by pixelmatch. Anti-aliasing differences are ignored; a change that moves
// or restyles text changes thousands of pixels. After an intended change of the look, look at the
// new pictures and rewrite the baselines with
//   UPDATE_VISUAL=1 npx -y pnpm@10 exec vitest run tests/visual.test.ts

const root = join(import.meta.dirname, "..");
const bin = join(root, "packages/cli/dist/bin.js");
const golden = join(root, "tests/golden/visual");
const update = process.env.UPDATE_VISUAL === "1";

const DPI = 72;
/** pixelmatch's per-pixel threshold (OKLab distance, 0–1). */
const THRESHOLD = 0.1;
/** The share of the page's pixels that may differ. */
const TOLERANCE = 0.005;

interface Case {
  /** The baseline's name: tests/golden/visual/<name>.png. */
  name: string;
  /** The PDF it is a page of (a key of `pdfs`). */
  pdf: keyof typeof pdfs;
  page: number;
}

const example = (name: string) => join(root, "examples", name);
/** The CLI's arguments for each PDF, writing `out`. */
const pdfs = {
  briefing: (out: string) => [
    "render",
    example("2021-11-23-unga-trafficking-in-persons.txt"),
    "--template",
    "briefing",
    "-o",
    out,
  ],
  "reading-copy": (out: string) => [
    "render",
    example("2023-10-25-unga-third-committee-rights-of-the-child.yaml"),
    "--template",
    "reading-copy",
    "-o",
    out,
  ],
  book: (out: string) => ["book", join(root, "examples"), "-o", out],
};
const cases: Case[] = [
  { name: "briefing", pdf: "briefing", page: 1 },
  { name: "reading-copy", pdf: "reading-copy", page: 1 },
  { name: "book", pdf: "book", page: 1 },
  // The book's cover has little on it: its contents page is compared too.
  { name: "book-contents", pdf: "book", page: 2 },
];

let work: string;
let keepWork = false;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "briefing-visual-"));
  if (update) mkdirSync(golden, { recursive: true });
});

afterAll(() => {
  // Keep the pictures of a failed comparison: the messages name them.
  if (!keepWork) rmSync(work, { recursive: true, force: true });
});

const rendered = new Map<string, Uint8Array>();

/** The PDF rendered by the CLI, once per run; dates in it fixed by SOURCE_DATE_EPOCH. */
function renderPdf(name: keyof typeof pdfs): Uint8Array {
  const done = rendered.get(name);
  if (done !== undefined) return done;
  const out = join(work, `${name}.pdf`);
  const args = pdfs[name](out);
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: "1700000000" },
  });
  if (run.status !== 0) throw new Error(`briefing ${args.join(" ")} failed:\n${run.stderr}`);
  const bytes = new Uint8Array(readFileSync(out));
  rendered.set(name, bytes);
  return bytes;
}

describe("PDF page 1 of each template looks as its baseline", () => {
  it.each(cases)("$name", async (test) => {
    const image = await rasterisePage(renderPdf(test.pdf), test.page, DPI);
    const png = encodeGreyPng(image);
    const baselinePath = join(golden, `${test.name}.png`);
    if (update) {
      writeFileSync(baselinePath, png);
      return;
    }
    const actualPath = join(work, `${test.name}.actual.png`);
    const hint =
      "look at it; if the change is intended, run UPDATE_VISUAL=1 npx -y pnpm@10 exec vitest run tests/visual.test.ts";
    if (!existsSync(baselinePath)) {
      writeFileSync(actualPath, png);
      keepWork = true;
      expect.fail(`no baseline ${baselinePath}; the page is drawn in ${actualPath} — ${hint}`);
    }
    const baseline = decodePng(readFileSync(baselinePath));
    // The actual picture goes through the same PNG encoding as the baseline did.
    const actual = decodePng(png);
    if (baseline.width !== actual.width || baseline.height !== actual.height) {
      writeFileSync(actualPath, png);
      keepWork = true;
      expect.fail(
        `page size changed: ${actual.width}×${actual.height} px, baseline ${baseline.width}×${baseline.height} px; ` +
          `the page is drawn in ${actualPath} — ${hint}`,
      );
    }
    const diff = new Uint8Array(actual.rgba.length);
    const differing = pixelmatch(baseline.rgba, actual.rgba, diff, actual.width, actual.height, {
      threshold: THRESHOLD,
    });
    const share = differing / (actual.width * actual.height);
    if (share >= TOLERANCE) {
      const diffPath = join(work, `${test.name}.diff.png`);
      writeFileSync(actualPath, png);
      // pixelmatch's diff picture: the page faded, differing pixels red, anti-aliasing yellow.
      writeFileSync(diffPath, encodeRgbaPng(diff, actual.width, actual.height));
      keepWork = true;
      expect.fail(
        `${differing} pixels (${(share * 100).toFixed(2)} %) differ from ${baselinePath} ` +
          `(at most ${TOLERANCE * 100} % may); actual: ${actualPath}, differences in red: ${diffPath} — ${hint}`,
      );
    }
  });

  it("the baselines show text: dark ink on a white page, not a blank or black one", () => {
    for (const test of cases) {
      const path = join(golden, `${test.name}.png`);
      if (!existsSync(path)) continue;
      const { rgba } = decodePng(readFileSync(path));
      let ink = 0;
      for (let i = 0; i < rgba.length; i += 4) if ((rgba[i] as number) < 128) ink++;
      const share = ink / (rgba.length / 4);
      expect(share, test.name).toBeGreaterThan(0.002);
      expect(share, test.name).toBeLessThan(0.2);
    }
  });
});
