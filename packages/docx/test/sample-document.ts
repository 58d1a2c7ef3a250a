import { type Document, type ResolvedStyle, styleDefaults } from "@briefing/core";

const base: Omit<ResolvedStyle, "name"> = { ...styleDefaults, lineHeight: 1.3, spaceAfter: 8 };

function style(name: string, changes: Partial<ResolvedStyle> = {}): ResolvedStyle {
  return { ...base, name, ...changes };
}

const styles = [
  style("body", { align: "justify" }),
  style("title", { size: 20, bold: true, basedOn: "body" }),
  style("heading-1", { size: 14, bold: true, keepWithNext: true, basedOn: "body" }),
  style("heading-2", { size: 12, bold: true, keepWithNext: true, basedOn: "body" }),
  style("salutation", { basedOn: "body" }),
  style("closing", { basedOn: "body", spaceBefore: 12 }),
  style("list", { basedOn: "body" }),
  style("meta-label", { bold: true, size: 9 }),
  style("meta-value", { size: 9 }),
  style("header", { size: 8, color: "#555555" }),
  style("footer", { size: 8, align: "center" }),
  style("toc-1", { basedOn: "body" }),
  style("toc-2", { basedOn: "body", indent: 12 }),
  style("toc-title", { size: 14, bold: true, pageBreakBefore: true }),
];

/** A hand-built Document with every block kind, Japanese text, and page fields. */
export function sampleDocument(): Document {
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
      {
        kind: "heading",
        level: 1,
        style: "heading-1",
        id: "introduction",
        inlines: [{ kind: "text", text: "Introduction" }],
      },
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
      {
        kind: "heading",
        level: 2,
        style: "heading-2",
        id: "2 next part",
        inlines: [{ kind: "text", text: "次の部分" }],
      },
      { kind: "paragraph", style: "closing", inlines: [{ kind: "text", text: "Thank you, Mr. President." }] },
    ],
    styles: Object.fromEntries(styles.map((s) => [s.name, s])),
    fonts: {
      serif: {
        pdf: { regular: "/r.ttf", bold: "/b.ttf", italic: "/i.ttf", boldItalic: "/bi.ttf" },
        word: { ascii: "Noto Serif", eastAsia: "Noto Serif JP" },
        fallback: ["serif-jp"],
      },
      "serif-jp": {
        pdf: { regular: "/r.ttf", bold: "/b.ttf", italic: "/i.ttf", boldItalic: "/bi.ttf" },
        word: { ascii: "Noto Serif JP", eastAsia: "Noto Serif JP" },
        fallback: [],
      },
    },
  };
}
