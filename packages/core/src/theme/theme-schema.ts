// Theme stage: the zod schema of a theme.yaml file (page, styles, font families).
// Also reads the pre-0.2 spellings (`pdf:`, `word: { ascii }`) so old themes still load.

import { z } from "zod";
import type { Script } from "../text/scripts.js";
import { LengthSchema, NonNegativeLengthSchema } from "./length.js";

const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a colour like #1a2b3c");

/** One style as written in theme.yaml; unset properties come from `basedOn` or the defaults. */
export const ThemeStyleSchema = z
  .object({
    basedOn: z.string().optional(),
    font: z.string().optional(),
    size: z.number().positive().optional(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    color: ColorSchema.optional(),
    align: z.enum(["left", "center", "right", "justify"]).optional(),
    lineHeight: z.number().positive().max(5).optional(),
    spaceBefore: NonNegativeLengthSchema.optional(),
    spaceAfter: NonNegativeLengthSchema.optional(),
    firstLineIndent: LengthSchema.optional(),
    indent: NonNegativeLengthSchema.optional(),
    keepWithNext: z.boolean().optional(),
    keepTogether: z.boolean().optional(),
    pageBreakBefore: z.boolean().optional(),
    breakAt: z.enum(["sentence", "item"]).optional(),
    itemSpacing: NonNegativeLengthSchema.optional(),
  })
  .strict();

const FontFilesSchema = z
  .object({
    regular: z.string().min(1),
    bold: z.string().min(1).optional(),
    italic: z.string().min(1).optional(),
    boldItalic: z.string().min(1).optional(),
  })
  .strict();

/** The scripts a fallback family may be limited to (`Script` of text/scripts.ts but `neutral`). */
export const fontScripts = [
  "latin",
  "cyrillic",
  "greek",
  "arabic",
  "hebrew",
  "han",
  "kana",
  "hangul",
  "thai",
  "devanagari",
  "symbol",
] as const satisfies readonly Exclude<Script, "neutral">[];

// Fails to compile when text/scripts.ts gains a script this list lacks.
const everyScriptListed: Exclude<Script, "neutral"> extends (typeof fontScripts)[number] ? true : never =
  true;
void everyScriptListed;

/** A BCP 47 language tag or prefix: `ar`, `zh-Hans`, `zh-TW`. */
const LanguageTagSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "expected a BCP 47 language tag such as ar or zh-Hans");

/**
 * A font family as written in theme.yaml. `pdf:` and `word: { ascii }` are the names themes
 * used before 0.2 and are still read; a family gives one spelling of each, not both.
 */
export const ThemeFontFamilySchema = z
  .object({
    /** TTF/OTF files to embed: npm package specifiers (`@scope/pkg/file.ttf`) or paths relative to the template folder. */
    files: FontFilesSchema.optional(),
    /**
     * Installed font names an editor looks up (formats that do not embed fonts, such as Word);
     * `complex` names the one for Arabic, Hebrew, Thai and Devanagari text (Word's w:cs).
     */
    names: z
      .object({
        latin: z.string().min(1),
        eastAsia: z.string().min(1),
        complex: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    /** Earlier spelling of `files`. */
    pdf: FontFilesSchema.optional(),
    /** Earlier spelling of `names` (`ascii` for `latin`). */
    word: z
      .object({ ascii: z.string().min(1), eastAsia: z.string().min(1) })
      .strict()
      .optional(),
    fallback: z.array(z.string()).optional(),
    /** As a fallback, the family is only tried (and loaded) for characters of these scripts. */
    scripts: z.array(z.enum(fontScripts)).min(1).optional(),
    /** BCP 47 prefixes of the languages it is preferred for among the fallbacks (`zh-Hans`). */
    languages: z.array(LanguageTagSchema).min(1).optional(),
  })
  .strict()
  .superRefine((family, context) => {
    for (const [current, earlier] of [
      ["files", "pdf"],
      ["names", "word"],
    ] as const) {
      const count = (family[current] ? 1 : 0) + (family[earlier] ? 1 : 0);
      if (count !== 1) {
        context.addIssue({
          code: "custom",
          path: count === 0 ? [] : [earlier],
          message:
            count === 0
              ? `a font family needs "${current}"`
              : `give "${current}" or its earlier spelling "${earlier}", not both`,
        });
      }
    }
  });

export const ThemePageSchema = z
  .object({
    size: z.enum(["A4", "Letter"]).default("A4"),
    /** Each margin defaults to 72 pt (one inch). */
    margins: z
      .object({
        top: NonNegativeLengthSchema.optional(),
        right: NonNegativeLengthSchema.optional(),
        bottom: NonNegativeLengthSchema.optional(),
        left: NonNegativeLengthSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** The whole of a theme.yaml file. */
export const ThemeFileSchema = z
  .object({
    /** One line shown by `briefing templates list`. */
    description: z.string().optional(),
    page: ThemePageSchema.default({ size: "A4" }),
    fonts: z.record(z.string(), ThemeFontFamilySchema).optional(),
    /** Typesetting of text: `smartQuotes` turns straight quotes and apostrophes curly (default off). */
    typography: z.object({ smartQuotes: z.boolean().optional() }).strict().optional(),
    styles: z.record(
      z.string().regex(/^[a-z][a-z0-9-]*$/, "style names are lower-case words joined by -"),
      ThemeStyleSchema,
    ),
  })
  .strict();

export type ThemeStyle = z.infer<typeof ThemeStyleSchema>;
export type ThemeFontFamily = z.infer<typeof ThemeFontFamilySchema>;
export type ThemeFile = z.infer<typeof ThemeFileSchema>;
