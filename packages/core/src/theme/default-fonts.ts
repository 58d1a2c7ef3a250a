// Theme stage: the font families every theme has (Noto and Amiri files from npm; Word font names),
// one per script the UN's official languages and Japanese, Korean, Hebrew, Hindi and Thai use.

import type { ThemeFontFamily } from "./theme-schema.js";

const expo = "@expo-google-fonts";

/** A family with a regular and a bold file of one npm package (`<pkg>/400Regular/<Name>_400Regular.ttf`). */
function uprightFamily(
  pkg: string,
  file: string,
  name: string,
  extra: Pick<ThemeFontFamily, "scripts" | "languages">,
): ThemeFontFamily {
  return {
    files: {
      regular: `${expo}/${pkg}/400Regular/${file}_400Regular.ttf`,
      bold: `${expo}/${pkg}/700Bold/${file}_700Bold.ttf`,
    },
    names: { latin: name, eastAsia: name },
    fallback: [],
    ...extra,
  };
}

/**
 * The families every theme has unless it redefines them. Word never receives font files
 * (the docx package only names fonts), so the Word names are the families the PDF embeds: a
 * machine with those fonts shows the Word file as the PDF looks; one without them substitutes
 * its own. `serif`'s `eastAsia` and `complex` names follow the document's language
 * (`fontNamesForLanguage`): Noto Serif SC for a Simplified Chinese document, Noto Serif Hebrew
 * as the complex-script face of a Hebrew one.
 *
 * The fallbacks say which scripts they are for, so English text never parses a CJK font, and
 * which languages, so Chinese Han is set in Noto Serif SC or TC and never in the Japanese face
 * (the same code point is drawn differently in each). The first fallback is Noto Serif JP, as
 * before 0.3: punctuation Noto Serif lacks (→ ①) still comes from it in English and Japanese.
 */
export const defaultFontFamilies: Record<string, ThemeFontFamily> = {
  serif: {
    files: {
      regular: `${expo}/noto-serif/400Regular/NotoSerif_400Regular.ttf`,
      bold: `${expo}/noto-serif/700Bold/NotoSerif_700Bold.ttf`,
      italic: `${expo}/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf`,
      boldItalic: `${expo}/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf`,
    },
    // Word has one complex-script (w:cs) font per style: Amiri, the UN's other complex script
    // being the one the document's language asks for.
    names: { latin: "Noto Serif", eastAsia: "Noto Serif JP", complex: "Amiri" },
    fallback: [
      "serif-jp",
      "serif-sc",
      "serif-tc",
      "serif-kr",
      "serif-ar",
      "serif-he",
      "serif-deva",
      "sans-thai",
      "symbols",
      "emoji",
    ],
  },
  // The CJK faces have no italic: italic falls back to upright, bold italic to bold.
  "serif-jp": uprightFamily("noto-serif-jp", "NotoSerifJP", "Noto Serif JP", {
    scripts: ["han", "kana"],
    languages: ["ja"],
  }),
  "serif-sc": uprightFamily("noto-serif-sc", "NotoSerifSC", "Noto Serif SC", {
    scripts: ["han"],
    languages: ["zh-Hans", "zh-CN", "zh-SG", "zh-MY"],
  }),
  "serif-tc": uprightFamily("noto-serif-tc", "NotoSerifTC", "Noto Serif TC", {
    scripts: ["han"],
    languages: ["zh-Hant", "zh-TW", "zh-HK", "zh-MO"],
  }),
  "serif-kr": uprightFamily("noto-serif-kr", "NotoSerifKR", "Noto Serif KR", {
    scripts: ["hangul", "han"],
    languages: ["ko"],
  }),
  // Amiri, not Noto Naskh Arabic: Noto Naskh draws dotted letters as a base and a separate dot
  // glyph, so text copied or extracted from the PDF gets the wrong letters; Amiri's does not.
  "serif-ar": {
    files: {
      regular: `${expo}/amiri/400Regular/Amiri_400Regular.ttf`,
      bold: `${expo}/amiri/700Bold/Amiri_700Bold.ttf`,
      italic: `${expo}/amiri/400Regular_Italic/Amiri_400Regular_Italic.ttf`,
      boldItalic: `${expo}/amiri/700Bold_Italic/Amiri_700Bold_Italic.ttf`,
    },
    names: { latin: "Amiri", eastAsia: "Amiri", complex: "Amiri" },
    fallback: [],
    scripts: ["arabic"],
    languages: ["ar", "fa", "ur", "ps"],
  },
  "serif-he": {
    ...uprightFamily("noto-serif-hebrew", "NotoSerifHebrew", "Noto Serif Hebrew", {
      scripts: ["hebrew"],
      languages: ["he", "iw", "yi"],
    }),
    names: { latin: "Noto Serif Hebrew", eastAsia: "Noto Serif Hebrew", complex: "Noto Serif Hebrew" },
  },
  "serif-deva": {
    ...uprightFamily("noto-serif-devanagari", "NotoSerifDevanagari", "Noto Serif Devanagari", {
      scripts: ["devanagari"],
      languages: ["hi", "mr", "ne", "sa"],
    }),
    names: {
      latin: "Noto Serif Devanagari",
      eastAsia: "Noto Serif Devanagari",
      complex: "Noto Serif Devanagari",
    },
  },
  // No serif Thai face is published on npm; Noto Sans Thai sits well beside Noto Serif.
  "sans-thai": {
    ...uprightFamily("noto-sans-thai", "NotoSansThai", "Noto Sans Thai", {
      scripts: ["thai"],
      languages: ["th"],
    }),
    names: { latin: "Noto Sans Thai", eastAsia: "Noto Sans Thai", complex: "Noto Sans Thai" },
  },
  // Symbols (✓ ★ ⚠) before pictographs (Noto Emoji, monochrome: fontkit embeds outlines, not
  // colour bitmaps). Letters never reach them (they are for the `symbol` script only); digits
  // and punctuation, which Noto Emoji also has for keycaps, are found in the text faces first.
  symbols: {
    files: { regular: `${expo}/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf` },
    names: { latin: "Noto Sans Symbols 2", eastAsia: "Noto Sans Symbols 2" },
    fallback: [],
    scripts: ["symbol"],
  },
  emoji: uprightFamily("noto-emoji", "NotoEmoji", "Noto Emoji", { scripts: ["symbol"] }),
};
