import { createRequire } from "node:module";
import {
  type Block,
  type Document,
  type Inline,
  type ResolvedFontFamily,
  type ResolvedStyle,
  styleDefaults,
} from "@briefing/core";

// The font packages are dependencies of @briefing/core; resolve them from there.
const fromCore = createRequire(createRequire(import.meta.url).resolve("@briefing/core"));
const font = (path: string) => fromCore.resolve(path);

/** The two default families, as templates resolve them. */
export function sampleFonts(): Record<string, ResolvedFontFamily> {
  const serif = "@expo-google-fonts/noto-serif";
  const jp = font("@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf");
  return {
    serif: {
      pdf: {
        regular: font(`${serif}/400Regular/NotoSerif_400Regular.ttf`),
        bold: font(`${serif}/700Bold/NotoSerif_700Bold.ttf`),
        italic: font(`${serif}/400Regular_Italic/NotoSerif_400Regular_Italic.ttf`),
        boldItalic: font(`${serif}/700Bold_Italic/NotoSerif_700Bold_Italic.ttf`),
      },
      word: { ascii: "Noto Serif", eastAsia: "Noto Serif JP" },
      fallback: ["serif-jp"],
    },
    "serif-jp": {
      pdf: { regular: jp, bold: jp, italic: jp, boldItalic: jp },
      word: { ascii: "Noto Serif JP", eastAsia: "Noto Serif JP" },
      fallback: [],
    },
  };
}

export function sampleStyle(name: string, overrides: Partial<ResolvedStyle> = {}): ResolvedStyle {
  return {
    name,
    ...styleDefaults,
    lineHeight: 1.4,
    spaceAfter: 8,
    ...overrides,
  };
}

export function sampleStyles(
  overrides: Record<string, Partial<ResolvedStyle>> = {},
): Record<string, ResolvedStyle> {
  const base: Record<string, Partial<ResolvedStyle>> = {
    title: { size: 18, bold: true, align: "center", spaceAfter: 12, keepWithNext: true },
    "heading-1": { size: 15, bold: true, spaceBefore: 12, keepWithNext: true },
    "heading-2": { size: 13, bold: true, spaceBefore: 10, keepWithNext: true },
    "heading-3": { size: 11, bold: true, italic: true, spaceBefore: 8, keepWithNext: true },
    body: { align: "justify" },
    salutation: {},
    closing: {},
    list: { indent: 12 },
    "meta-label": { size: 9, bold: true, spaceAfter: 0 },
    "meta-value": { size: 9, spaceAfter: 0 },
    header: { size: 8, color: "#555555", align: "right", spaceAfter: 0 },
    footer: { size: 8, color: "#555555", align: "center", spaceAfter: 0 },
    "toc-title": { size: 15, bold: true, spaceAfter: 12 },
    "toc-1": { spaceAfter: 4 },
    "toc-2": { indent: 14, spaceAfter: 2 },
    "toc-3": { indent: 28, spaceAfter: 2 },
  };
  const styles: Record<string, ResolvedStyle> = {};
  for (const [name, style] of Object.entries(base))
    styles[name] = sampleStyle(name, { ...style, ...overrides[name] });
  return styles;
}

export const text = (value: string, extra: Partial<Extract<Inline, { kind: "text" }>> = {}): Inline => ({
  kind: "text",
  text: value,
  ...extra,
});

export const paragraph = (style: string, ...inlines: (Inline | string)[]): Block => ({
  kind: "paragraph",
  style,
  inlines: inlines.map((inline) => (typeof inline === "string" ? text(inline) : inline)),
});

export const heading = (level: 1 | 2 | 3, id: string, title: string): Block => ({
  kind: "heading",
  level,
  style: `heading-${level}`,
  id,
  inlines: [text(title)],
});

/** A Document around `blocks`, A4 with "Page X of Y" in the footer. */
export function sampleDocument(blocks: Block[], overrides: Partial<Document> = {}): Document {
  return {
    meta: {
      title: "Sample statement",
      subject: "Sample meeting",
      author: "Japan",
      keywords: ["sample", "briefing"],
      language: "en",
      properties: {},
    },
    page: {
      size: "A4",
      width: 595.28,
      height: 841.89,
      margins: { top: 72, right: 72, bottom: 72, left: 72 },
      header: [paragraph("header", "Sample meeting") as Extract<Block, { kind: "paragraph" }>],
      footer: [
        {
          kind: "paragraph",
          style: "footer",
          inlines: [
            text("Page "),
            { kind: "field", field: "page" },
            text(" of "),
            { kind: "field", field: "pages" },
          ],
        },
      ],
    },
    blocks,
    styles: sampleStyles(),
    fonts: sampleFonts(),
    ...overrides,
  };
}

/** `count` distinct English paragraphs, long enough to fill pages. */
export function fillerParagraphs(count: number, style = "body"): Block[] {
  return Array.from({ length: count }, (_, i) =>
    paragraph(
      style,
      `Paragraph ${i + 1}: the delegation of Japan would like to thank the Chair for convening this meeting, ` +
        "and reaffirms its commitment to the full and effective implementation of the Convention, " +
        "including through international cooperation and assistance to affected States.",
    ),
  );
}
