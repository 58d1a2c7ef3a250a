// A finished document's state dies with it in the young generation (src/document-slot.ts): no
// module-level structure keeps a document's fonts or encoded words until a full collection.

import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import PDFDocument from "pdfkit";
import { expect, test } from "vitest";
import { sampleFonts } from "../../../tests/support/sample-document.js";
import { loadFont } from "../src/fonts/font-cache.js";
import { registerFont } from "../src/fonts/pdfkit-font.js";
import { encodedWords } from "../src/text/encoded-words.js";

// As the render pool sets it (packages/cli/src/export/pool.ts): with pretenuring, V8 allocates a
// hot site's objects straight into the old generation, which this test would count.
setFlagsFromString("--no-allocation-site-pretenuring");
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as (options?: { type: "minor" | "major" }) => void;

const serif = sampleFonts().serif?.files.regular as string;
// The same words in every document, few enough for the process-long caches to keep them all
// (fonts/pdfkit-font.ts), so what each document after the first allocates is its own: 500
// encoded words.
const TEXT = Array.from({ length: 500 }, (_, i) => `w${i.toString(36)} `).join("");

function renderOne(): void {
  const doc = new PDFDocument({ autoFirstPage: false });
  const font = registerFont(doc, serif, loadFont(serif));
  encodedWords(font, TEXT);
}

const oldSpaceUsed = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === "old_space")?.space_used_size ?? 0;

test("a finished document's fonts and words are not promoted to the old generation", async () => {
  renderOne();
  gc({ type: "major" });
  const before = oldSpaceUsed();
  // Two minor collections after each document: whatever survives both is promoted.
  for (let i = 0; i < 40; i++) {
    renderOne();
    // A new PDFDocument is a stream with a tick pending; let it run.
    await new Promise((resolve) => setImmediate(resolve));
    gc({ type: "minor" });
    gc({ type: "minor" });
  }
  const promoted = oldSpaceUsed() - before;
  // Held in WeakMaps keyed by the document and its fonts, 40 documents took 6.8 MB of the old
  // generation until a full collection; kept on them, 0.2 MB.
  expect(promoted).toBeLessThan(2 ** 20);
});
