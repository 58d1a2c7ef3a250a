// A PDF must not depend on what else its process rendered before it: export's workers each render
// an unpredictable share of a batch. fontkit keeps each glyph with the characters it was first
// read for, and those become the PDF's ToUnicode entry (what copying and searching read).
import { describe, expect, test, vi } from "vitest";
import { readPdf } from "./support/pdf-text.js";
import { paragraph, sampleDocument } from "./support/sample-document.js";

vi.setConfig({ testTimeout: 120_000 });

// Loaded afresh per call, so the font caches start empty.
async function freshRenderer() {
  vi.resetModules();
  return (await import("../packages/pdf/src/render-pdf.js")).renderPdf;
}

const shown = (words: string) => sampleDocument([paragraph("body", words)]);

describe("a PDF is the same whatever its process rendered before", () => {
  // The font draws й as a composite of и and a breve: subsetting й reads и for its bytes alone.
  test("a glyph first read as a component still maps to its character", async () => {
    const alone = await (await freshRenderer())(shown("Мир и дружба"));
    const renderPdf = await freshRenderer();
    await renderPdf(shown("Алексей Морозов"));
    const after = await renderPdf(shown("Мир и дружба"));
    expect((await readPdf(after)).content).toContain("Мир и дружба");
    expect(Buffer.from(after).equals(Buffer.from(alone))).toBe(true);
  });
});
