// Hand-built Documents for the renderers' tests: a frame around any blocks (sampleDocument), and
// one with every block kind, Japanese text and page fields (everyBlockDocument).
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
      files: {
        regular: font(`${serif}/400Regular/NotoSerif_400Regular.ttf`),
        bold: font(`${serif}/700Bold/NotoSerif_700Bold.ttf`),
        italic: font(`${serif}/400Regular_Italic/NotoSerif_400Regular_Italic.ttf`),
        boldItalic: font(`${serif}/700Bold_Italic/NotoSerif_700Bold_Italic.ttf`),
      },
      names: { latin: "Noto Serif", eastAsia: "Noto Serif JP" },
      fallback: ["serif-jp"],
    },
    "serif-jp": {
      files: { regular: jp, bold: jp, italic: jp, boldItalic: jp },
      names: { latin: "Noto Serif JP", eastAsia: "Noto Serif JP" },
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

// The Word renderer's tests assert on this one's exact styles and text (a 20 pt title, the
// "UN General Assembly" head), so it keeps its own values; the PDF's take sampleStyles().
const everyBlockStyle = (name: string, changes: Partial<ResolvedStyle> = {}): ResolvedStyle =>
  sampleStyle(name, { lineHeight: 1.3, ...changes });

const everyBlockStyles = [
  everyBlockStyle("body", { align: "justify" }),
  everyBlockStyle("title", { size: 20, bold: true, basedOn: "body" }),
  everyBlockStyle("heading-1", { size: 14, bold: true, keepWithNext: true, basedOn: "body" }),
  everyBlockStyle("heading-2", { size: 12, bold: true, keepWithNext: true, basedOn: "body" }),
  everyBlockStyle("salutation", { basedOn: "body" }),
  everyBlockStyle("closing", { basedOn: "body", spaceBefore: 12 }),
  everyBlockStyle("list", { basedOn: "body" }),
  everyBlockStyle("meta-label", { bold: true, size: 9 }),
  everyBlockStyle("meta-value", { size: 9 }),
  everyBlockStyle("header", { size: 8, color: "#555555" }),
  everyBlockStyle("footer", { size: 8, align: "center" }),
  everyBlockStyle("toc-1", { basedOn: "body" }),
  everyBlockStyle("toc-2", { basedOn: "body", indent: 12 }),
  everyBlockStyle("toc-title", { size: 14, bold: true, pageBreakBefore: true }),
];

/** A hand-built Document with every block kind, Japanese text, and page fields. */
export function everyBlockDocument(): Document {
  return {
    meta: {
      title: "Statement on Trafficking in Persons",
      subject: "UN General Assembly",
      author: "Japan",
      keywords: ["trafficking", "UNGA"],
      language: "en",
      description: "Statement by the delegation of Japan",
      date: "2021-11-23",
      properties: {
        "briefing.date.start": "2021-11-23",
        "briefing.date.text": "令和3年11月23日",
        "briefing.venue": "New York",
        "briefing.speaker": "木村大使",
        "briefing.titleJa": "人身取引に関する声明",
        "briefing.source.file": "examples/sample.txt",
      },
    },
    page: {
      size: "A4",
      width: 595.28,
      height: 841.89,
      margins: { top: 72, right: 72, bottom: 72, left: 72 },
      header: [
        { kind: "paragraph", style: "header", inlines: [{ kind: "text", text: "UN General Assembly" }] },
      ],
      footer: [
        {
          kind: "paragraph",
          style: "footer",
          inlines: [
            { kind: "text", text: "Page " },
            { kind: "field", field: "page" },
            { kind: "text", text: " of " },
            { kind: "field", field: "pages" },
          ],
        },
      ],
    },
    blocks: [
      {
        kind: "paragraph",
        style: "title",
        inlines: [{ kind: "text", text: "Statement on Trafficking in Persons" }],
      },
      {
        kind: "table",
        columns: [1, 3],
        rows: [
          {
            cells: [
              { header: false, style: "meta-label", inlines: [{ kind: "text", text: "Date" }] },
              {
                header: false,
                style: "meta-value",
                inlines: [{ kind: "text", text: "令和3年11月23日", lang: "ja" }],
              },
            ],
          },
        ],
      },
      { kind: "rule" },
      {
        kind: "toc",
        style: "toc-1",
        depth: 2,
        entries: [{ level: 1, text: "Introduction", target: "introduction" }],
      },
      heading(1, "introduction", "Introduction"),
      { kind: "paragraph", style: "salutation", inlines: [{ kind: "text", text: "Mr. President," }] },
      {
        kind: "paragraph",
        style: "body",
        inlines: [
          { kind: "text", text: "On the 20" },
          { kind: "text", text: "th", marks: ["sup"] },
          { kind: "text", text: " anniversary, Japan (日本) is " },
          { kind: "text", text: "firmly", marks: ["strong"] },
          { kind: "text", text: " committed, as ", marks: [] },
          { kind: "text", text: "stated", marks: ["em"] },
          { kind: "text", text: " in H" },
          { kind: "text", text: "2", marks: ["sub"] },
          { kind: "text", text: "O. See " },
          { kind: "text", text: "the introduction", href: "#introduction" },
          { kind: "text", text: "." },
        ],
      },
      {
        kind: "list",
        ordered: true,
        style: "list",
        items: [[{ kind: "text", text: "First" }], [{ kind: "text", text: "Second" }]],
      },
      { kind: "list", ordered: false, style: "list", items: [[{ kind: "text", text: "A bullet" }]] },
      { kind: "pageBreak" },
      heading(2, "2 next part", "次の部分"),
      { kind: "paragraph", style: "closing", inlines: [{ kind: "text", text: "Thank you, Mr. President." }] },
    ],
    styles: Object.fromEntries(everyBlockStyles.map((s) => [s.name, s])),
    fonts: sampleFonts(),
  };
}
