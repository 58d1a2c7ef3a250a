// Issue 13: every UN official language (and Japanese, Korean, Hebrew, Hindi, Thai, symbols) is set
// in a face that has its glyphs. Read back with pdfjs-dist (fonts per text item, glyph codes) and
// poppler's pdffonts; no box (.notdef, glyph 0 of every subset) may be drawn.
import { execFileSync } from "node:child_process";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Block, Document, Inline, Warning } from "@briefing/core";
import { describe, expect, test, vi } from "vitest";
import { defaultFontFamilies } from "../packages/core/src/theme/default-fonts.js";
import { resolveFontFamilies } from "../packages/core/src/theme/resolve-fonts.js";
import { boxesDrawn, readPdf } from "./support/pdf-text.js";
import { paragraph, sampleDocument, sampleFonts, text } from "./support/sample-document.js";

// The CJK fonts are 10–15 MB each: parsing them takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const coreDir = dirname(fileURLToPath(new URL("../packages/core/package.json", import.meta.url)));
/** The default families, resolved as every theme has them. */
const defaultFonts = () => resolveFontFamilies(defaultFontFamilies, coreDir);

// Loaded afresh per call, so the font cache starts empty: what a render parses can be told.
async function freshRenderer() {
  vi.resetModules();
  const { renderPdf } = await import("../packages/pdf/src/render-pdf.js");
  const { loadedFontPaths } = await import("../packages/pdf/src/fonts/font-cache.js");
  return { renderPdf, loadedFontPaths };
}

const { renderPdf } = await import("../packages/pdf/src/render-pdf.js");

function documentIn(language: string, blocks: Block[], fonts = defaultFonts()): Document {
  const document = sampleDocument(blocks, { fonts });
  document.meta.language = language;
  return document;
}

async function render(document: Document, render = renderPdf) {
  const warnings: Warning[] = [];
  const bytes = await render(document, { onWarning: (warning: Warning) => warnings.push(warning) });
  return { bytes, warnings };
}

/** The fonts of the text items holding any character of `chars`, e.g. { "NotoSerifSC-Regular" }. */
async function fontsOf(bytes: Uint8Array, chars: RegExp): Promise<Set<string>> {
  const read = await readPdf(bytes);
  const fonts = new Set<string>();
  for (const page of read.pages)
    for (const item of page.items) if (chars.test(item.text)) fonts.add(item.font);
  return fonts;
}

const hasPdffonts = (() => {
  try {
    execFileSync("pdffonts", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasPdffonts)
  console.log("pdffonts (poppler-utils) is not installed: the embedded-font list checks are skipped");

/** The base font names poppler lists as embedded, subset tags dropped. */
function embeddedFonts(bytes: Uint8Array): string[] {
  const listing = execFileSync("pdffonts", ["-"], { input: Buffer.from(bytes) }).toString();
  return listing
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, "") ?? "")
    .filter(Boolean);
}

const HAN = /\p{Script=Han}/u;

interface ScriptCase {
  name: string;
  language: string;
  inlines: Inline[];
  /** The characters whose items are checked, and the font (prefix) they must be set in. */
  chars: RegExp;
  font: string;
}

const cases: ScriptCase[] = [
  {
    name: "Simplified Chinese",
    language: "zh-Hans",
    // 际 护 这 简 说 们 are not in Noto Serif JP: they were boxes before.
    inlines: [text("际护这简说们。我们支持加强国际合作，保护儿童的权利，这是简单的说明。")],
    chars: HAN,
    font: "NotoSerifSC-",
  },
  {
    name: "Traditional Chinese",
    language: "zh-Hant",
    inlines: [text("我們支持加強國際合作，保護兒童的權利，這是簡單的說明。")],
    chars: HAN,
    font: "NotoSerifTC-",
  },
  {
    name: "Korean (Hangul and Hanja)",
    language: "ko",
    inlines: [text("대한민국 정부는 國際 협력을 지지합니다.")],
    chars: /[\p{Script=Hangul}\p{Script=Han}]/u,
    font: "NotoSerifKR-",
  },
  {
    name: "Hebrew",
    language: "he",
    inlines: [text("אנו תומכים בשיתוף הפעולה הבינלאומי.")],
    chars: /\p{Script=Hebrew}/u,
    font: "NotoSerifHebrew-",
  },
  {
    name: "Arabic",
    language: "ar",
    inlines: [text("نحن ندعم التعاون الدولي.")],
    chars: /\p{Script=Arabic}/u,
    font: "Amiri-",
  },
  {
    name: "Devanagari",
    language: "hi",
    inlines: [text("हम अंतरराष्ट्रीय सहयोग का समर्थन करते हैं।")],
    chars: /\p{Script=Devanagari}/u,
    font: "NotoSerifDevanagari-",
  },
  {
    name: "Thai",
    language: "th",
    inlines: [text("เราสนับสนุนความร่วมมือระหว่างประเทศ")],
    chars: /\p{Script=Thai}/u,
    font: "NotoSansThai-",
  },
  {
    name: "Russian",
    language: "ru",
    inlines: [text("Мы поддерживаем международное сотрудничество.")],
    chars: /\p{Script=Cyrillic}/u,
    font: "NotoSerif-",
  },
  {
    name: "Japanese",
    language: "ja",
    inlines: [text("人身取引は重大な人権侵害であり、国際協力が不可欠です。")],
    chars: /[\p{Script=Han}\p{Script=Hiragana}]/u,
    font: "NotoSerifJP-",
  },
];

describe("each script in a face that has it", () => {
  test.each(cases)("$name", async ({ language, inlines, chars, font }) => {
    const { bytes, warnings } = await render(
      documentIn(language, [paragraph("body", ...inlines), paragraph("heading-1", ...inlines)]),
    );
    expect(warnings).toEqual([]);
    const fonts = await fontsOf(bytes, chars);
    expect(fonts.size, "no item holds the script's characters").toBeGreaterThan(0);
    for (const name of fonts) expect(name.startsWith(font), `${name} for ${language}`).toBe(true);
    expect(await boxesDrawn(bytes)).toEqual([]);
  });

  test("Chinese Han is never set in, nor even embeds, the Japanese face", async () => {
    const { bytes } = await render(
      documentIn("zh-Hans", [paragraph("body", "我们支持国际合作：2025年的说明（第3段）。UN 80")]),
    );
    const fonts = await fontsOf(bytes, /./u);
    expect([...fonts].filter((name) => name.startsWith("NotoSerifJP"))).toEqual([]);
    if (hasPdffonts) {
      const embedded = embeddedFonts(bytes);
      expect(embedded.some((name) => name.startsWith("NotoSerifSC"))).toBe(true);
      expect(embedded.filter((name) => name.startsWith("NotoSerifJP"))).toEqual([]);
    }
  });

  test("Han tagged zh-Hans in an English document is Chinese; untagged Han there is Japanese", async () => {
    const { bytes, warnings } = await render(
      documentIn("en", [
        paragraph(
          "body",
          "The motto reads ",
          text("国际合作", { lang: "zh-Hans" }),
          " and ",
          text("国際協力"),
          ".",
        ),
      ]),
    );
    expect(warnings).toEqual([]);
    expect(await fontsOf(bytes, /国际/u)).toEqual(new Set(["NotoSerifSC-Regular"]));
    expect(await fontsOf(bytes, /国際/u)).toEqual(new Set(["NotoSerifJP-Regular"]));
    expect(await fontsOf(bytes, /motto/u)).toEqual(new Set(["NotoSerif-Regular"]));
  });

  test("symbols and emoji come from Noto Sans Symbols 2 and Noto Emoji, without a warning", async () => {
    const { bytes, warnings } = await render(
      documentIn("en", [
        paragraph("body", "Done ✓, starred ★, warned ⚠ and smiled 😀 🌍, loved ❤️ and liked 👍🏽 in 2025."),
      ]),
    );
    expect(warnings).toEqual([]);
    expect(await fontsOf(bytes, /[✓★]/u)).toEqual(new Set(["NotoSansSymbols2-Regular"]));
    // An emoji sequence stays in one face: ❤ alone is in Noto Sans Symbols 2, ❤️ is an emoji.
    expect(await fontsOf(bytes, /😀|❤|👍/u)).toEqual(new Set(["NotoEmoji-Regular"]));
    // The year after the emoji stays in the text face, though Noto Emoji has digits too.
    expect(await fontsOf(bytes, /2025/u)).toEqual(new Set(["NotoSerif-Regular"]));
    expect(await boxesDrawn(bytes)).toEqual([]);
  });

  test("non-Latin text in another language than the document's is tagged with its language", async () => {
    const { bytes } = await render(
      documentIn("en", [paragraph("body", "Said in Korean: 감사합니다; in Thai: ขอบคุณ; in Hebrew: תודה.")]),
    );
    const read = await readPdf(bytes);
    const langs = new Set<string>();
    const walk = (node: { lang?: string; children?: unknown[] }) => {
      if (node.lang) langs.add(node.lang);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk((await (await read.pdf.getPage(1)).getStructTree()) as { children?: unknown[] });
    expect(langs).toEqual(new Set(["ko", "th", "he"]));
  });
});

describe("the box check itself", () => {
  test("finds the box a character no font covers leaves, and the warning names it", async () => {
    // The two pre-0.3 families only: no emoji face.
    const { bytes, warnings } = await render(
      documentIn("en", [paragraph("body", "A smile 😀 here.")], sampleFonts()),
    );
    expect(warnings.map((warning) => warning.message)).toEqual([
      'no configured font has a glyph for U+1F600 "😀"; it shows as a box',
    ]);
    expect(await boxesDrawn(bytes)).toHaveLength(1);
  });
});

describe("fonts load lazily", () => {
  test("an English statement parses neither the CJK, Arabic nor symbol fonts", async () => {
    const fresh = await freshRenderer();
    await render(
      documentIn("en", [paragraph("body", "Thank you, Mr. President — “1997” · €5 · naïve café, Россия.")]),
      fresh.renderPdf,
    );
    const parsed = fresh.loadedFontPaths().map((path) => path.split(/[/\\]/).at(-1));
    expect(parsed.length).toBeGreaterThan(0);
    for (const name of parsed) expect(name).toMatch(/^NotoSerif_/);
  });

  test("a Chinese statement parses Noto Serif SC and never Noto Serif JP", async () => {
    const fresh = await freshRenderer();
    await render(documentIn("zh-Hans", [paragraph("body", "我们支持国际合作，这是说明。")]), fresh.renderPdf);
    const parsed = fresh.loadedFontPaths().map((path) => path.split(/[/\\]/).at(-1));
    expect(parsed).toContain("NotoSerifSC_400Regular.ttf");
    expect(parsed.filter((name) => /JP|TC|KR|Amiri/.test(name ?? ""))).toEqual([]);
  });
});
