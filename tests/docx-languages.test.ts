// Every UN official language in the Word file: each run's w:lang by its script and the document's
// language, w:rtl on Arabic runs, right-to-left paragraphs, tables and styles in an Arabic
// document, complex-script and East Asian fonts in the styles, dc:language; valid OOXML; and
// LibreOffice, an independent reader, sets the Arabic and Chinese files with the text in order.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Document, type Statement, statementToDocument } from "@briefing/core";
import { renderDocx } from "@briefing/docx";
import validate, { type OfficeVersion, type ValidationResult } from "@ooxml-tools/validate";
import { unzipSync } from "fflate";
import * as fontkit from "fontkit";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { obfuscateFont } from "../packages/docx/src/embedded-fonts.js";
import { wordStyleId } from "../packages/docx/src/word-styles.js";
import { attribute, elementsNamed, readParts, xmlText } from "./support/docx-read.js";
import { convertWithLibreOffice, hasSoffice } from "./support/libreoffice.js";

const paragraph = (text: string, lang?: string): Statement["body"][number] => ({
  type: "paragraph",
  role: "body",
  runs: [{ text, ...(lang === undefined ? {} : { lang }) }],
});

const statements = {
  arabic: {
    title: "كلمة الوفد أمام الجمعية العامة",
    delegation: "الأردن",
    language: "ar",
    body: [
      { type: "paragraph", role: "salutation", runs: [{ text: "السيد الرئيس،" }] },
      paragraph(
        "نشكر الأمين العام Antonio Guterres على تقريره لعام 2025، ونؤكد دعمنا لعمل الأمم المتحدة من أجل السلام.",
      ),
      {
        type: "list",
        ordered: true,
        items: [[{ text: "أولاً، حماية المدنيين." }], [{ text: "ثانياً، التنمية." }]],
      },
    ],
  },
  simplified: {
    title: "中国代表团的发言",
    delegation: "中国",
    language: "zh-Hans",
    body: [paragraph("主席先生，我们欢迎这份关于可持续发展的报告，并愿与各国一道推进2030年议程。")],
  },
  traditional: {
    title: "代表團的發言",
    delegation: "代表團",
    language: "zh-Hant",
    body: [paragraph("主席先生，我們歡迎這份關於永續發展的報告。")],
  },
  korean: {
    title: "대한민국 대표단 발언",
    delegation: "대한민국",
    language: "ko",
    body: [paragraph("의장님, 우리 대표단은 2030 의제의 이행을 지지합니다.")],
  },
  russian: {
    title: "Выступление делегации",
    delegation: "Российская Федерация",
    language: "ru",
    body: [paragraph("Господин Председатель, мы приветствуем доклад Генерального секретаря.")],
  },
  mixed: {
    title: "Statement on cultural heritage",
    delegation: "Japan",
    language: "en",
    body: [
      {
        type: "paragraph",
        role: "body",
        runs: [
          { text: "We thank Ambassador " },
          { text: "عبد الله" },
          { text: " for quoting " },
          { text: "己所不欲，勿施于人", lang: "zh-Hans" },
          { text: " in his remarks." },
        ],
      },
    ],
  },
} satisfies Record<string, Statement>;

const documents = Object.fromEntries(
  Object.entries(statements).map(([name, statement]) => [name, statementToDocument(statement).document]),
) as Record<keyof typeof statements, Document>;

const rendered = new Map<string, Record<string, string>>();
const bytesOf = new Map<string, Uint8Array>();

beforeAll(async () => {
  for (const [name, document] of Object.entries(documents)) {
    const bytes = await renderDocx(document);
    bytesOf.set(name, bytes);
    rendered.set(name, readParts(bytes));
  }
});

const part = (name: string, path: string): string => rendered.get(name)?.[path] ?? "";

/** Every run of the body with text: its text, w:lang attributes and whether it is w:rtl. */
function runs(name: string) {
  return elementsNamed(part(name, "word/document.xml"), "w:r")
    .map((run) => {
      const lang = elementsNamed(run, "w:lang")[0] ?? "";
      return {
        text: xmlText(run),
        val: attribute(lang, "w:val"),
        eastAsia: attribute(lang, "w:eastAsia"),
        bidi: attribute(lang, "w:bidi"),
        rtl: /<w:rtl\/>/.test(run),
        hint: attribute(elementsNamed(run, "w:rFonts")[0] ?? "", "w:hint"),
      };
    })
    .filter((run) => run.text.length > 0);
}

const runWith = (name: string, text: string) => {
  const found = runs(name).filter((run) => run.text.includes(text));
  expect(found, `one run holds "${text}"`).toHaveLength(1);
  return found[0];
};

const arabicLetter = /\p{Script=Arabic}/u;

/** The document defaults: `w:lang` and `w:rFonts` of rPrDefault, and whether pPrDefault is w:bidi. */
function defaults(name: string) {
  const docDefaults = elementsNamed(part(name, "word/styles.xml"), "w:docDefaults")[0] ?? "";
  const lang = elementsNamed(docDefaults, "w:lang")[0] ?? "";
  const fonts = elementsNamed(docDefaults, "w:rFonts")[0] ?? "";
  return {
    lang: {
      val: attribute(lang, "w:val"),
      eastAsia: attribute(lang, "w:eastAsia"),
      bidi: attribute(lang, "w:bidi"),
    },
    fonts: {
      cs: attribute(fonts, "w:cs"),
      eastAsia: attribute(fonts, "w:eastAsia"),
      ascii: attribute(fonts, "w:ascii"),
    },
    bidi: /<w:pPrDefault><w:pPr><w:bidi\/>/.test(docDefaults),
  };
}

/** The Word paragraph styles of the theme's styles (not docx's built-in extras), by Word style id. */
function themeStyles(name: string): Map<string, string> {
  const ids = new Set(Object.keys(documents[name as keyof typeof documents].styles).map(wordStyleId));
  const styles = new Map<string, string>();
  for (const style of elementsNamed(part(name, "word/styles.xml"), "w:style")) {
    const id = attribute(style, "w:styleId") ?? "";
    if (attribute(style, "w:type") === "paragraph" && ids.has(id)) styles.set(id, style);
  }
  expect(styles.size).toBe(ids.size);
  return styles;
}

describe("Word runs carry their language and direction", () => {
  it("Arabic: Arabic runs are w:rtl with w:bidi ar-SA, the English name is en-US, the year stays in its Arabic run", () => {
    const arabicRuns = runs("arabic").filter((run) => arabicLetter.test(run.text));
    expect(arabicRuns.length).toBeGreaterThan(4);
    for (const run of arabicRuns)
      expect(run, run.text).toMatchObject({ rtl: true, val: "ar-SA", bidi: "ar-SA" });
    expect(runWith("arabic", "Antonio Guterres")).toMatchObject({
      rtl: false,
      val: "en-US",
      bidi: undefined,
    });
    expect(runWith("arabic", "2025")?.text).toContain("لعام 2025، ونؤكد");
    // w:rtl is on Arabic runs only: no Latin-script run carries it.
    for (const run of runs("arabic").filter((r) => /[A-Za-z]/.test(r.text)))
      expect(run.rtl, run.text).toBe(false);
  });

  it("Chinese: Han runs are w:eastAsia zh-CN (Simplified) or zh-TW (Traditional) with the East Asian hint", () => {
    expect(runWith("simplified", "主席先生")).toMatchObject({
      val: "zh-CN",
      eastAsia: "zh-CN",
      hint: "eastAsia",
      rtl: false,
    });
    // Digits between Han characters stay in the Chinese run.
    expect(runWith("simplified", "2030")?.text).toContain("推进2030年议程");
    expect(runWith("traditional", "主席先生")).toMatchObject({
      val: "zh-TW",
      eastAsia: "zh-TW",
      hint: "eastAsia",
    });
    expect(runs("simplified").some((run) => run.val === "ja-JP" || run.eastAsia === "ja-JP")).toBe(false);
  });

  it("Korean runs are ko-KR, Russian runs ru-RU", () => {
    expect(runWith("korean", "의장님")).toMatchObject({ val: "ko-KR", eastAsia: "ko-KR", hint: "eastAsia" });
    expect(runWith("russian", "Господин Председатель")).toMatchObject({ val: "ru-RU", eastAsia: undefined });
    expect(runs("russian").every((run) => !run.rtl && run.bidi === undefined)).toBe(true);
  });

  it("English with an Arabic name and a Chinese quotation: each in its own run and language", () => {
    expect(runWith("mixed", "We thank Ambassador")).toMatchObject({ val: "en-US", rtl: false });
    expect(runWith("mixed", "عبد الله")).toMatchObject({ val: "ar-SA", bidi: "ar-SA", rtl: true });
    expect(runWith("mixed", "己所不欲")).toMatchObject({ val: "zh-CN", eastAsia: "zh-CN", rtl: false });
    expect(
      runs("mixed")
        .filter((run) => run.rtl)
        .map((run) => run.text),
    ).toEqual(["عبد الله "]);
    // A left-to-right document: no paragraph, style or table is right to left.
    expect(part("mixed", "word/document.xml")).not.toMatch(/<w:bidi\/>|<w:bidiVisual\/>/);
    expect(part("mixed", "word/styles.xml")).not.toContain("<w:bidi/>");
  });
});

describe("An Arabic document is right to left", () => {
  it("every theme paragraph style is w:bidi, aligned by start and end rather than left and right", () => {
    const styles = themeStyles("arabic");
    expect(styles.has("Body")).toBe(true);
    expect(styles.has("Title")).toBe(true);
    for (const [id, style] of styles) {
      expect(style, id).toContain("<w:bidi/>");
      expect(style, id).not.toMatch(/<w:jc w:val="(left|right)"\/>/);
    }
    expect(styles.get("Salutation")).toContain('<w:jc w:val="start"/>');
    expect(defaults("arabic").bidi).toBe(true);
    expect(defaults("simplified").bidi).toBe(false);
  });

  it("the metadata table is w:bidiVisual (labels on the right), and core properties say ar-SA", () => {
    const tables = elementsNamed(part("arabic", "word/document.xml"), "w:tbl");
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table).toContain("<w:bidiVisual/>");
    expect(part("arabic", "docProps/core.xml")).toContain("<dc:language>ar-SA</dc:language>");
    expect(part("simplified", "docProps/core.xml")).toContain("<dc:language>zh-CN</dc:language>");
    expect(part("traditional", "docProps/core.xml")).toContain("<dc:language>zh-TW</dc:language>");
  });
});

describe("Document defaults: language slots and fonts", () => {
  it.each([
    ["arabic", { val: "ar-SA", eastAsia: "ja-JP", bidi: "ar-SA" }],
    ["simplified", { val: "zh-CN", eastAsia: "zh-CN", bidi: undefined }],
    ["traditional", { val: "zh-TW", eastAsia: "zh-TW", bidi: undefined }],
    ["korean", { val: "ko-KR", eastAsia: "ko-KR", bidi: undefined }],
    ["russian", { val: "ru-RU", eastAsia: "ja-JP", bidi: undefined }],
    ["mixed", { val: "en-US", eastAsia: "ja-JP", bidi: undefined }],
  ] as const)("%s: w:lang %o", (name, lang) => {
    expect(defaults(name).lang).toEqual(lang);
  });

  it.each(Object.keys(statements))(
    "%s: rFonts cs is the complex-script name (else the Latin one), eastAsia the theme's",
    (name) => {
      const document = documents[name as keyof typeof documents];
      const family = document.fonts[document.styles.body?.font ?? ""];
      expect(family).toBeDefined();
      expect(defaults(name).fonts).toEqual({
        ascii: family?.names.latin,
        cs: family?.names.complex ?? family?.names.latin,
        eastAsia: family?.names.eastAsia,
      });
    },
  );
});

describe("--embed-fonts with Arabic text", () => {
  /** The embedded regular face of a font name, read back with fontkit (un-obfuscated). */
  function embeddedRegular(bytes: Uint8Array, name: string): fontkit.Font | undefined {
    const files = unzipSync(bytes);
    const parts = readParts(bytes);
    const entry = elementsNamed(parts["word/fontTable.xml"] ?? "", "w:font").find(
      (font) => attribute(font, "w:name") === name,
    );
    const match = /<w:embedRegular r:id="([^"]+)" w:fontKey="\{([^}]+)\}"/.exec(entry ?? "");
    if (!match?.[1] || !match[2]) return undefined;
    const target = new RegExp(`Id="${match[1]}"[^>]*Target="([^"]+)"`).exec(
      parts["word/_rels/fontTable.xml.rels"] ?? "",
    )?.[1];
    const data = files[`word/${target}`];
    return data && (fontkit.create(Buffer.from(obfuscateFont(data, match[2]))) as fontkit.Font);
  }

  it("embeds the complex-script face with the joining forms its substitutions reach, and only where there is such text", async () => {
    const arabic = documents.arabic;
    const complex = arabic.fonts[arabic.styles.body?.font ?? ""]?.names.complex;
    expect(complex, "the theme names a complex-script font").toBeDefined();
    const font = embeddedRegular(await renderDocx(arabic, { embedFonts: true }), complex ?? "");
    expect(font, `${complex} is embedded`).toBeDefined();
    // Shaped, the word's letters take their initial, medial and final forms: glyphs no
    // character maps to, which a subset without layout closure leaves out.
    const word = "المتحدة";
    const shaped = font?.layout(word).glyphs.map((glyph) => glyph.id) ?? [];
    const isolated = Array.from(word, (char) => font?.glyphForCodePoint(char.codePointAt(0) ?? 0).id);
    expect(shaped).not.toContain(0);
    expect(shaped.filter((id) => !isolated.includes(id)).length).toBeGreaterThan(2);
    // A document without complex-script text does not carry that face.
    const russian = readParts(await renderDocx(documents.russian, { embedFonts: true }));
    expect(russian["word/fontTable.xml"]).not.toContain(`w:name="${complex}"`);
  });
});

const versions: OfficeVersion[] = ["Office2007", "Microsoft365"];
const described = (errors: ValidationResult[]) =>
  errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.id}: ${e.description}`).join("\n");

describe("valid OOXML (Open XML SDK validator)", () => {
  it.each(Object.keys(statements))("%s", async (name) => {
    for (const version of versions) {
      const errors = await validate(bytesOf.get(name) as Uint8Array, "docx", version);
      expect(described(errors), version).toBe("");
    }
  });
});

// LibreOffice lays the files out with only the fonts they carry (--embed-fonts): this machine has
// no Arabic or Chinese font. It needs the theme to have font files for the names the styles ask
// for (Amiri, Noto Serif SC); until the theme has them, that part is skipped and says so.
const pdftotext = spawnSync("pdftotext", ["-v"], { encoding: "utf8" }).status === 0;

/** True when the theme has a font family whose Latin name is each name Word asks for in this script. */
function themeHasFontsFor(document: Document, slot: "complex" | "eastAsia"): boolean {
  const family = document.fonts[document.styles.body?.font ?? ""];
  const name = slot === "complex" ? family?.names.complex : family?.names.eastAsia;
  return (
    name !== undefined && Object.values(document.fonts).some((candidate) => candidate.names.latin === name)
  );
}

const layoutCases = [
  { name: "arabic", ready: themeHasFontsFor(documents.arabic, "complex"), missing: "an Arabic font (Amiri)" },
  {
    name: "simplified",
    // Noto Serif JP lacks many Simplified-only characters: the Word name must be Noto Serif SC.
    ready:
      themeHasFontsFor(documents.simplified, "eastAsia") &&
      /SC/.test(
        documents.simplified.fonts[documents.simplified.styles.body?.font ?? ""]?.names.eastAsia ?? "",
      ),
    missing: "Noto Serif SC as the East Asian Word font of a Simplified Chinese document",
  },
];

/** Letters and digits only: pdftotext puts the punctuation at a change of direction where its layout has it, and extracts LibreOffice's kashida (justification) as commas. */
const lettersAndDigits = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, "");

describe.skipIf(!hasSoffice || !pdftotext)("LibreOffice sets the text in logical order", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "briefing-docx-lang-"));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const pdfs = new Map<string, Promise<string>>();
  /** The file of a Document, fonts embedded, converted to PDF by LibreOffice (once). */
  function pdfOf(name: keyof typeof documents): Promise<string> {
    let pdf = pdfs.get(name);
    if (pdf === undefined) {
      pdf = renderDocx(documents[name], { embedFonts: true }).then((bytes) => convert(name, bytes));
      pdfs.set(name, pdf);
    }
    return pdf;
  }

  function convert(name: string, bytes: Uint8Array): string {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    mkdirSync(join(dir, "fc-cache"), { recursive: true });
    // The machine's fonts only (no Arabic or CJK font): the glyphs come from the file.
    const conf = join(dir, "fonts.conf");
    writeFileSync(
      conf,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><cachedir>${join(dir, "fc-cache")}</cachedir></fontconfig>`,
    );
    convertWithLibreOffice(dir, [path], { fontsConf: conf });
    return join(dir, `${name}.pdf`);
  }

  for (const { name, ready, missing } of layoutCases) {
    it.skipIf(!ready)(
      `${name}${ready ? "" : ` (SKIPPED until the theme gives ${missing})`}: every paragraph's letters in order, set with the embedded faces`,
      async () => {
        const document = documents[name as keyof typeof documents];
        const pdf = await pdfOf(name as keyof typeof documents);
        const text = lettersAndDigits(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }));
        for (const block of statements[name as keyof typeof statements].body) {
          const items = block.type === "list" ? block.items : [block.runs];
          for (const item of items)
            expect(text).toContain(lettersAndDigits(item.map((run) => run.text).join("")));
        }
        const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
        const family = document.fonts[document.styles.body?.font ?? ""];
        const face = (name === "arabic" ? family?.names.complex : family?.names.eastAsia) ?? "";
        expect(fonts).toContain(face.replace(/\s+/g, ""));
      },
    );
  }

  it.skipIf(!layoutCases[0]?.ready)(
    `arabic${layoutCases[0]?.ready ? "" : " (SKIPPED: the theme has no Arabic font files yet)"}: the salutation ends at the right margin, the first table column is on the right`,
    async () => {
      const document = documents.arabic;
      const pdf = await pdfOf("arabic");
      const loaded = await getDocument({ data: new Uint8Array(readFileSync(pdf)), useSystemFonts: false })
        .promise;
      const page = await loaded.getPage(1);
      const items = (await page.getTextContent()).items.flatMap((item) =>
        "str" in item && item.str.trim().length > 0
          ? [{ text: item.str, x: item.transform[4] as number, width: item.width }]
          : [],
      );
      const rightMargin = document.page.width - document.page.margins.right;
      const salutation = items.filter((item) => item.text.includes("الرئيس"));
      expect(salutation.length).toBeGreaterThan(0);
      for (const item of salutation) expect(Math.abs(item.x + item.width - rightMargin)).toBeLessThan(4);
      const delegation = items.find((item) => item.text.includes("الأردن"));
      const label = items.find((item) => item.x > (delegation?.x ?? 0) + (delegation?.width ?? 0));
      expect(label, "a label right of the delegation's value").toBeDefined();
    },
  );
});

if (!hasSoffice || !pdftotext) {
  describe("LibreOffice check", () => {
    it.skip("skipped: `soffice` or `pdftotext` is not on PATH", () => {});
  });
}
