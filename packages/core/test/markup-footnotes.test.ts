import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { markupToDocument } from "../src/document/markup-to-document.js";
import { loadTheme } from "../src/theme/load-theme.js";

const theme = loadTheme(fileURLToPath(new URL("../../../templates/briefing/theme.yaml", import.meta.url)));
const convert = (body: string) => markupToDocument(`<document>${body}</document>`, { theme });

describe("footnotes in markup", () => {
  it("binds each <note-ref> to the next <footnote> of its id and numbers them by first reference", () => {
    const { document, warnings } = convert(
      '<p class="body">A<sup><note-ref id="b">[b]</note-ref></sup> B<note-ref id="a">*</note-ref></p>' +
        '<footnote id="a">Note <em>A</em></footnote><footnote id="b">Note B</footnote>',
    );
    expect(warnings).toEqual([]);
    expect(document.footnotes).toEqual([
      { id: "b", inlines: [{ kind: "text", text: "Note B" }] },
      {
        id: "a",
        inlines: [
          { kind: "text", text: "Note " },
          { kind: "text", text: "A", marks: ["em"] },
        ],
      },
    ]);
    const block = document.blocks[0];
    expect(block?.kind === "paragraph" && block.inlines).toEqual([
      { kind: "text", text: "A" },
      { kind: "text", text: "1", marks: ["sup"], note: "b" },
      { kind: "text", text: " B" },
      { kind: "text", text: "2", marks: ["sup"], note: "a" },
    ]);
  });

  it("a reused id starts a new footnote (each statement of a book numbers from 1)", () => {
    const { document } = convert(
      '<p class="body">x<note-ref id="1">1</note-ref></p><footnote id="1">First</footnote>' +
        '<p class="body">y<note-ref id="1">1</note-ref></p><footnote id="1">Second</footnote>',
    );
    expect(document.footnotes?.map((note) => note.id)).toEqual(["1", "1-2"]);
    const texts = document.blocks.map((block) =>
      block.kind === "paragraph" ? block.inlines.at(-1) : undefined,
    );
    expect(texts).toEqual([
      { kind: "text", text: "1", marks: ["sup"], note: "1" },
      { kind: "text", text: "2", marks: ["sup"], note: "1-2" },
    ]);
  });

  it("a marker no footnote follows stays its text; a footnote with no marker is left out with a warning", () => {
    const { document, warnings } = convert(
      '<footnote id="z">Lonely</footnote><p class="body">See<sup><note-ref id="9">9</note-ref></sup></p>',
    );
    expect(document.footnotes).toBeUndefined();
    const block = document.blocks[0];
    expect(block?.kind === "paragraph" && block.inlines).toEqual([
      { kind: "text", text: "See" },
      { kind: "text", text: "9", marks: ["sup"] },
    ]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      '<footnote id="z"> has no <note-ref id="z"> before it; it is left out',
    ]);
  });

  it("<note-ref> holds only text", () => {
    expect(() => convert('<p class="body"><note-ref id="1"><em>1</em></note-ref></p>')).toThrow(
      /holds only text/,
    );
  });
});
