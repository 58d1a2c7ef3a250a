// PDF ⇄ Word parity and privacy: what the built CLI writes into both formats' properties (read back
// with pdfjs-dist and by unzipping the Word file), their shared date, font names and outline levels.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { statementToDocument } from "@briefing/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attribute, elementsNamed, readParts } from "./support/docx-read.js";
import { readPdf } from "./support/pdf-text.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "packages/cli/dist/bin.js");

const withSpeaker = `---
title: Statement on Cooperation
meeting: First Committee
venue: New York
date: 2 November 2023
speaker: Ambassador Maria Lopez
delegation: Mexico
---

Mr. Chair,

# Nuclear disarmament

Mexico voted in favour of the draft resolution.

## Humanitarian consequences

We regret that the language was weakened.

Thank you.
`;

const withoutSpeaker = `---
title: Statement on Assistance
meeting: Intersessional meetings
date: 8 June 2017
delegation: Japan
---

Thank you, Mr. President.

# Assistance

Japan supports the work of the committee.
`;

let dir: string;
let folder: string;
// A run of the CLI with no SOURCE_DATE_EPOCH, so the statement's date decides.
function briefing(...args: string[]): void {
  const env = { ...process.env };
  delete env.SOURCE_DATE_EPOCH;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", env });
  expect(result.status, result.stderr).toBe(0);
}

const outputs: Record<string, Uint8Array> = {};
const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-privacy-"));
  folder = join(dir, "Private Folder", "nested");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "speaker.md"), withSpeaker);
  writeFileSync(join(folder, "no-speaker.md"), withoutSpeaker);
  for (const input of ["speaker", "no-speaker"]) {
    for (const format of ["pdf", "docx"]) {
      const output = `${input}.${format}`;
      briefing("render", join(folder, `${input}.md`), "--to", format, "-o", output);
      outputs[output] = read(output);
    }
  }
  briefing("book", folder, "-o", "book.docx");
  outputs["book.docx"] = read("book.docx");
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PdfProperties {
  info: Record<string, unknown>;
  xmp: Record<string, unknown>;
}

async function pdfProperties(bytes: Uint8Array): Promise<PdfProperties> {
  const { pdf } = await readPdf(bytes);
  const { info, metadata } = (await pdf.getMetadata()) as unknown as {
    info: Record<string, unknown>;
    metadata: Iterable<[string, unknown]> | null;
  };
  return { info, xmp: Object.fromEntries(metadata ?? []) };
}

/** The text content of every element of an XML part (attribute values such as namespaces left out). */
const xmlTexts = (xml: string): string[] =>
  [...xml.matchAll(/>([^<]+)</g)].map((match) => match[1] ?? "").filter((text) => text.trim() !== "");

const element = (xml: string, tag: string): string | undefined =>
  elementsNamed(xml, tag)[0]?.replace(/^<[^>]*>|<\/[^>]*>$/g, "");

/** Every string anywhere in a value (XMP arrays, Info values). */
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value !== null && typeof value === "object"
        ? Object.values(value).flatMap(strings)
        : [];

describe("no property names a folder", () => {
  it("names the input by its file name only in both formats, for an input given by absolute path", async () => {
    for (const input of ["speaker", "no-speaker"]) {
      const pdf = await pdfProperties(outputs[`${input}.pdf`] as Uint8Array);
      // dc:format is the one value with a slash of its own.
      const pdfValues = [...strings(pdf.info), ...strings(pdf.xmp)].filter(
        (value) => value !== "application/pdf",
      );
      expect(pdfValues.length).toBeGreaterThan(5);
      for (const value of pdfValues) {
        expect(value).not.toContain("Private Folder");
        expect(value).not.toContain(dir);
        expect(value).not.toMatch(/[/\\]/);
      }
      const parts = readParts(outputs[`${input}.docx`] as Uint8Array);
      const custom = parts["docProps/custom.xml"] ?? "";
      expect(custom).toContain(`name="briefing.source.file"><vt:lpwstr>${input}.md</vt:lpwstr>`);
      for (const part of ["docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"]) {
        expect(parts[part], part).toBeDefined();
        for (const text of xmlTexts(parts[part] ?? "")) {
          expect(text, part).not.toContain("Private Folder");
          expect(text, part).not.toMatch(/[/\\]/);
        }
      }
    }
  });

  it("keeps only the last segment of a Windows or POSIX path", () => {
    for (const file of ["C:\\Users\\x\\a.txt", "/home/x/a.txt", "a.txt", "..\\x/a.txt"]) {
      const { document } = statementToDocument({
        source: { file },
        body: [{ type: "paragraph", role: "body", runs: [{ text: "Text." }] }],
      });
      expect(document.meta.properties["briefing.source.file"]).toBe("a.txt");
    }
  });
});

describe("author", () => {
  it("is the speaker, never the delegation, in both formats", async () => {
    const pdf = await pdfProperties(outputs["speaker.pdf"] as Uint8Array);
    expect(pdf.info.Author).toBe("Ambassador Maria Lopez");
    expect(strings(pdf.info)).not.toContain("Mexico");
    const core = readParts(outputs["speaker.docx"] as Uint8Array)["docProps/core.xml"] ?? "";
    expect(element(core, "dc:creator")).toBe("Ambassador Maria Lopez");
    expect([undefined, "Ambassador Maria Lopez"]).toContain(element(core, "cp:lastModifiedBy"));
    expect(core).not.toContain("Mexico");
  });

  it("is left out without a speaker (no delegation, no 'Un-named')", async () => {
    const pdf = await pdfProperties(outputs["no-speaker.pdf"] as Uint8Array);
    expect(pdf.info.Author).toBeUndefined();
    expect(pdf.info.Title).toBe("Statement on Assistance");
    const core = readParts(outputs["no-speaker.docx"] as Uint8Array)["docProps/core.xml"] ?? "";
    expect(element(core, "dc:title")).toBe("Statement on Assistance");
    expect(element(core, "dc:creator")).toBeUndefined();
    expect(element(core, "cp:lastModifiedBy")).toBeUndefined();
    expect(core).not.toMatch(/Japan|Un-named/);
  });
});

describe("one date for both formats", () => {
  const pdfDate = (value: unknown) => {
    const match = /^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z/.exec(String(value));
    expect(match, String(value)).not.toBeNull();
    const [, y, mo, d, h, mi, s] = match as RegExpExecArray;
    return `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
  };

  it("dates the PDF and the Word file from the statement's date when SOURCE_DATE_EPOCH is unset", async () => {
    for (const [input, day] of [
      ["speaker", "2023-11-02"],
      ["no-speaker", "2017-06-08"],
    ]) {
      const { info } = await pdfProperties(outputs[`${input}.pdf`] as Uint8Array);
      const core = readParts(outputs[`${input}.docx`] as Uint8Array)["docProps/core.xml"] ?? "";
      const expected = `${day}T00:00:00Z`;
      expect(pdfDate(info.CreationDate)).toBe(expected);
      expect(pdfDate(info.ModDate)).toBe(expected);
      expect(element(core, "dcterms:created")).toBe(expected);
      expect(element(core, "dcterms:modified")).toBe(expected);
    }
  });
});

describe("Word names the fonts the PDF embeds", () => {
  it("sets Noto Serif, with Noto Serif JP for East Asian text", async () => {
    const styles = readParts(outputs["speaker.docx"] as Uint8Array)["word/styles.xml"] ?? "";
    const body = elementsNamed(styles, "w:style").find((style) => style.includes('w:styleId="Body"')) ?? "";
    const fonts = elementsNamed(body, "w:rFonts")[0] ?? "";
    expect(attribute(fonts, "w:ascii")).toBe("Noto Serif");
    expect(attribute(fonts, "w:hAnsi")).toBe("Noto Serif");
    expect(attribute(fonts, "w:eastAsia")).toBe("Noto Serif JP");
    const { pages } = await readPdf(outputs["speaker.pdf"] as Uint8Array);
    const pdfFonts = new Set(pages.flatMap((page) => page.items.map((item) => item.font)));
    expect([...pdfFonts].some((font) => font.startsWith("NotoSerif-"))).toBe(true);
  });
});

describe("outline levels", () => {
  const styleOutline = (styles: string, id: string) => {
    const style = elementsNamed(styles, "w:style").find((s) => s.includes(`w:styleId="${id}"`));
    expect(style, id).toBeDefined();
    const level = elementsNamed(style ?? "", "w:outlineLvl")[0];
    return level === undefined ? undefined : attribute(level, "w:val");
  };

  it("puts Heading 1–3 on levels 1–3 (outlineLvl 0–2) in a single statement and in a book", () => {
    for (const file of ["speaker.docx", "book.docx"]) {
      const styles = readParts(outputs[file] as Uint8Array)["word/styles.xml"] ?? "";
      expect(
        [1, 2, 3].map((n) => styleOutline(styles, `Heading${n}`)),
        file,
      ).toEqual(["0", "1", "2"]);
    }
    const book = readParts(outputs["book.docx"] as Uint8Array)["word/styles.xml"] ?? "";
    expect(styleOutline(book, "SectionTitle")).toBe("0");
  });

  it("nests a book's statement headings under their section title, as the PDF outline does", () => {
    const document = readParts(outputs["book.docx"] as Uint8Array)["word/document.xml"] ?? "";
    const levels = elementsNamed(document, "w:pPr").flatMap((pPr) => {
      const style = attribute(elementsNamed(pPr, "w:pStyle")[0] ?? "", "w:val");
      if (style === undefined || !/^(SectionTitle|Heading\d)$/.test(style)) return [];
      const own = elementsNamed(pPr, "w:outlineLvl")[0];
      return [`${style}:${own === undefined ? "-" : attribute(own, "w:val")}`];
    });
    // Each statement: its section title (level 1), its "#" heading (Heading 1 style, level 2),
    // its "##" heading (Heading 2 style, level 3).
    expect(levels).toContain("Heading1:1");
    expect(levels).toContain("Heading2:2");
    expect(levels).not.toContain("Heading1:-");
    expect(levels).not.toContain("Heading2:-");
    // Section titles are level 1 by their style (outlineLvl 0, checked above) alone.
    expect(levels.filter((level) => level.startsWith("SectionTitle"))).toEqual([
      "SectionTitle:-",
      "SectionTitle:-",
    ]);
  });

  it("writes no outline level of its own on a statement's heading in its own style", () => {
    const document = readParts(outputs["speaker.docx"] as Uint8Array)["word/document.xml"] ?? "";
    const headings = elementsNamed(document, "w:pPr").filter((pPr) => /w:val="Heading[1-3]"/.test(pPr));
    expect(headings.length).toBe(2);
    for (const pPr of headings) expect(pPr).not.toContain("w:outlineLvl");
  });
});
