import { type Document, DocumentSchema, type Warning } from "@briefing/core";
import { BorderStyle, type IParagraphStyleOptions, Packer, Document as WordDocument } from "docx";
import { blockToDocx } from "./blocks/index.js";
import { normalizePackage, packageDate } from "./deterministic-zip.js";
import { listNumbering } from "./numbering.js";
import { pageSetup } from "./page-setup.js";
import { createRenderContext, type RenderContext } from "./render-context.js";
import { headingLevels, ruleStyleId, toParagraphStyle, wordFonts } from "./word-styles.js";

/** Options of {@link renderDocx}. */
export interface RenderDocxOptions {
  /** The input file, named in warnings. */
  file?: string;
  /** Called with each non-fatal problem. */
  onWarning?: (warning: Warning) => void;
}

const ruleStyle: IParagraphStyleOptions = {
  id: ruleStyleId,
  name: "Rule",
  basedOn: "Normal",
  run: { size: 4 },
  paragraph: {
    spacing: { before: 0, after: 240, line: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "808080", space: 1 } },
  },
};

function bodyFamily(document: Document): string | undefined {
  return document.styles.body?.font ?? Object.keys(document.fonts)[0];
}

function checkStyles(document: Document, context: RenderContext): void {
  const used = new Set<string>();
  const visit = (style: string) => used.add(style);
  for (const block of document.blocks) {
    if (block.kind === "table") for (const row of block.rows) for (const cell of row.cells) visit(cell.style);
    else if ("style" in block) visit(block.style);
  }
  for (const block of [...document.page.header, ...document.page.footer]) visit(block.style);
  for (const style of used) {
    if (!(style in document.styles))
      context.warn(`style "${style}" is not defined in the theme; Word shows it as Normal`);
  }
  for (const style of Object.values(document.styles)) {
    if (!(style.font in document.fonts))
      context.warn(`style "${style.name}" names the unknown font "${style.font}"`);
  }
}

function languageTag(language: string | undefined): string {
  if (language === undefined || /^en$/i.test(language)) return "en-US";
  return /^ja$/i.test(language) ? "ja-JP" : language;
}

/**
 * Writes a Document as an editable Word file: theme styles as Word styles, page setup, header
 * and footer with page fields, real numbering, a pre-filled TOC, bookmarks and document
 * properties. The same Document always gives the same bytes.
 */
export async function renderDocx(document: Document, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const doc = DocumentSchema.parse(document);
  const context = createRenderContext(doc, options.file ?? "<document>", options.onWarning);
  checkStyles(doc, context);
  const { meta } = doc;
  const family = bodyFamily(doc);
  const levels = headingLevels(doc);
  const word = new WordDocument({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    keywords: meta.keywords.length > 0 ? meta.keywords.join(", ") : undefined,
    description: meta.description,
    lastModifiedBy: meta.author,
    revision: 1,
    customProperties: Object.entries(meta.properties).map(([name, value]) => ({ name, value })),
    styles: {
      default: {
        document: {
          run: {
            ...(family === undefined ? {} : { font: wordFonts(doc, family) }),
            language: { value: languageTag(meta.language), eastAsia: "ja-JP" },
          },
        },
      },
      paragraphStyles: [
        ...Object.values(doc.styles).map((style) => toParagraphStyle(doc, style, levels)),
        ruleStyle,
      ],
    },
    numbering: listNumbering,
    sections: [
      {
        ...pageSetup(doc.page, context),
        children: doc.blocks.flatMap((block) => blockToDocx(block, context)),
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(word);
  return normalizePackage(new Uint8Array(bytes), packageDate(meta.date));
}
