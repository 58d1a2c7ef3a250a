// Word styles: theme styles → docx paragraph styles, mapped onto Word's built-ins (Title,
// Heading 1–3, TOC 1–3) where they exist; style ids, names, fonts and outline levels.
import { type Document, isRightToLeftLanguage, type ResolvedStyle } from "@briefing/core";
import {
  AlignmentType,
  type IParagraphStyleOptions,
  type IParagraphStylePropertiesOptions,
  LineRuleType,
} from "docx";
import { pointsToTwips } from "./units.js";

/** Word's own styles that briefing styles map onto, so the navigation pane, TOC and restyling work. */
const builtInStyles: Record<string, { id: string; name: string }> = {
  title: { id: "Title", name: "Title" },
  subtitle: { id: "Subtitle", name: "Subtitle" },
  "heading-1": { id: "Heading1", name: "heading 1" },
  "heading-2": { id: "Heading2", name: "heading 2" },
  "heading-3": { id: "Heading3", name: "heading 3" },
  header: { id: "Header", name: "header" },
  footer: { id: "Footer", name: "footer" },
  "toc-title": { id: "TOCHeading", name: "TOC Heading" },
  "toc-1": { id: "TOC1", name: "toc 1" },
  "toc-2": { id: "TOC2", name: "toc 2" },
  "toc-3": { id: "TOC3", name: "toc 3" },
  footnote: { id: "FootnoteText", name: "footnote text" },
};

/** The paragraph style a rule block is drawn with; it has no theme style of its own. */
export const ruleStyleId = "BriefingRule";

const words = (name: string): string[] => name.split(/[-_\s]+/).filter((word) => word.length > 0);
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The Word style id of a briefing style name: a built-in id, or `meta-label` → `MetaLabel`. */
export function wordStyleId(name: string): string {
  return builtInStyles[name]?.id ?? words(name).map(capitalize).join("");
}

/** The name Word shows for a briefing style: a built-in name, or `meta-label` → `Meta Label`. */
export function wordStyleName(name: string): string {
  return builtInStyles[name]?.name ?? words(name).map(capitalize).join(" ");
}

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/**
 * In a right-to-left paragraph the theme's `left` is where lines start, its right edge: Word's
 * `start` and `end` follow the paragraph's direction (ECMA-376 §17.18.44), and docx writes them
 * as given, where it would turn `left` and `right` round to keep them on those sides of the page.
 */
const rightToLeftAlignments = {
  left: AlignmentType.START,
  center: AlignmentType.CENTER,
  right: AlignmentType.END,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** True when the Document is written right to left (Arabic, Hebrew…): its paragraphs are `w:bidi`. */
export const isRightToLeftDocument = (document: Document): boolean =>
  isRightToLeftLanguage(document.meta.language);

/**
 * The Word font names of a theme font family: `ascii`/`hAnsi` for Latin, Cyrillic and Greek,
 * `eastAsia` for Han, kana and Hangul, `cs` for Arabic, Hebrew, Thai and Devanagari (the family's
 * complex-script name, else its Latin one).
 */
export function wordFonts(document: Document, family: string) {
  const fonts = document.fonts[family]?.names;
  return fonts === undefined
    ? undefined
    : { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.complex ?? fonts.latin, eastAsia: fonts.eastAsia };
}

/** N for `heading-N` (N = 1–3), the styles Word knows as "heading N"; undefined for any other. */
export function builtInHeadingLevel(style: string): number | undefined {
  const match = /^heading-([1-3])$/.exec(style);
  return match ? Number(match[1]) : undefined;
}

/**
 * The heading level of each style that headings use (`heading-2` → 2, a book's `section-title` → 1),
 * so Word's navigation pane and the TOC field's `\u` switch find them by outline level. Word's
 * own "heading N" is always level N, even where a template uses it one level down (a book's
 * statement headings); other styles take the highest level a heading uses them at. A heading
 * whose level differs from its style's says so itself (see `headingToDocx`).
 */
export function headingLevels(document: Document): Map<string, number> {
  const levels = new Map<string, number>();
  for (const name of Object.keys(document.styles)) {
    const level = builtInHeadingLevel(name);
    if (level !== undefined) levels.set(name, level);
  }
  for (const block of document.blocks) {
    if (block.kind !== "heading" || builtInHeadingLevel(block.style) !== undefined) continue;
    levels.set(block.style, Math.min(block.level, levels.get(block.style) ?? block.level));
  }
  return levels;
}

const nextAfterHeading = (document: Document): string =>
  "body" in document.styles ? wordStyleId("body") : "Normal";

/** One theme style as a Word paragraph style holding all of its formatting. */
export function toParagraphStyle(
  document: Document,
  style: ResolvedStyle,
  levels: ReadonlyMap<string, number>,
): IParagraphStyleOptions {
  const basedOn = style.basedOn !== undefined && style.basedOn in document.styles ? style.basedOn : undefined;
  const firstLine = style.firstLineIndent;
  const level = levels.get(style.name);
  const outlineLevel = level === undefined ? undefined : level - 1;
  // docx writes pageBreakBefore in a style's paragraph properties but leaves it out of the style's type.
  const rightToLeft = isRightToLeftDocument(document);
  const paragraph: IParagraphStylePropertiesOptions & { pageBreakBefore: boolean } = {
    // A right-to-left document's paragraphs are right to left (w:bidi), from the style.
    ...(rightToLeft ? { bidirectional: true } : {}),
    alignment: (rightToLeft ? rightToLeftAlignments : alignments)[style.align],
    spacing: {
      before: pointsToTwips(style.spaceBefore),
      after: pointsToTwips(style.spaceAfter),
      line: Math.round(style.lineHeight * 240),
      lineRule: LineRuleType.AUTO,
    },
    indent: {
      left: pointsToTwips(style.indent),
      ...(firstLine >= 0 ? { firstLine: pointsToTwips(firstLine) } : { hanging: pointsToTwips(-firstLine) }),
    },
    keepNext: style.keepWithNext,
    keepLines: style.keepTogether,
    pageBreakBefore: style.pageBreakBefore,
    ...(outlineLevel === undefined ? {} : { outlineLevel }),
  };
  return {
    id: wordStyleId(style.name),
    name: wordStyleName(style.name),
    basedOn: basedOn === undefined ? "Normal" : wordStyleId(basedOn),
    // Enter after a heading or salutation in Word starts a body paragraph, which imports as one.
    next: outlineLevel !== undefined || style.name === "salutation" ? nextAfterHeading(document) : undefined,
    quickFormat: true,
    run: {
      font: wordFonts(document, style.font),
      size: Math.round(style.size * 2),
      bold: style.bold,
      italics: style.italic,
      color: style.color.slice(1).toUpperCase(),
    },
    paragraph,
  };
}
