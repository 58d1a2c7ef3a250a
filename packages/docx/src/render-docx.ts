// Word entry point: a Document → .docx bytes (validate, build the docx Document, assemble, zip).
import { type Document, MARGIN_STYLE, sourceDate, validateDocument, type Warning } from "@briefing/core";
import { Paragraph, Document as WordDocument } from "docx";
import { blockToDocx } from "./blocks/index.js";
import { type PartData, zipPackage } from "./deterministic-zip.js";
import { embedFonts } from "./embedded-fonts.js";
import { inlinesToRuns } from "./inlines-to-runs.js";
import { wordLanguageTag } from "./languages.js";
import { listNumbering } from "./numbering.js";
import { packageParts } from "./package-parts.js";
import { pageSetup } from "./page-setup.js";
import { createRenderContext, type RenderContext } from "./render-context.js";
import { themeSetup } from "./theme-setup.js";
import { wordStyleId } from "./word-styles.js";

/** Options of {@link renderDocx}. */
export interface RenderDocxOptions {
  /** The input file, named in warnings. */
  file?: string;
  /** Called with each non-fatal problem. */
  onWarning?: (warning: Warning) => void;
  /**
   * The page each heading starts on, by heading id (`headingPages` of @briefing/pdf): written
   * into the TOC field's result after a dot leader, so the contents shows page numbers before
   * Word updates the field. Without it the entries have no page numbers until then.
   */
  tocPages?: ReadonlyMap<string, number>;
  /**
   * Embed the theme's font files, subset to the characters the document shows, so it looks the
   * same on a machine without them (Word's "Embed fonts in the file"). Off by default: it adds
   * tens of kilobytes per face, and a reader who edits may type characters the subset lacks.
   */
  embedFonts?: boolean;
}

function checkStyles(document: Document, context: RenderContext): void {
  const used = new Set<string>();
  const visit = (style: string) => used.add(style);
  for (const block of document.blocks) {
    if (block.kind === "table") for (const row of block.rows) for (const cell of row.cells) visit(cell.style);
    else if ("style" in block) visit(block.style);
    if (block.kind === "paragraph" && block.margin !== undefined) visit(MARGIN_STYLE);
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

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The document's language in the core properties (`dc:language`, as Word's File › Info shows it
 * and search tools index it), in the form of its runs' `w:lang`. docx has no option for it; the
 * core properties are an `xsd:all`, so its place among them is free.
 */
function setCoreLanguage(parts: Map<string, PartData>, language: string | undefined): void {
  const core = parts.get("docProps/core.xml");
  if (language === undefined || typeof core !== "string") return;
  const element = `<dc:language>${escapeXml(wordLanguageTag(language))}</dc:language>`;
  parts.set("docProps/core.xml", core.replace("</cp:coreProperties>", `${element}</cp:coreProperties>`));
}

/**
 * Writes a Document as an editable Word file: theme styles as Word styles, page setup, header
 * and footer with page fields, real numbering, a pre-filled TOC, bookmarks and document
 * properties. The same Document always gives the same bytes.
 */
export async function renderDocx(document: Document, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const file = options.file ?? "<document>";
  // Validated once: returns at once for a Document statementToDocument built; a BriefingError, never a ZodError.
  const doc = validateDocument(document, file);
  const context = createRenderContext(doc, file, options.onWarning, options.tocPages);
  checkStyles(doc, context);
  const { meta } = doc;
  const setup = themeSetup(doc);
  const word = new WordDocument({
    title: meta.title,
    subject: meta.subject,
    // docx writes "Un-named" for an undefined creator or lastModifiedBy, and nothing for "": a
    // Document without an author leaves both out rather than name anyone.
    creator: meta.author ?? "",
    keywords: meta.keywords.length > 0 ? meta.keywords.join(", ") : undefined,
    description: meta.description,
    lastModifiedBy: meta.author ?? "",
    revision: 1,
    customProperties: Object.entries(meta.properties).map(([name, value]) => ({ name, value })),
    // Once the theme's parts are cached, styles.xml is not written from this File, so its styles are
    // not built (a third of the File's making). docx reads them nowhere else but to fill in a TOC
    // it builds itself; briefing writes its TOC's entries, so the document's XML is the same.
    ...(setup.parts === undefined ? { styles: setup.styles } : {}),
    numbering: listNumbering,
    // Word footnotes, ids 1… in the Document's order (the markers' FootnoteReferenceRun ids).
    ...(doc.footnotes?.length
      ? {
          footnotes: Object.fromEntries(
            doc.footnotes.map((footnote, index) => [
              String(index + 1),
              {
                children: [
                  new Paragraph({
                    style: wordStyleId("footnote"),
                    // Word's note number (footnoteRef) comes first; a space parts it from the text.
                    children: inlinesToRuns([{ kind: "text", text: " " }, ...footnote.inlines], context),
                  }),
                ],
              },
            ]),
          ),
        }
      : {}),
    sections: [
      {
        ...pageSetup(doc.page, context),
        children: doc.blocks.flatMap((block) => blockToDocx(block, context)),
      },
    ],
  });
  const { parts, themeParts } = await packageParts(word, setup.parts);
  setup.parts ??= themeParts;
  setCoreLanguage(parts, meta.language);
  if (options.embedFonts) await embedFonts(parts, doc, context);
  return zipPackage(parts, sourceDate(meta.date));
}
