// Contract: the Document (zod schema, types inferred) that templates build and renderers lay out.
// Shared by core, pdf and docx, so a change here is a change to both renderers.

import { z } from "zod";
import { MarkSchema } from "../statement/statement-schema.js";

/**
 * The Document: what a template produces and what both renderers lay out.
 * Lengths are in PDF points (1/72 inch); colours are `#rrggbb`.
 */

export const TextInlineSchema = z
  .object({
    kind: z.literal("text"),
    text: z.string(),
    marks: z.array(MarkSchema).optional(),
    /** BCP 47 tag from a `<span lang>` or the statement run, e.g. `ja`. */
    lang: z.string().optional(),
    /**
     * Target of a link: `#anchor` for an internal one, else an `http:`, `https:` or `mailto:`
     * URL (`allowedHref`). markup-to-document writes no other; renderers given another show
     * the text without the link.
     */
    href: z.string().optional(),
    /**
     * A footnote marker: the `id` of the `Document.footnotes` entry it points to; `text` is the
     * note's number as shown (the PDF sets it as is, Word numbers its footnotes itself).
     */
    note: z.string().optional(),
  })
  .strict();

/**
 * A value the renderer fills in: the current page number, the page count, or `section`: the
 * text of the last level-1 heading started on or before this page (a running head).
 */
export const FieldInlineSchema = z
  .object({
    kind: z.literal("field"),
    field: z.enum(["page", "pages", "section"]),
    marks: z.array(MarkSchema).optional(),
  })
  .strict();

export const InlineSchema = z.discriminatedUnion("kind", [TextInlineSchema, FieldInlineSchema]);

/** The style of a paragraph's margin mark (`Paragraph.margin`). */
export const MARGIN_STYLE = "margin";

export const ParagraphSchema = z
  .object({
    kind: z.literal("paragraph"),
    style: z.string(),
    inlines: z.array(InlineSchema),
    /**
     * A short mark in the left margin beside the first line (a reading copy's paragraph number
     * and elapsed time), in the style `margin`: read by the eye, not part of the text.
     */
    margin: z.string().optional(),
  })
  .strict();

export const HeadingSchema = z
  .object({
    kind: z.literal("heading"),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    style: z.string(),
    /** Anchor for links, TOC entries, PDF outline entries and Word bookmarks. */
    id: z.string(),
    inlines: z.array(InlineSchema),
  })
  .strict();

export const ListSchema = z
  .object({
    kind: z.literal("list"),
    ordered: z.boolean(),
    style: z.string(),
    items: z.array(z.array(InlineSchema)),
  })
  .strict();

export const TableCellSchema = z
  .object({
    header: z.boolean(),
    style: z.string(),
    inlines: z.array(InlineSchema),
  })
  .strict();

export const TableSchema = z
  .object({
    kind: z.literal("table"),
    /** Relative column widths, one per column; they need not sum to 1. */
    columns: z.array(z.number().positive()),
    rows: z.array(z.object({ cells: z.array(TableCellSchema) }).strict()),
  })
  .strict();

export const RuleSchema = z.object({ kind: z.literal("rule") }).strict();
export const PageBreakSchema = z.object({ kind: z.literal("pageBreak") }).strict();

export const TocEntrySchema = z
  .object({
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: z.string(),
    /** The `id` of the heading this entry points to. */
    target: z.string(),
    /**
     * A line of detail under the entry (a book's date · meeting · speaker), from the heading's
     * `data-detail`; set in the style `<toc style>-detail` when defined, else the entry's.
     */
    detail: z.string().optional(),
  })
  .strict();

/** A table of contents; its entries are the document's headings up to `depth`. */
export const TocSchema = z
  .object({
    kind: z.literal("toc"),
    style: z.string(),
    depth: z.number().int().min(1).max(3),
    entries: z.array(TocEntrySchema),
  })
  .strict();

export const BlockSchema = z.discriminatedUnion("kind", [
  ParagraphSchema,
  HeadingSchema,
  ListSchema,
  TableSchema,
  RuleSchema,
  PageBreakSchema,
  TocSchema,
]);

const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a colour like #1a2b3c");

/** A style with every property resolved (its `basedOn` chain already applied). */
export const ResolvedStyleSchema = z
  .object({
    name: z.string(),
    /** The style it derives from, kept so Word can show the same hierarchy. */
    basedOn: z.string().optional(),
    /** A font family name, a key of `Document.fonts`. */
    font: z.string(),
    size: z.number().positive(),
    bold: z.boolean(),
    italic: z.boolean(),
    color: ColorSchema,
    align: z.enum(["left", "center", "right", "justify"]),
    /** Line height as a multiple of the font size. */
    lineHeight: z.number().positive(),
    spaceBefore: z.number().nonnegative(),
    spaceAfter: z.number().nonnegative(),
    firstLineIndent: z.number(),
    indent: z.number().nonnegative(),
    keepWithNext: z.boolean(),
    keepTogether: z.boolean(),
    pageBreakBefore: z.boolean(),
    /**
     * Where a page may break inside the block: after any line (unset), only after a line that
     * ends a sentence (`sentence`, a reading copy), or only between list items (`item`).
     */
    breakAt: z.enum(["sentence", "item"]).optional(),
    /** Space between the items of a list (dropped at the top of a page). */
    itemSpacing: z.number().nonnegative().optional(),
  })
  .strict();

/**
 * One font family: the files a format that embeds fonts (PDF) sets text with, and the installed
 * font names a format that only names fonts (Word) asks the reader's machine for.
 */
export const ResolvedFontFamilySchema = z
  .object({
    files: z
      .object({
        regular: z.string(),
        bold: z.string(),
        italic: z.string(),
        boldItalic: z.string(),
      })
      .strict(),
    /**
     * Installed names Word asks for: `latin`, `eastAsia` (Han, kana, Hangul: w:eastAsia) and
     * `complex` (Arabic, Hebrew, Thai, Devanagari: w:cs). Without `complex`, `latin` serves.
     */
    names: z.object({ latin: z.string(), eastAsia: z.string(), complex: z.string().optional() }).strict(),
    /** Families tried, in order, for characters this family has no glyph for. */
    fallback: z.array(z.string()),
    /**
     * The scripts (`Script` of text/scripts.ts: `arabic`, `han`, …) this family is a fallback
     * for: a character of another script never loads it. Absent: every script.
     */
    scripts: z.array(z.string()).optional(),
    /**
     * BCP 47 prefixes of the languages this family is preferred for among fallbacks that cover
     * a character (`zh-Hans` for Noto Serif SC), so Chinese Han is never set in the Japanese face.
     */
    languages: z.array(z.string()).optional(),
  })
  .strict();

export const PageSchema = z
  .object({
    size: z.enum(["A4", "Letter"]),
    width: z.number().positive(),
    height: z.number().positive(),
    margins: z.object({ top: z.number(), right: z.number(), bottom: z.number(), left: z.number() }).strict(),
    header: z.array(ParagraphSchema),
    footer: z.array(ParagraphSchema),
    /**
     * The first page is a title page (a cover): no header or footer on it, and the first
     * block's `spaceBefore` is kept at the top of the page. Absent means false.
     */
    titlePage: z.boolean().optional(),
  })
  .strict();

export const DocumentMetaSchema = z
  .object({
    title: z.string().optional(),
    subject: z.string().optional(),
    author: z.string().optional(),
    keywords: z.array(z.string()),
    /** BCP 47 tag of the main language, e.g. `en`. */
    language: z.string().optional(),
    description: z.string().optional(),
    /** ISO date the document is about (the statement's date). */
    date: z.string().optional(),
    /**
     * Statement fields with no standard metadata slot, as text, so a reader can
     * rebuild the statement (Word custom properties). Keys are `briefing.<field>`.
     */
    properties: z.record(z.string(), z.string()),
  })
  .strict();

/**
 * A footnote: set at the foot of the page that holds its marker (PDF) or as a Word footnote.
 * Numbered in the order of first reference; laid out in the style `footnote`.
 */
export const FootnoteSchema = z
  .object({
    id: z.string(),
    inlines: z.array(InlineSchema),
  })
  .strict();

export const DocumentSchema = z
  .object({
    meta: DocumentMetaSchema,
    page: PageSchema,
    blocks: z.array(BlockSchema),
    /** Footnotes, in the order of their first marker (a text inline with `note`). Absent: none. */
    footnotes: z.array(FootnoteSchema).optional(),
    styles: z.record(z.string(), ResolvedStyleSchema),
    fonts: z.record(z.string(), ResolvedFontFamilySchema),
  })
  .strict();

export type TextInline = z.infer<typeof TextInlineSchema>;
export type FieldInline = z.infer<typeof FieldInlineSchema>;
export type Inline = z.infer<typeof InlineSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Heading = z.infer<typeof HeadingSchema>;
export type List = z.infer<typeof ListSchema>;
export type TableCell = z.infer<typeof TableCellSchema>;
export type Table = z.infer<typeof TableSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type PageBreak = z.infer<typeof PageBreakSchema>;
export type TocEntry = z.infer<typeof TocEntrySchema>;
export type Toc = z.infer<typeof TocSchema>;
export type Footnote = z.infer<typeof FootnoteSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockKind = Block["kind"];
export type ResolvedStyle = z.infer<typeof ResolvedStyleSchema>;
export type ResolvedFontFamily = z.infer<typeof ResolvedFontFamilySchema>;
export type Page = z.infer<typeof PageSchema>;
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
export type Document = z.infer<typeof DocumentSchema>;
