// Right-to-left and complex scripts in the PDF: Arabic shaped, ordered by the bidi algorithm and
// right-aligned, read back in logical order by pdfjs; Thai and Chinese line breaking.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Block, Document, ResolvedFontFamily } from "@briefing/core";
import { renderPdf } from "@briefing/pdf";
import * as fontkit from "fontkit";
import { describe, expect, test, vi } from "vitest";
import { normalizeText, type PdfTextItem, readPdf, structureRoles } from "./support/pdf-text.js";
import { heading, paragraph, sampleDocument, sampleFonts } from "./support/sample-document.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const hasPdftoppm = spawnSync("pdftoppm", ["-v"]).status === 0;
const fromCore = createRequire(createRequire(import.meta.url).resolve("@briefing/core"));
const fontFile = (path: string) => fromCore.resolve(path);
const AMIRI = fontFile("@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf");
const THAI = fontFile("@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf");
const SC = fontFile("@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf");
const HEBREW = fontFile("@expo-google-fonts/noto-serif-hebrew/400Regular/NotoSerifHebrew_400Regular.ttf");

const single = (file: string, name: string): ResolvedFontFamily => ({
  files: { regular: file, bold: file, italic: file, boldItalic: file },
  names: { latin: name, eastAsia: name },
  fallback: [],
});

/** The sample fonts with Arabic, Thai and Simplified Chinese families after the Latin one. */
function fonts(): Record<string, ResolvedFontFamily> {
  const base = sampleFonts();
  const serif = base.serif as ResolvedFontFamily;
  return {
    ...base,
    serif: { ...serif, fallback: ["arabic", "hebrew", "thai", "serif-sc", ...serif.fallback] },
    arabic: single(AMIRI, "Amiri"),
    hebrew: single(HEBREW, "Noto Serif Hebrew"),
    thai: single(THAI, "Noto Sans Thai"),
    "serif-sc": single(SC, "Noto Serif SC"),
  };
}

function documentOf(blocks: Block[], language: string): Document {
  const document = sampleDocument(blocks, { fonts: fonts() });
  document.meta = { ...document.meta, language, title: "بيان" };
  document.page = { ...document.page, header: [], footer: [] };
  return document;
}

const ARABIC = [
  "السيد الرئيس، يسرني أن أتحدث أمام الجمعية العامة للأمم المتحدة (UN) باسم وفد اليابان في عام 2021، وأن أشكر السيدة Ghada Waly على قيادتها للمكتب المعني بالمخدرات والجريمة.",
  "لا يمكن لأي دولة أن تكافح الاتجار بالأشخاص وحدها، ولذلك نؤيد خطة العمل العالمية (التي اعتمدت في عام 2010) وندعو جميع الدول الأعضاء إلى تنفيذها تنفيذا كاملا وفعالا.",
  "وختاما، تؤكد اليابان من جديد التزامها بالعمل مع الشركاء من أجل حماية الضحايا، ولا سيما النساء والأطفال، ومحاسبة المسؤولين عن هذه الجرائم.",
];

const ENGLISH_WITH_ARABIC =
  "The head of delegation, محمد عبد الله, said on 23 November 2021 that the Global Plan of Action (2010) remains the basis of our cooperation.";

/** Warnings of the renders so far (a character no face has: a .notdef box). */
const warnings: string[] = [];

async function render(document: Document): Promise<Uint8Array> {
  return renderPdf(document, { file: "bidi.json", onWarning: (warning) => warnings.push(warning.message) });
}

/** Content items grouped into lines by baseline, top down, each line's items in stream order. */
function lines(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const byBaseline = new Map<number, PdfTextItem[]>();
  for (const item of items) {
    if (item.artifact || item.text.trim() === "") continue;
    const key = Math.round(item.y);
    byBaseline.set(key, [...(byBaseline.get(key) ?? []), item]);
  }
  return [...byBaseline.entries()].sort(([a], [b]) => b - a).map(([, line]) => line);
}

/** The characters of `text` but white space. */
function glyphCount(text: string): number {
  return Array.from(text.replace(/\s/gu, "")).length;
}

describe("Arabic in a right-to-left document", async () => {
  const document = documentOf(
    ARABIC.map((text) => paragraph("body", text)),
    "ar",
  );
  const bytes = await render(document);
  const read = await readPdf(bytes);
  const page = read.pages[0];

  test("reads back in logical order, paragraph by paragraph", () => {
    // pdf.js reads the text of one font as one item, in logical order by its own bidi pass; the
    // English in Noto Serif is an item of its own, and pdf.js drops a space at the end of an
    // item that a jump back to the left follows: so compare without white space.
    const bare = (text: string) => text.replace(/\s+/gu, "");
    let rest = bare(read.content);
    for (const source of ARABIC) {
      expect(rest.slice(0, bare(source).length)).toBe(bare(source));
      rest = rest.slice(bare(source).length);
    }
    expect(rest).toBe("");
  });

  test("a paragraph all in the Arabic face (digits and brackets too) reads back with its spaces", () => {
    const content = normalizeText(read.content);
    for (const source of ARABIC.slice(1)) expect(content).toContain(normalizeText(source));
  });

  test("lines are right-aligned (justified lines fill it, last lines end at the right margin)", () => {
    const right = document.page.width - document.page.margins.right;
    const left = document.page.margins.left;
    const all = lines(page?.items ?? []);
    expect(all.length).toBeGreaterThan(ARABIC.length);
    for (const line of all) {
      const end = Math.max(...line.map((item) => item.x + item.width));
      const start = Math.min(...line.map((item) => item.x));
      expect(end, line.map((item) => item.text).join("|")).toBeCloseTo(right, 0);
      expect(start).toBeGreaterThanOrEqual(left - 1);
    }
    // Some line is a last line, shorter than the measure: it starts well right of the margin.
    expect(all.some((line) => Math.min(...line.map((item) => item.x)) > left + 50)).toBe(true);
  });

  test("no glyph is missing: no warning, no .notdef, every character of the source read back", () => {
    expect(warnings).toEqual([]);
    // pdfkit maps CID 0 (.notdef) to U+0000.
    expect(read.content.includes("\u0000") || read.content.includes("\ufffd")).toBe(false);
    expect(glyphCount(read.content)).toBe(glyphCount(ARABIC.join("")));
  });

  test("the document's language is Arabic; the paragraphs are P elements", async () => {
    const { roles } = await structureRoles(read);
    expect(roles).toContain("P");
    const catalog = Buffer.from(bytes).toString("latin1");
    expect(catalog).toMatch(/\/Lang \(ar\)/u);
  });

  // poppler-utils is an optional reader, as LibreOffice is: without pdftoppm the look is skipped.
  test.skipIf(!hasPdftoppm)("page 1 renders joined, right-to-left Arabic (PNG for a look)", () => {
    const dir = mkdtempSync(join(tmpdir(), "bidi-"));
    writeFileSync(join(dir, "arabic.pdf"), bytes);
    execFileSync("pdftoppm", [
      "-r",
      "70",
      "-png",
      "-f",
      "1",
      "-l",
      "1",
      join(dir, "arabic.pdf"),
      join(dir, "page"),
    ]);
    const png = readFileSync(join(dir, "page-1.png"));
    writeFileSync("/tmp/bidi-arabic.png", png);
    expect(png.length).toBeGreaterThan(1000);
  });
});

describe("a glyph the font inserts with no character of its own", async () => {
  // Amiri's required ligatures put a connecting stroke between kaf and lam (المملكة): a glyph
  // with no character, which must not read back as a character of its own.
  const source = "بيان وفد المملكة الأردنية الهاشمية أمام مجلس الأمن";
  const read = await readPdf(await render(documentOf([paragraph("body", source)], "ar")));

  test("the word reads back whole", () => {
    expect(normalizeText(read.content)).toBe(normalizeText(source));
  });
});

describe("shaping", () => {
  const amiri = fontkit.openSync(AMIRI) as fontkit.Font;
  test("lam-alef: fontkit gives the ligature forms, not the isolated letters", () => {
    const run = amiri.layout("لا");
    const isolated = [0x644, 0x627].map((codePoint) => amiri.glyphForCodePoint(codePoint).id);
    expect(run.glyphs.map((glyph) => glyph.id).some((id) => isolated.includes(id))).toBe(false);
  });
});

describe("English with an Arabic name", async () => {
  const bytes = await render(documentOf([paragraph("body", ENGLISH_WITH_ARABIC)], "en"));
  const read = await readPdf(bytes);

  test("reads back in logical order", () => {
    expect(normalizeText(read.content)).toBe(normalizeText(ENGLISH_WITH_ARABIC));
  });

  test("the Arabic name is a Span with Lang ar", async () => {
    const { roles, langs } = await structureRoles(read);
    expect(roles).toContain("Span");
    expect(langs).toContain("ar");
  });
});

describe("Hebrew", async () => {
  const HEBREW_TEXT =
    "ישראל מברכת את הנשיא (UN) על כינוס הישיבה בשנת 2021, ותומכת בתוכנית הפעולה העולמית נגד סחר בבני אדם ובהגנה על הקורבנות.";
  const document = documentOf([paragraph("body", HEBREW_TEXT)], "he");
  const read = await readPdf(await render(document));

  test("reads back in logical order, right-aligned", () => {
    const bare = (text: string) => text.replace(/\s+/gu, "");
    expect(bare(read.content)).toBe(bare(HEBREW_TEXT));
    const right = document.page.width - document.page.margins.right;
    for (const line of lines(read.pages[0]?.items ?? []))
      expect(Math.max(...line.map((item) => item.x + item.width))).toBeCloseTo(right, 0);
  });
});

describe("a list in a right-to-left document", async () => {
  const items = ["البند الأول من القائمة", "البند الثاني من القائمة"];
  const list: Block = {
    kind: "list",
    style: "list",
    ordered: true,
    items: items.map((item) => [{ kind: "text", text: item }]),
  };
  const document = documentOf([list], "ar");
  const read = await readPdf(await render(document));

  test("numbers stand at the right, the text to their left, read in order", () => {
    const right = document.page.width - document.page.margins.right;
    const all = lines(read.pages[0]?.items ?? []);
    expect(all).toHaveLength(2);
    all.forEach((line, i) => {
      const arabic = (item: PdfTextItem) => /\p{Script=Arabic}/u.test(item.text);
      const body = line.filter(arabic);
      const label = line.filter((item) => !arabic(item));
      // "1." in a right-to-left line reads ".1" from the left, as in Word: the number, then the dot.
      expect(label.map((item) => item.text.trim()).join("")).toBe(`${i + 1}.`);
      expect(Math.max(...label.map((item) => item.x + item.width))).toBeGreaterThan(right - 20);
      expect(Math.max(...body.map((item) => item.x + item.width))).toBeLessThan(
        Math.min(...label.map((item) => item.x)),
      );
      expect(body.map((item) => item.text).join("")).toBe(items[i]);
    });
  });
});

describe("a table of contents in a right-to-left document", async () => {
  const titles = ["مقدمة", "التعاون الدولي"];
  const document = documentOf(
    [
      {
        kind: "toc",
        style: "toc-1",
        depth: 1,
        entries: titles.map((text, i) => ({ level: 1, text, target: `h${i}` })),
      },
      ...titles.flatMap((title, i) => [heading(1, `h${i}`, title), paragraph("body", ARABIC[i] as string)]),
    ],
    "ar",
  );
  const read = await readPdf(await render(document));

  test("entries end at the right margin, page numbers stand at the left, leaders between", () => {
    const left = document.page.margins.left;
    const right = document.page.width - document.page.margins.right;
    const items = read.pages[0]?.items ?? [];
    for (const title of titles) {
      const entry = items.find((item) => item.text === title && !item.artifact) as PdfTextItem;
      expect(entry.x + entry.width, title).toBeCloseTo(right, 0);
      const row = items.filter((item) => Math.abs(item.y - entry.y) < 1);
      const number = row.find((item) => item.text === "1") as PdfTextItem;
      expect(number.x).toBeCloseTo(left, 0);
      const leaders = row.filter((item) => item.artifact && item.text.includes("."));
      expect(leaders.length).toBeGreaterThan(0);
      for (const leader of leaders) {
        expect(leader.x).toBeGreaterThan(number.x + number.width);
        expect(leader.x + leader.width).toBeLessThan(entry.x);
      }
    }
  });
});

// No ำ (sara am): the Thai face decomposes it into two glyphs that both read back as text, a
// font matter (fonts/*), not one of line breaking.
const THAI_TEXT =
  "ประเทศไทยขอขอบคุณประธานที่จัดการประชุมครั้งนี้และขอยืนยันความมุ่งมั่นในการปฏิบัติตามแผนปฏิบัติการระดับโลกเพื่อต่อต้านการค้ามนุษย์อย่างเต็มที่และมีประสิทธิภาพ รวมถึงผ่านความร่วมมือระหว่างประเทศและการให้ความช่วยเหลือแก่รัฐที่ได้รับผลกระทบจากอาชญากรรมนี้";

describe("Thai", async () => {
  const document = documentOf([paragraph("body", THAI_TEXT)], "th");
  const read = await readPdf(await render(document));

  test("a paragraph longer than a line breaks only at word boundaries (Intl.Segmenter)", () => {
    const boundaries = new Set(
      Array.from(new Intl.Segmenter("th", { granularity: "word" }).segment(THAI_TEXT), (s) => s.index),
    );
    // pdf.js adds spaces where Thai marks sit apart from their letters: compare without any.
    const bare = (text: string) => text.replace(/\s+/gu, "");
    const sourceIndex: number[] = [];
    Array.from(THAI_TEXT).reduce((at, char) => {
      if (!/\s/u.test(char)) sourceIndex.push(at);
      return at + char.length;
    }, 0);
    const texts = lines(read.pages[0]?.items ?? []).map((line) =>
      bare(line.map((item) => item.text).join("")),
    );
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts.join("")).toBe(bare(THAI_TEXT));
    let at = 0;
    let inside = 0;
    for (const text of texts.slice(0, -1)) {
      at += text.length;
      // The line ends after the source character before bare position `at`.
      const end = (sourceIndex[at - 1] as number) + 1;
      const space = /\s/u.test(THAI_TEXT[end] ?? "");
      expect(boundaries.has(end) || space, `${text} | ${THAI_TEXT.slice(end)}`).toBe(true);
      if (!space) inside++;
    }
    // Not only at the one space: lines end inside the run of Thai without spaces.
    expect(inside).toBeGreaterThan(1);
  });
});

const CHINESE =
  "主席先生，中国代表团欢迎召开本次会议，并感谢秘书长的报告。我们支持《全球行动计划》，愿同各方一道，加强国际合作，保护受害者，特别是妇女和儿童。我们呼吁各国（包括来源国、过境国和目的地国）履行义务，打击人口贩运犯罪。";

describe("Chinese", async () => {
  test("no line starts with ，。、）》 or ends with （《, at widths from 150 to 360 pt", async () => {
    let breaks = 0;
    for (let width = 150; width <= 360; width += 15) {
      const document = documentOf([paragraph("body", CHINESE)], "zh-Hans");
      document.page.margins = { ...document.page.margins, right: document.page.width - 72 - width };
      const read = await readPdf(await render(document));
      // pdf.js reads justified Chinese (spaced characters) with spaces: normalizeText drops them.
      const texts = lines(read.pages[0]?.items ?? []).map((line) =>
        normalizeText(line.map((item) => item.text).join("")),
      );
      expect(texts.join(""), `${width}`).toBe(CHINESE);
      for (const text of texts) {
        expect("，。、；：？！）》」".includes(text[0] ?? ""), `${width}: ${text}`).toBe(false);
        expect("（《「".includes(text.at(-1) ?? ""), `${width}: ${text}`).toBe(false);
      }
      breaks += texts.length - 1;
    }
    expect(breaks).toBeGreaterThan(40);
  });
});
