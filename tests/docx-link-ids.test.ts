import { renderDocx } from "@briefing/docx";
import { describe, expect, it } from "vitest";
import { documentWithLinks } from "./support/document-with-links.js";
import { readParts } from "./support/docx-read.js";

// docx would name the relationship of every external hyperlink `rId` + a random nanoid; renderDocx
// writes the links' relationships itself, numbered in order (src/part-links.ts), so a Word file
// with links is byte-identical too.

const relationships = (rels: string) =>
  [...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]*)"[^>]*\bTarget="([^"]*)"/g)].map((m) => ({
    id: m[1] as string,
    target: m[2] as string,
  }));

describe("Word files with external links", () => {
  it("are byte-identical from one render to the next", async () => {
    const document = documentWithLinks();
    const first = await renderDocx(document);
    const second = await renderDocx(structuredClone(document));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("number the links' relationships rId<n> beside docx's own, each referred to from its part", async () => {
    const parts = readParts(await renderDocx(documentWithLinks()));
    for (const [part, rels] of [
      ["word/document.xml", "word/_rels/document.xml.rels"],
      ["word/header1.xml", "word/_rels/header1.xml.rels"],
    ] as const) {
      const listed = relationships(parts[rels] ?? "");
      const ids = listed.map((r) => r.id);
      expect(
        ids.every((id) => /^rId\d+$/.test(id)),
        ids.join(" "),
      ).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      const referred = [...(parts[part] ?? "").matchAll(/<w:hyperlink\b[^>]*\br:id="([^"]*)"/g)].map(
        (m) => listed.find((r) => r.id === m[1])?.target,
      );
      expect(referred).toEqual(
        part === "word/document.xml"
          ? ["https://www.unodc.org/unodc/en/human-trafficking/", "https://www.un.org/pga/76/"]
          : ["https://www.un.emb-japan.go.jp/"],
      );
    }
  });
});
