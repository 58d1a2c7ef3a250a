import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { deflateSync, inflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import { describe, expect, test } from "vitest";
import { sampleFonts } from "../../../tests/support/sample-document.js";
import { loadFont } from "../src/fonts/font-cache.js";
import { installedVersion } from "../src/library-version.js";
import {
  batchOutput,
  currentFont,
  deflateStreamsAtChosenLevel,
  fileIdFromOutput,
  linkAnnotation,
  NO_DEFAULT_FONT,
  replaceXmp,
  useFontOnPage,
} from "../src/pdfkit-internals.js";

// Each check names pdfkit's version and the adapter, so an upgrade that moves one of the internals
// briefing borrows says which, instead of failing somewhere in layout or in a reader.
const version = installedVersion("pdfkit");
const gone = (what: string) => `pdfkit ${version}: ${what} is gone — see pdfkit-internals.ts`;
const serif = sampleFonts().serif?.files.regular as string;

/** The file `doc` writes, as latin1 text (streams left uncompressed by `compress: false`). */
async function written(doc: PDFKit.PDFDocument): Promise<string> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on("end", resolve));
  doc.end();
  await ended;
  return Buffer.concat(chunks).toString("latin1");
}

describe(`pdfkit ${version} internals (pdfkit-internals.ts)`, () => {
  test("registerFont takes a parsed fontkit font and PDFDocument#_font is the EmbeddedFont made of it", () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: NO_DEFAULT_FONT });
    const parsed = loadFont(serif);
    doc.registerFont("serif", parsed).font("serif");
    const font = (doc as unknown as { _font?: Record<string, unknown> | null })._font;
    expect(typeof font, gone("PDFDocument#_font")).toBe("object");
    expect(font?.font, gone("registerFont(name, parsed fontkit Font) (EmbeddedFont#font)")).toBe(parsed);
    for (const method of ["encode", "ref", "layoutRun", "layoutCached", "layout", "widthOfString"]) {
      expect(typeof font?.[method], gone(`EmbeddedFont#${method}`)).toBe("function");
    }
    expect(typeof font?.id, gone("EmbeddedFont#id")).toBe("string");
    expect(typeof font?.subset, gone("EmbeddedFont#subset")).toBe("object");
    expect(currentFont(doc)).toBe(font);
  });

  test("without a default font pdfkit loads none (font: null)", async () => {
    const doc = new PDFDocument({ font: NO_DEFAULT_FONT, compress: false });
    expect((doc as unknown as { _font?: unknown })._font, gone("the null `font` option")).toBeNull();
    expect(await written(doc), gone("the null `font` option")).not.toContain("/Helvetica");
  });

  test("PDFDocument#_addInfo writes the XMP metadata, and ours replaces it", async () => {
    const prototype = PDFDocument.prototype as unknown as { _addInfo?: unknown };
    expect(typeof prototype._addInfo, gone("PDFDocument.prototype._addInfo")).toBe("function");
    const doc = new PDFDocument({ pdfVersion: "1.7", compress: false });
    replaceXmp(doc, () => doc.appendXML("<briefing:probe/>"));
    const pdf = await written(doc);
    expect(pdf, gone("PDFDocument#_addInfo (our XMP is not written)")).toContain("<briefing:probe/>");
    expect(pdf, gone("PDFDocument#_addInfo (pdfkit's XMP is still written)")).not.toContain(
      "xmp:CreatorTool",
    );
  });

  test("PDFDocument#_id, set in #_finalize, is the trailer's file ID: a digest of the objects", async () => {
    const doc = new PDFDocument({ compress: false });
    expect((doc as unknown as { _id?: unknown })._id, gone("PDFDocument#_id")).toBeInstanceOf(Uint8Array);
    batchOutput(doc);
    fileIdFromOutput(doc);
    doc.text("Hello");
    const pdf = await written(doc);
    // The objects: what follows the header (written by the constructor) up to the xref table.
    const header = "%\xff\xff\xff\xff\n";
    const body = pdf.slice(pdf.indexOf(header) + header.length, pdf.lastIndexOf("\nxref\n") + 1);
    const id = createHash("md5").update(Buffer.from(body, "latin1")).digest("hex");
    expect(pdf, gone("PDFDocument#_id or #_finalize (not the trailer's ID)")).toContain(
      `/ID [<${id}> <${id}>]`,
    );
  });

  test("PDFPage#fonts are the page's font resources", async () => {
    const doc = new PDFDocument({ font: NO_DEFAULT_FONT, compress: false });
    expect(typeof (doc.page as { fonts?: unknown }).fonts, gone("PDFPage#fonts")).toBe("object");
    const font = currentFont(doc.registerFont("serif", loadFont(serif)).font("serif"));
    useFontOnPage(doc, font);
    doc.addContent(`BT /${font.id} 12 Tf <${font.encode("A")[0].join("")}> Tj ET`);
    const pdf = await written(doc);
    expect(pdf, gone("PDFPage#fonts (the font is not a page resource)")).toMatch(
      new RegExp(`/Font <<\\s*/${font.id} \\d+ 0 R`),
    );
  });

  test("an annotation with a structParent is tied to its Link element (pdfkit ≥ 0.18)", async () => {
    const doc = new PDFDocument({ tagged: true, font: NO_DEFAULT_FONT, compress: false });
    const root = doc.struct("Document");
    doc.addStructure(root);
    const link = doc.struct("Link");
    root.add(link);
    link.add(doc.markStructureContent("Link"));
    doc.endMarkedContent();
    doc.link(72, 72, 100, 12, "https://www.un.org/", linkAnnotation("the UN site", link));
    link.end();
    root.end();
    const pdf = await written(doc);
    const tied = gone("annotate({ structParent }) (the link annotation is not tagged)");
    expect(pdf, tied).toMatch(/\/Contents \(the UN site\)[\s\S]*?\/StructParent \d+/);
    expect(pdf, tied).toMatch(/\/S \/Link[\s\S]*?\/Type \/OBJR/);
  });

  test("each stream is deflated at the chosen level, once, and XMP metadata stays plain", async () => {
    const content = "0 0 m 100 100 l S\n".repeat(200).trimEnd();
    const streamsOf = async (level: boolean) => {
      const doc = new PDFDocument({ autoFirstPage: false, font: NO_DEFAULT_FONT, pdfVersion: "1.7" });
      if (level) deflateStreamsAtChosenLevel(doc);
      doc.addPage();
      doc.addContent(content);
      replaceXmp(doc, () => doc.appendXML("<briefing:probe/>"));
      const pdf = await written(doc);
      return [...pdf.matchAll(/<<([\s\S]*?)>>\nstream\n([\s\S]*?)\nendstream/g)].map(([, dict, data]) => ({
        dict: dict ?? "",
        bytes: Buffer.from(data ?? "", "latin1"),
      }));
    };
    const moved = gone("PDFReference#finalize or #compress (the page's stream)");
    const [ours, pdfkits] = [await streamsOf(true), await streamsOf(false)];
    const page = ours.find((stream) => !stream.dict.includes("/Metadata"));
    const pdfkitPage = pdfkits.find((stream) => !stream.dict.includes("/Metadata"));
    expect(page?.dict, moved).toContain("/Filter /FlateDecode");
    const text = inflateSync(page?.bytes ?? Buffer.alloc(0));
    expect(text.toString("latin1"), moved).toContain(content);
    expect(text.equals(inflateSync(pdfkitPage?.bytes ?? Buffer.alloc(0))), moved).toBe(true);
    expect(page?.bytes.equals(deflateSync(text, { level: 3 })), moved).toBe(true);
    expect(page?.bytes.equals(pdfkitPage?.bytes ?? Buffer.alloc(0)), "pdfkit's default level is 3 now").toBe(
      false,
    );
    expect(page?.dict, moved).toContain(`/Length ${page?.bytes.length}`);
    const xmp = ours.find((stream) => stream.dict.includes("/Metadata"));
    expect(xmp?.dict).not.toContain("/Filter");
    expect(xmp?.bytes.toString("latin1")).toContain("<briefing:probe/>");
  });

  test("a font program is deflated at level 1, the page's content at level 3", async () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: NO_DEFAULT_FONT });
    deflateStreamsAtChosenLevel(doc);
    doc.addPage();
    doc.registerFont("serif", loadFont(serif)).font("serif").text("Excellencies, distinguished delegates.");
    const pdf = Buffer.from(await written(doc), "latin1");
    const streams = [...pdf.toString("latin1").matchAll(/<<([\s\S]*?)>>\nstream\n([\s\S]*?)\nendstream/g)]
      .filter(([, dict]) => dict?.includes("/Filter /FlateDecode"))
      .map(([, , data]) => {
        const bytes = Buffer.from(data ?? "", "latin1");
        return { bytes, plain: inflateSync(bytes) };
      });
    const font = streams.find((stream) => stream.plain.toString("latin1", 0, 4) === "true");
    const page = streams.find((stream) => stream.plain.toString("latin1").includes(" Tf"));
    const moved = gone("PDFReference#finalize (the font file's or the page's stream)");
    expect(font?.bytes.equals(deflateSync(font.plain, { level: 1 })), moved).toBe(true);
    expect(font?.bytes.equals(deflateSync(font.plain, { level: 3 })), "a font program at level 3").toBe(
      false,
    );
    expect(page?.bytes.equals(deflateSync(page.plain, { level: 3 })), moved).toBe(true);
  });

  test("linebreak, declared by @briefing/pdf, is the copy pdfkit loads", () => {
    const ours = createRequire(import.meta.url).resolve("linebreak");
    const pdfkits = createRequire(createRequire(import.meta.url).resolve("pdfkit")).resolve("linebreak");
    expect(
      realpathSync(ours),
      `pdfkit ${version} uses another linebreak than the one pinned in packages/pdf/package.json`,
    ).toBe(realpathSync(pdfkits));
  });
});
