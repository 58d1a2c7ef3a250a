import { z } from "zod";
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
  })
  .strict();

/** A font family as written in theme.yaml. */
export const ThemeFontFamilySchema = z
  .object({
    /** TTF/OTF files: npm package specifiers (`@scope/pkg/file.ttf`) or paths relative to the template folder. */
    pdf: z
      .object({
        regular: z.string().min(1),
        bold: z.string().min(1).optional(),
        italic: z.string().min(1).optional(),
        boldItalic: z.string().min(1).optional(),
      })
      .strict(),
    /** Font names Word and LibreOffice look up (Word never receives the font files). */
    word: z.object({ ascii: z.string().min(1), eastAsia: z.string().min(1) }).strict(),
    fallback: z.array(z.string()).optional(),
  })
  .strict();

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
    styles: z.record(
      z.string().regex(/^[a-z][a-z0-9-]*$/, "style names are lower-case words joined by -"),
      ThemeStyleSchema,
    ),
  })
  .strict();

export type ThemeStyle = z.infer<typeof ThemeStyleSchema>;
export type ThemeFontFamily = z.infer<typeof ThemeFontFamilySchema>;
export type ThemeFile = z.infer<typeof ThemeFileSchema>;
