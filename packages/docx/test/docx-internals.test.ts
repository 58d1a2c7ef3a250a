import { Packer, Paragraph, type ParagraphChild, TextRun, Document as WordDocument } from "docx";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { attribute, elementsNamed } from "../../../tests/support/docx-read.js";
import type { PartData } from "../src/deterministic-zip.js";
import { bookmark, compilerMissing, docxVersion, partCompiler } from "../src/docx-internals.js";

// Each check names docx's version and the adapter. Without its compiler briefing still packs
// (package-parts-fallback.test.ts), only slower: these tests are what notices.
const version = docxVersion();
const gone = (what: string) => `docx ${version}: ${what} is gone — see docx-internals.ts`;

const wordFile = (text: string, children: ParagraphChild[] = [new TextRun(text)]) =>
  new WordDocument({ sections: [{ children: [new Paragraph({ children })] }] });
const decoder = new TextDecoder();
const text = (data: PartData | undefined) => (typeof data === "string" ? data : decoder.decode(data));

describe(`docx ${version} internals (docx-internals.ts)`, () => {
  it("Packer keeps a Compiler whose class can be built again", () => {
    const shared = (Packer as unknown as { compiler?: Record<string, unknown> }).compiler;
    expect(typeof shared, gone("Packer.compiler")).toBe("object");
    expect(typeof shared?.compile, gone("Packer.compiler.compile")).toBe("function");
    expect(typeof shared?.constructor, gone("Packer.compiler's class")).toBe("function");
    expect(
      typeof (shared?.formatter as { format?: unknown } | undefined)?.format,
      gone("Compiler#formatter"),
    ).toBe("function");
    expect(compilerMissing()).toBeUndefined();
  });

  it("the compiler formats each part through its formatter, from the part's component", () => {
    const inputs = new Set<object>();
    const compile = partCompiler((format) => (input, context) => {
      inputs.add(input);
      return format(input, context);
    });
    expect(compile, gone("the Compiler partCompiler builds")).toBeDefined();
    const word = wordFile("Formatted");
    const parts = compile?.(word) ?? new Map();
    expect(text(parts.get("word/document.xml"))).toContain("Formatted");
    for (const [name, component] of [
      ["Styles", word.Styles],
      ["Settings", word.Settings],
      ["Theme", word.Theme],
      ["AppProperties", word.AppProperties],
      ["FontTable.View", word.FontTable.View],
      ["FootNotes.View", word.FootNotes.View],
      ["Endnotes.View", word.Endnotes.View],
    ] as const) {
      expect(inputs.has(component), gone(`Compiler#formatter.format(File.${name})`)).toBe(true);
    }
  });

  it("an override takes the place of the part docx would write at its path", () => {
    const compile = partCompiler((format) => format);
    const plain = compile?.(wordFile("Plain")) ?? new Map();
    const overridden =
      compile?.(wordFile("Plain"), [{ path: "word/settings.xml", data: "<briefing:override/>" }]) ??
      new Map();
    const overrides = gone("Compiler#compile(file, prettify, overrides)");
    expect(text(overridden.get("word/settings.xml")), overrides).toBe("<briefing:override/>");
    expect([...overridden.keys()], overrides).toEqual([...plain.keys()]);
  });

  it("BookmarkStart and BookmarkEnd write a bookmark with the id given", async () => {
    const { start, end } = bookmark("annex", 7);
    const word = wordFile("Annex", [start, new TextRun("Annex"), end]);
    const zipped = new Uint8Array(await Packer.toArrayBuffer(word));
    const xml = decoder.decode(unzipSync(zipped)["word/document.xml"]);
    const [opening] = elementsNamed(xml, "w:bookmarkStart");
    const [closing] = elementsNamed(xml, "w:bookmarkEnd");
    expect(attribute(opening ?? "", "w:name"), gone("BookmarkStart(name, id)")).toBe("annex");
    expect(attribute(opening ?? "", "w:id"), gone("BookmarkStart(name, id)")).toBe("7");
    expect(attribute(closing ?? "", "w:id"), gone("BookmarkEnd(id)")).toBe("7");
  });
});
