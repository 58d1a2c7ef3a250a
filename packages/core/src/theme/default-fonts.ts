// Theme stage: the font families every theme has (Noto files from npm; Word font names).

import type { ThemeFontFamily } from "./theme-schema.js";

/**
 * The families every theme has unless it redefines them. Word never receives font files
 * (the docx package only names fonts), so the Word names are the families the PDF embeds,
 * Noto Serif and Noto Serif JP: a machine with the Noto fonts shows the Word file as the PDF
 * looks; one without them substitutes its own serif and Mincho faces.
 */
export const defaultFontFamilies: Record<string, ThemeFontFamily> = {
  serif: {
    files: {
      regular: "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf",
      bold: "@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf",
      italic: "@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf",
      boldItalic: "@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf",
    },
    names: { latin: "Noto Serif", eastAsia: "Noto Serif JP" },
    fallback: ["serif-jp"],
  },
  // Noto Serif JP has no italic: italic falls back to upright, bold italic to bold.
  "serif-jp": {
    files: {
      regular: "@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf",
      bold: "@expo-google-fonts/noto-serif-jp/700Bold/NotoSerifJP_700Bold.ttf",
    },
    names: { latin: "Noto Serif JP", eastAsia: "Noto Serif JP" },
    fallback: [],
  },
};
