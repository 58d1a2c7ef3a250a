export { defaultFontFamilies } from "./default-fonts.js";
export { LengthSchema } from "./length.js";
export { loadTheme, pageSizes, parseTheme, statementStyles, type Theme } from "./load-theme.js";
export { resolveFontFile } from "./resolve-fonts.js";
export { styleDefaults } from "./resolve-styles.js";
export {
  type ThemeFile,
  ThemeFileSchema,
  type ThemeFontFamily,
  ThemeFontFamilySchema,
  type ThemeStyle,
  ThemeStyleSchema,
} from "./theme-schema.js";
