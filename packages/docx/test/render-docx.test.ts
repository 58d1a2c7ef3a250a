import { spawnSync } from "node:child_process";
import type { Warning } from "@briefing/core";
import { afterEach, describe, expect, it } from "vitest";
import { attribute, childTags, elementsNamed, readParts, xmlText } from "../../../tests/support/docx-read.js";
import { everyBlockDocument } from "../../../tests/support/sample-document.js";
import { blockConverters } from "../src/blocks/index.js";
import { renderDocx } from "../src/render-docx.js";

const hasPython = spawnSync("python3", ["--version"]).status === 0;

// Python's zipfile checks every entry's CRC-32 and sizes against the central directory.
const zipCheck = `import io, json, sys, zipfile
z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
print(json.dumps({"bad": z.testzip(), "entries": [[i.filename, list(i.date_time), i.compress_type] for i in z.infolist()]}))`;

const markTags = new Set(["w:b", "w:bCs", "w:i", "w:iCs", "w:vertAlign", "w:lang", "w:rFonts", "w:rStyle"]);

async function render(document = everyBlockDocument(), warnings: Warning[] = []) {
  const bytes = await renderDocx(document, {
    file: "sample.yaml",
    onWarning: (warning) => warnings.push(warning),
  });
  return { bytes, parts: readParts(bytes) };
}

function styleById(styles: string, id: string): string {
  const style = elementsNamed(styles, "w:style").filter((s) => attribute(s, "w:styleId") === id);
  expect(style, `style ${id}`).toHaveLength(1);
  return style[0] ?? "";
}

describe("renderDocx", () => {
  afterEach(() => {
    delete process.env.SOURCE_DATE_EPOCH;
  });

  it("has a converter for every block kind", () => {
    expect(Object.keys(blockConverters).sort()).toEqual(
      ["heading", "list", "pageBreak", "paragraph", "rule", "table", "toc"].sort(),
    );
  });

  it("writes the same bytes for the same document", async () => {
    const first = await render();
    const second = await render();
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(Object.keys(first.parts)[0]).toBe("[Content_Types].xml");
  });

  it("writes a document the same whatever was written before it, each theme with its own styles", async () => {
    // A theme no other test uses, so its first document has every part written by docx afresh
    // and its second takes the theme's parts from the cache.
    const other = structuredClone(everyBlockDocument()); // everyBlockDocument() shares its style objects
    for (const style of Object.values(other.styles)) style.size += 1;
    const serif = other.fonts.serif;
    if (serif !== undefined) serif.names = { latin: "Other Serif", eastAsia: "Other Serif JP" };
    const otherFirst = await render(other);
    const first = await render();
    const otherAgain = await render(other);
    const again = await render();
    expect(Buffer.from(otherAgain.bytes).equals(Buffer.from(otherFirst.bytes))).toBe(true);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const otherStyles = otherAgain.parts["word/styles.xml"] ?? "";
    expect(otherStyles).toContain('w:ascii="Other Serif"');
    expect(otherStyles).not.toContain('w:ascii="Noto Serif"');
    expect(otherStyles).toContain('<w:sz w:val="42"/>');
    expect(again.parts["word/styles.xml"]).toContain('w:ascii="Noto Serif"');
  });

  it.skipIf(!hasPython)(
    "is a zip whose entries Python's zipfile verifies, deflated and dated, [Content_Types].xml first",
    async () => {
      const { bytes, parts } = await render();
      const checked = spawnSync("python3", ["-c", zipCheck], { input: bytes, encoding: "utf8" });
      expect(checked.status, checked.stderr).toBe(0);
      const { bad, entries } = JSON.parse(checked.stdout) as {
        bad: string | null;
        entries: [string, number[], number][];
      };
      expect(bad).toBeNull();
      expect(entries[0]?.[0]).toBe("[Content_Types].xml");
      expect(entries.map(([name]) => name)).toEqual(Object.keys(parts));
      for (const [, date, method] of entries) {
        expect(date).toEqual([2021, 11, 23, 0, 0, 0]);
        expect(method).toBe(8);
      }
    },
  );

  it("dates the package from SOURCE_DATE_EPOCH, else from the document's date", async () => {
    const fromDate = await render();
    expect(fromDate.parts["docProps/core.xml"]).toContain(">2021-11-23T00:00:00Z</dcterms:created>");
    process.env.SOURCE_DATE_EPOCH = "1700000000";
    const fromEpoch = await render();
    expect(fromEpoch.parts["docProps/core.xml"]).toContain(">2023-11-14T22:13:20Z</dcterms:modified>");
    expect(Buffer.from(fromEpoch.bytes).equals(Buffer.from(fromDate.bytes))).toBe(false);
  });

  it("defines each theme style once, as a Word style with a readable name and the theme's fonts", async () => {
    const { parts } = await render();
    const styles = parts["word/styles.xml"] ?? "";
    const ids = elementsNamed(styles, "w:style").map((style) => attribute(style, "w:styleId"));
    expect(new Set(ids).size).toBe(ids.length);
    const expected: Record<string, [string, string]> = {
      title: ["Title", "Title"],
      "heading-1": ["Heading1", "heading 1"],
      "heading-2": ["Heading2", "heading 2"],
      body: ["Body", "Body"],
      salutation: ["Salutation", "Salutation"],
      "meta-label": ["MetaLabel", "Meta Label"],
      "toc-1": ["TOC1", "toc 1"],
      footer: ["Footer", "footer"],
    };
    for (const [id, name] of Object.values(expected)) {
      const style = styleById(styles, id);
      expect(style).toContain(`<w:name w:val="${name}"/>`);
      expect(style).toMatch(/<w:rFonts [^>]*w:ascii="Noto Serif"/);
      expect(style).toMatch(/<w:rFonts [^>]*w:eastAsia="Noto Serif JP"/);
    }
    expect(styleById(styles, "Heading1")).toContain('<w:outlineLvl w:val="0"/>');
    expect(styleById(styles, "Heading1")).toContain('<w:next w:val="Body"/>');
    expect(styleById(styles, "Salutation")).toContain('<w:next w:val="Body"/>');
    expect(styleById(styles, "Salutation")).toContain('<w:basedOn w:val="Body"/>');
    expect(styleById(styles, "MetaLabel")).toContain('<w:basedOn w:val="Normal"/>');
    expect(styleById(styles, "Title")).toContain('<w:sz w:val="40"/>');
    expect(styleById(styles, "TOCHeading")).toContain("<w:pageBreakBefore/>");
  });

  it("gives paragraphs a style and runs nothing beyond marks, language and a font hint", async () => {
    const { parts } = await render();
    const body = parts["word/document.xml"] ?? "";
    const paragraphs = elementsNamed(body, "w:p");
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) {
      // A heading or title whose Japanese phrases are kept together (U+200B between them) says so.
      const phrases = paragraph.includes("\u200b") ? ["w:wordWrap"] : [];
      expect(
        childTags(paragraph, "w:pPr").filter(
          (tag) => !["w:pStyle", "w:numPr", "w:ilvl", "w:numId", ...phrases].includes(tag),
        ),
      ).toEqual([]);
      for (const run of elementsNamed(paragraph, "w:r")) {
        expect(childTags(run, "w:rPr").filter((tag) => !markTags.has(tag))).toEqual([]);
        const fonts = elementsNamed(run, "w:rFonts")[0];
        if (fonts !== undefined) expect(fonts).toBe('<w:rFonts w:hint="eastAsia"/>');
      }
    }
    const styled = paragraphs.map((p) => [
      attribute(elementsNamed(p, "w:pStyle")[0] ?? "", "w:val"),
      xmlText(p),
    ]);
    expect(styled).toContainEqual(["Salutation", "Mr. President,"]);
    expect(styled).toContainEqual(["Closing", "Thank you, Mr. President."]);
    // BudouX phrases 次の | 部分: a heading breaks only between them.
    expect(styled).toContainEqual(["Heading2", "次の\u200b部分"]);
  });

  it("marks Japanese runs ja-JP with the East-Asian hint, other runs en-US", async () => {
    const { parts } = await render();
    const runs = elementsNamed(parts["word/document.xml"] ?? "", "w:r").filter(
      (run) => xmlText(run).length > 0,
    );
    const japanese = runs.filter((run) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(xmlText(run)));
    expect(japanese.map(xmlText)).toEqual(["令和3年11月23日", "日本) ", "次の\u200b部分"]);
    for (const run of japanese) {
      expect(run).toContain('<w:lang w:val="ja-JP" w:eastAsia="ja-JP"/>');
      expect(run).toContain('<w:rFonts w:hint="eastAsia"/>');
    }
    for (const run of runs.filter((run) => !japanese.includes(run) && !run.includes("w:tab"))) {
      expect(run).toContain('<w:lang w:val="en-US"/>');
    }
  });

  it("writes marks as bold, italic and vertical alignment", async () => {
    const { parts } = await render();
    const runs = elementsNamed(parts["word/document.xml"] ?? "", "w:r");
    const run = (text: string) => runs.find((r) => xmlText(r) === text) ?? "";
    expect(childTags(run("th"), "w:rPr")).toContain("w:vertAlign");
    expect(run("th")).toContain('w:val="superscript"');
    expect(run("2")).toContain('w:val="subscript"');
    expect(childTags(run("firmly"), "w:rPr")).toContain("w:b");
    expect(childTags(run("stated"), "w:rPr")).toContain("w:i");
  });

  it("sets the page size and margins, and PAGE / NUMPAGES fields in the footer", async () => {
    const { parts } = await render();
    const section = elementsNamed(parts["word/document.xml"] ?? "", "w:sectPr")[0] ?? "";
    expect(section).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(section).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    const footer = Object.entries(parts).find(([path]) => /^word\/footer\d*\.xml$/.test(path))?.[1] ?? "";
    const instructions = elementsNamed(footer, "w:instrText").map((i) => i.replace(/<[^>]+>/g, "").trim());
    expect(instructions).toEqual(["PAGE", "NUMPAGES"]);
    expect(xmlText(footer)).toBe("Page  of ");
    const header = Object.entries(parts).find(([path]) => /^word\/header\d*\.xml$/.test(path))?.[1] ?? "";
    expect(xmlText(header)).toBe("UN General Assembly");
    expect(header).toContain('<w:pStyle w:val="Header"/>');
  });

  it("numbers ordered lists decimally and bullets the others, each list its own instance", async () => {
    const { parts } = await render();
    const numbering = parts["word/numbering.xml"] ?? "";
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    const body = parts["word/document.xml"] ?? "";
    const listItems = elementsNamed(body, "w:p").filter((p) => p.includes("<w:numPr>"));
    expect(listItems.map(xmlText)).toEqual(["First", "Second", "A bullet"]);
    const numIds = listItems.map((p) => attribute(elementsNamed(p, "w:numId")[0] ?? "", "w:val"));
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).not.toBe(numIds[0]);
  });

  it("writes a pre-filled TOC field linked to bookmarks on the headings", async () => {
    const { parts } = await render();
    const body = parts["word/document.xml"] ?? "";
    const toc = elementsNamed(body, "w:sdt")[0] ?? "";
    expect(toc).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
    const link = elementsNamed(toc, "w:hyperlink")[0] ?? "";
    expect(xmlText(link)).toBe("Introduction");
    const bookmarks = elementsNamed(body, "w:bookmarkStart").map((b) => attribute(b, "w:name"));
    expect(bookmarks).toEqual(["introduction", "h_2_next_part"]);
    expect(attribute(link, "w:anchor")).toBe("introduction");
    const internal = elementsNamed(body, "w:hyperlink").filter((h) => xmlText(h) === "the introduction");
    expect(attribute(internal[0] ?? "", "w:anchor")).toBe("introduction");
  });

  it("draws a rule with a bordered paragraph style and a table with the cells' styles", async () => {
    const { parts } = await render();
    const body = parts["word/document.xml"] ?? "";
    expect(body).toContain('<w:pStyle w:val="BriefingRule"/>');
    expect(styleById(parts["word/styles.xml"] ?? "", "BriefingRule")).toMatch(/<w:pBdr><w:bottom /);
    const cells = elementsNamed(elementsNamed(body, "w:tbl")[0] ?? "", "w:tc");
    expect(
      cells.map((cell) => [attribute(elementsNamed(cell, "w:pStyle")[0] ?? "", "w:val"), xmlText(cell)]),
    ).toEqual([
      ["MetaLabel", "Date"],
      ["MetaValue", "令和3年11月23日"],
    ]);
    expect(body).toContain('<w:br w:type="page"/>');
  });

  it("stores the metadata in core and custom properties", async () => {
    const { parts } = await render();
    const core = parts["docProps/core.xml"] ?? "";
    expect(core).toContain("<dc:title>Statement on Trafficking in Persons</dc:title>");
    expect(core).toContain("<dc:subject>UN General Assembly</dc:subject>");
    expect(core).toContain("<dc:creator>Japan</dc:creator>");
    expect(core).toContain("<cp:keywords>trafficking, UNGA</cp:keywords>");
    const custom = parts["docProps/custom.xml"] ?? "";
    const properties = Object.fromEntries(
      elementsNamed(custom, "property").map((p) => [
        attribute(p, "name"),
        xmlText(p.replace(/vt:lpwstr/g, "w:t")),
      ]),
    );
    expect(properties).toEqual(everyBlockDocument().meta.properties);
  });

  it("writes tabs and line breaks as Word elements and leaves out what XML cannot hold", async () => {
    const document = everyBlockDocument();
    document.blocks.push({
      kind: "paragraph",
      style: "body",
      inlines: [{ kind: "text", text: "a\tb\nc\u000bd\u0001e" }],
    });
    const warnings: Warning[] = [];
    const { parts } = await render(document, warnings);
    const last = elementsNamed(parts["word/document.xml"] ?? "", "w:p").at(-1) ?? "";
    expect(childTags(last, "w:r")).toEqual(["w:rPr", "w:lang", "w:t", "w:tab", "w:t", "w:cr", "w:t"]);
    expect(xmlText(last)).toBe("abcde");
    expect(warnings).toEqual([
      { file: "sample.yaml", message: expect.stringContaining("2 control character(s)") },
    ]);
  });

  it("tags non-Japanese text with the document's language", async () => {
    const document = everyBlockDocument();
    document.meta.language = "fr-FR";
    const { parts } = await render(document);
    const runs = elementsNamed(parts["word/document.xml"] ?? "", "w:r");
    expect(runs.find((run) => xmlText(run) === "Mr. President,")).toContain('<w:lang w:val="fr-FR"/>');
    expect(runs.find((run) => xmlText(run) === "次の\u200b部分")).toContain(
      '<w:lang w:val="ja-JP" w:eastAsia="ja-JP"/>',
    );
  });

  it("warns about a style the theme does not define", async () => {
    const document = everyBlockDocument();
    document.blocks.push({ kind: "paragraph", style: "missing", inlines: [{ kind: "text", text: "x" }] });
    const warnings: Warning[] = [];
    await render(document, warnings);
    expect(warnings).toEqual([{ file: "sample.yaml", message: expect.stringContaining('style "missing"') }]);
  });
});
