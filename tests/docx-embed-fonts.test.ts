// `--embed-fonts`: the Word file carries its fonts, subset and obfuscated as Word does it; read back
// by unzipping, un-obfuscating with the key the font table gives and parsing with fontkit (not the
// harfbuzz subsetter that wrote them), and by LibreOffice on a machine without the fonts.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Document, parseStatement, statementToDocument } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import { unzipSync } from "fflate";
import * as fontkit from "fontkit";
import { afterAll, describe, expect, it } from "vitest";
import { obfuscateFont } from "../packages/docx/src/embedded-fonts.js";
import { attribute, elementsNamed, readParts, xmlText } from "./support/docx-read.js";
import { convertWithLibreOffice, hasSoffice } from "./support/libreoffice.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "packages/cli/dist/bin.js");
const seed = join(root, "examples", "2021-11-23-unga-trafficking-in-persons.txt");
const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function seedDocument(): Document {
  const { statement } = parseStatement(readFileSync(seed), { filename: seed });
  return statementToDocument(statement).document;
}

/** Each embedded face: the font-table entry it belongs to, its element and the font fontkit reads. */
function embeddedFaces(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const parts = readParts(bytes);
  const rels = parts["word/_rels/fontTable.xml.rels"] ?? "";
  const faces: { name: string; element: string; font: fontkit.Font; size: number }[] = [];
  for (const entry of elementsNamed(parts["word/fontTable.xml"] ?? "", "w:font")) {
    const name = attribute(entry, "w:name") ?? "";
    for (const [, element, id, key] of entry.matchAll(
      /<(w:embed\w+) r:id="([^"]+)" w:fontKey="\{([^}]+)\}"/g,
    )) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      const data = files[`word/${target}`];
      if (data === undefined || key === undefined || element === undefined)
        throw new Error(`no part for ${id}`);
      // The obfuscation is an XOR: applying it again with the same key gives the font back.
      const font = fontkit.create(Buffer.from(obfuscateFont(data, key))) as fontkit.Font;
      faces.push({ name, element, font, size: data.length });
    }
  }
  return { faces, parts };
}

describe("--embed-fonts: the Word file carries its fonts", () => {
  it("embeds each face of Noto Serif and Noto Serif JP, subset to the text, with settings Word honours", async () => {
    const document = seedDocument();
    const bytes = await renderDocx(document, { embedFonts: true });
    const { faces, parts } = embeddedFaces(bytes);
    expect(
      faces.map((face) => `${face.name} ${face.element} ${face.font.familyName} ${face.font.subfamilyName}`),
    ).toEqual([
      "Noto Serif w:embedRegular Noto Serif Regular",
      "Noto Serif w:embedBold Noto Serif Bold",
      "Noto Serif w:embedItalic Noto Serif Italic",
      "Noto Serif w:embedBoldItalic Noto Serif Bold Italic",
      // Noto Serif JP has no italic: Word slants the upright face, so it is not embedded twice.
      "Noto Serif JP w:embedRegular Noto Serif JP Regular",
      "Noto Serif JP w:embedBold Noto Serif JP Bold",
    ]);
    const shown = [parts["word/document.xml"], parts["word/header1.xml"], parts["word/footer1.xml"]]
      .map((xml) => xmlText(xml ?? ""))
      .join("");
    const jp = faces.find((face) => face.name === "Noto Serif JP" && face.element === "w:embedRegular")?.font;
    const latin = faces.find((face) => face.name === "Noto Serif" && face.element === "w:embedRegular")?.font;
    for (const character of new Set(shown)) {
      const code = character.codePointAt(0) ?? 0;
      if (japanese.test(character)) expect(jp?.hasGlyphForCodePoint(code), character).toBe(true);
      else if (/[A-Za-z0-9.,]/.test(character))
        expect(latin?.hasGlyphForCodePoint(code), character).toBe(true);
    }
    // Subset: a few hundred glyphs, not the 7,000+ of the whole Japanese font.
    expect(jp?.numGlyphs).toBeLessThan(400);
    expect(jp?.hasGlyphForCodePoint("鬱".codePointAt(0) ?? 0)).toBe(false);
    expect(parts["word/settings.xml"]).toContain("<w:embedTrueTypeFonts/><w:saveSubsetFonts/>");
    expect(parts["[Content_Types].xml"]).toContain(
      'ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"',
    );
  });

  it("is off by default, and the same Document gives the same bytes", async () => {
    const document = seedDocument();
    const plain = await renderDocx(document);
    expect(Object.keys(unzipSync(plain)).filter((path) => path.endsWith(".odttf"))).toEqual([]);
    expect(readParts(plain)["word/settings.xml"]).not.toContain("embedTrueTypeFonts");
    const first = await renderDocx(document, { embedFonts: true });
    const second = await renderDocx(seedDocument(), { embedFonts: true });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it("obfuscates as ECMA-376 §17.8.1 says: the first 32 bytes XORed with the key read from its end", () => {
    const font = Uint8Array.from({ length: 40 }, (_, i) => i);
    const key = "00112233-4455-6677-8899-AABBCCDDEEFF";
    const out = obfuscateFont(font, key);
    // Key bytes in order: FF EE DD … 00 (the GUID's hex digits from the end).
    expect(out[0]).toBe(0 ^ 0xff);
    expect(out[1]).toBe(1 ^ 0xee);
    expect(out[15]).toBe(15 ^ 0x00);
    expect(out[16]).toBe(16 ^ 0xff);
    expect(out[31]).toBe(31 ^ 0x00);
    expect([...out.slice(32)]).toEqual([32, 33, 34, 35, 36, 37, 38, 39]);
    expect([...obfuscateFont(out, key)]).toEqual([...font]);
  });

  it("is refused where it means nothing: a PDF", () => {
    const run = spawnSync(process.execPath, [bin, "render", seed, "--to", "pdf", "--embed-fonts"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--embed-fonts only applies to --to docx");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

const pdffonts = spawnSync("pdffonts", ["-v"], { encoding: "utf8" }).status === 0;

describe.skipIf(!hasSoffice || !pdffonts)(
  "LibreOffice without the fonts installed uses the embedded ones",
  () => {
    const dir = mkdtempSync(join(tmpdir(), "briefing-embed-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("sets the Japanese title in Noto Serif JP only when the file carries it", async () => {
      const document = seedDocument();
      writeFileSync(join(dir, "plain.docx"), await renderDocx(document));
      writeFileSync(join(dir, "embedded.docx"), await renderDocx(document, { embedFonts: true }));
      // A fontconfig that knows no Noto font: the machine's fonts without any Noto family.
      mkdirSync(join(dir, "cache"));
      const conf = join(dir, "fonts.conf");
      writeFileSync(
        conf,
        `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><selectfont><rejectfont><pattern><patelt name="family"><string>Noto Serif</string></patelt></pattern><pattern><patelt name="family"><string>Noto Serif JP</string></patelt></pattern><pattern><patelt name="family"><string>Noto Serif CJK JP</string></patelt></pattern></rejectfont></selectfont><cachedir>${join(dir, "cache")}</cachedir></fontconfig>`,
      );
      convertWithLibreOffice(dir, [join(dir, "plain.docx"), join(dir, "embedded.docx")], { fontsConf: conf });
      const fontsOf = (name: string) => execFileSync("pdffonts", [join(dir, name)], { encoding: "utf8" });
      expect(fontsOf("plain.pdf")).not.toContain("NotoSerif");
      const embedded = fontsOf("embedded.pdf");
      expect(embedded).toContain("NotoSerifJP-Regular");
      expect(embedded).toContain("NotoSerif-Regular");
      const text = execFileSync("pdftotext", [join(dir, "embedded.pdf"), "-"], { encoding: "utf8" });
      expect(text.replace(/\s+/g, "")).toContain("人身取引");
    }, 240_000);
  },
);

if (!hasSoffice || !pdffonts) {
  describe("LibreOffice embedded-fonts check", () => {
    it.skip("skipped: `soffice` or `pdffonts` is not on PATH (apt-get install -y libreoffice-writer-nogui poppler-utils)", () => {});
  });
}
