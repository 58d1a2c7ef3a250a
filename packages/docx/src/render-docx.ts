// Word entry point: a Document → .docx bytes (validate, write its parts into the package template
// docx wrote for its shape, zip).
import { type Document, MARGIN_STYLE, sourceDate, validateDocument, type Warning } from "@briefing/core";
import { blockToDocx } from "./blocks/index.js";
import { type PartData, zipPackage } from "./deterministic-zip.js";
import { corePropertiesXml, customPropertiesXml } from "./document-properties.js";
import { embedFonts } from "./embedded-fonts.js";
import { footnotesXml } from "./footnotes.js";
import { listInstancesXml } from "./numbering.js";
import { type PackageTemplate, packageTemplate, relationshipsPath } from "./package-template.js";
import { bandContents } from "./page-setup.js";
import { fillPart } from "./part-content.js";
import { type LinkList, linkList, type RelationshipsTemplate } from "./part-links.js";
import { createRenderContext, type RenderContext } from "./render-context.js";
import { themeSetup } from "./theme-setup.js";

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
  for (const block of document.blocks) {
    if (block.kind === "table")
      for (const row of block.rows) for (const cell of row.cells) used.add(cell.style);
    else if ("style" in block) used.add(block.style);
    if (block.kind === "paragraph" && block.margin !== undefined) used.add(MARGIN_STYLE);
  }
  for (const block of [...document.page.header, ...document.page.footer]) used.add(block.style);
  for (const style of used) {
    if (!(style in document.styles))
      context.warn(`style "${style}" is not defined in the theme; Word shows it as Normal`);
  }
  for (const style of Object.values(document.styles)) {
    if (!(style.font in document.fonts))
      context.warn(`style "${style.name}" names the unknown font "${style.font}"`);
  }
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
  const { meta, page } = doc;
  const template = await packageTemplate(doc, themeSetup(doc));
  const context = createRenderContext(doc, file, options.onWarning, options.tocPages);
  checkStyles(doc, context);
  // Each part's links, numbered after the relationships docx wrote for it.
  const links: { path: string; relationships: RelationshipsTemplate; list: LinkList }[] = [];
  const linksOf = (path: string) => {
    const relationships = template.relationships.get(path);
    if (relationships === undefined) throw new Error(`docx wrote no relationships for ${path}`);
    const list = linkList(relationships.firstLinkId);
    links.push({ path, relationships, list });
    return list.link;
  };
  // The footnotes, the bands, then the body, as always: the order decides which of two ids that
  // read alike keeps the plain bookmark name, and the order of the warnings.
  const footnotes = footnotesXml(doc.footnotes ?? [], context, linksOf("word/footnotes.xml"));
  const bands = bandContents(page, context, linksOf);
  const bodyLinks = linksOf("word/document.xml");
  let body = "";
  for (const block of doc.blocks) body += blockToDocx(block, context, bodyLinks);
  const date = sourceDate(meta.date);
  const parts: Map<string, PartData> = new Map(template.parts);
  fillTemplatePart(parts, template, "word/document.xml", "w:document", body, "<w:body>");
  fillTemplatePart(parts, template, "word/footnotes.xml", "w:footnotes", footnotes);
  for (const { path, root, xml } of bands) fillTemplatePart(parts, template, path, root, xml);
  fillTemplatePart(parts, template, "word/numbering.xml", "w:numbering", listInstancesXml(context.lists));
  for (const { path, relationships, list } of links) {
    parts.set(relationshipsPath(path), relationships.write(list.targets));
  }
  parts.set("docProps/core.xml", corePropertiesXml(templatePart(template, "docProps/core.xml"), meta, date));
  parts.set(
    "docProps/custom.xml",
    customPropertiesXml(templatePart(template, "docProps/custom.xml"), meta.properties),
  );
  if (options.embedFonts) await embedFonts(parts, doc, context);
  return zipPackage(parts, date);
}

/** Sets `path` in `parts` to the template's part with `content` put in its `root` element. */
function fillTemplatePart(
  parts: Map<string, PartData>,
  template: PackageTemplate,
  path: string,
  root: string,
  content: string,
  after?: string,
): void {
  parts.set(path, fillPart(templatePart(template, path), root, content, after));
}

function templatePart(template: PackageTemplate, path: string): string {
  const xml = template.parts.get(path);
  if (xml === undefined) throw new Error(`docx wrote no ${path}`);
  return xml;
}
