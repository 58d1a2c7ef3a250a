import { describe, expect, it, vi } from "vitest";
import { attribute, elementsNamed, readParts } from "../../../tests/support/docx-read.js";
import { everyBlockDocument } from "../../../tests/support/sample-document.js";
import { renderDocx } from "../src/index.js";
import { packageParts } from "../src/package-parts.js";

// A docx whose Packer has only its public methods, as a later docx might: no compiler to lend.
vi.mock("docx", async (importOriginal) => {
  const actual = await importOriginal<typeof import("docx")>();
  const Packer = {
    toArrayBuffer: (file: InstanceType<typeof actual.Document>) => actual.Packer.toArrayBuffer(file),
  };
  return { ...actual, Packer };
});

describe("packageParts without docx's compiler", () => {
  it("packs the public way and keeps nothing to reuse", async () => {
    const { Document, Paragraph } = await import("docx");
    const word = new Document({ sections: [{ children: [new Paragraph({ text: "Public" })] }] });
    const { parts, themeParts } = await packageParts(word, undefined);
    expect(themeParts).toBeUndefined();
    const document = parts.get("word/document.xml");
    expect(typeof document === "string" ? document : new TextDecoder().decode(document)).toContain("Public");
    expect(parts.has("word/styles.xml")).toBe(true);
  });

  it("writes every document's own styles", async () => {
    for (let round = 0; round < 2; round++) {
      const parts = readParts(await renderDocx(everyBlockDocument()));
      const ids = elementsNamed(parts["word/styles.xml"] ?? "", "w:style").map((s) =>
        attribute(s, "w:styleId"),
      );
      expect(ids).toContain("Body");
      expect(ids).toContain("MetaLabel");
    }
  });
});
