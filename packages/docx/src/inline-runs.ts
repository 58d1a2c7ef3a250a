// Word runs: Document inlines → WordprocessingML runs (text, hyperlinks, footnote references and
// PAGE / NUMPAGES / STYLEREF fields), split by script with Word language tags and right-to-left
// marking; characters XML cannot hold are dropped.
import {
  allowedHref,
  type Inline,
  type Mark,
  plainText,
  refusedLinkMessage,
  type TextInline,
} from "@briefing/core";
import { inlineWordRuns, runLanguage } from "./languages.js";
import type { PartLinks } from "./part-links.js";
import type { RenderContext } from "./render-context.js";
import { wordStyleName } from "./word-styles.js";
import { element, textXml } from "./xml.js";

// Marks are the only direct formatting a run carries; everything else comes from the paragraph style.
function markProperties(marks: readonly Mark[] | undefined): string {
  if (marks === undefined || marks.length === 0) return "";
  return (
    (marks.includes("strong") ? "<w:b/><w:bCs/>" : "") +
    (marks.includes("em") ? "<w:i/><w:iCs/>" : "") +
    (marks.includes("sub") ? '<w:vertAlign w:val="subscript"/>' : "") +
    (marks.includes("sup") ? '<w:vertAlign w:val="superscript"/>' : "")
  );
}

const runXml = (properties: string, content: string): string =>
  element("w:r", {}, (properties === "" ? "" : `<w:rPr>${properties}</w:rPr>`) + content);

/** XML 1.0's `Char` production: anything else makes Word refuse the file. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

function allXmlChars(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    if (!isXmlChar(code)) return false;
    i += code > 0xffff ? 2 : 1;
  }
  return true;
}

/** Run content: text, with tabs and line breaks as Word's own elements. */
function runContent(text: string): string {
  let content = "";
  for (const part of text.split(/(\t|\r\n|\r|\n)/)) {
    if (part.length === 0) continue;
    content += part === "\t" ? "<w:tab/>" : /^[\r\n]+$/.test(part) ? "<w:cr/>" : textXml(part);
  }
  return content;
}

function cleanText(text: string, context: RenderContext): string {
  // Nearly all text is clean: it is returned as it is, not copied a character at a time.
  if (allXmlChars(text)) return text;
  let clean = "";
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) clean += char;
  if (clean.length !== text.length) {
    context.warn(`left out ${text.length - clean.length} control character(s) a Word file cannot hold`);
  }
  return clean;
}

function textRuns(inline: TextInline, context: RenderContext, style?: string): string {
  const text = cleanText(inline.text, context);
  const styleXml = style === undefined ? "" : element("w:rStyle", { "w:val": style });
  const marks = markProperties(inline.marks);
  let runs = "";
  for (const run of inlineWordRuns(text, inline.lang, context.language)) {
    const language = runLanguage(run);
    runs += runXml(
      styleXml +
        // The East-Asian font itself lives in the style; the hint makes Word use it for shared punctuation.
        (run.slot === "eastAsia" ? '<w:rFonts w:hint="eastAsia"/>' : "") +
        marks +
        // Arabic and Hebrew: the run is right to left, so Word sets all of it, digits and spaces
        // too, with the complex-script font and orders it by the bidi algorithm.
        (run.rightToLeft ? "<w:rtl/>" : "") +
        element("w:lang", {
          "w:val": language.value,
          "w:eastAsia": language.eastAsia,
          "w:bidi": language.bidirectional,
        }),
      runContent(run.text),
    );
  }
  return runs;
}

/** A field Word works out itself, with the text it shows until it does (`w:fldSimple`). */
export const simpleFieldXml = (instruction: string, result: string): string =>
  element("w:fldSimple", { "w:instr": instruction }, runXml("", textXml(result)));

/** A complex field (PAGE, NUMPAGES) in a run per field character, each with the inline's marks. */
function pageFieldXml(instruction: string, properties: string): string {
  return (
    runXml(properties, '<w:fldChar w:fldCharType="begin"/>') +
    runXml(properties, `<w:instrText xml:space="preserve">${instruction}</w:instrText>`) +
    runXml(properties, '<w:fldChar w:fldCharType="separate"/>') +
    runXml(properties, '<w:fldChar w:fldCharType="end"/>')
  );
}

/**
 * The running head: a STYLEREF field naming the Word style of the document's level-1 headings
 * (a book's statement titles), which Word fills per page; it opens showing the first one.
 */
function sectionField(context: RenderContext): string {
  const first = context.document.blocks.find((block) => block.kind === "heading" && block.level === 1);
  if (first?.kind !== "heading") return simpleFieldXml("TITLE", context.document.meta.title ?? "");
  return simpleFieldXml(`STYLEREF "${wordStyleName(first.style)}"`, plainText(first.inlines));
}

/** The Word footnote id of the Document footnote `id`: its place in `footnotes`, from 1. */
export function footnoteNumber(id: string, context: RenderContext): number | undefined {
  const index = context.document.footnotes?.findIndex((footnote) => footnote.id === id) ?? -1;
  return index < 0 ? undefined : index + 1;
}

/** The longest fragment Word keeps as a link's `w:anchor`; a longer one stays in the target. */
const maxAnchorLength = 255;

/** An external link: its relationship's target, with a fragment written as Word's anchor. */
function externalLinkXml(href: string, runs: string, links: PartLinks): string {
  const hash = href.indexOf("#");
  const fragment = href.length - hash - 1;
  const split = hash > 0 && fragment > 0 && fragment <= maxAnchorLength;
  const id = links(split ? href.slice(0, hash) : href);
  return element(
    "w:hyperlink",
    { "w:history": 1, "w:anchor": split ? href.slice(hash + 1) : undefined, "r:id": id },
    runs,
  );
}

/** A link to a bookmark of this document. */
export const internalLinkXml = (anchor: string, runs: string): string =>
  element("w:hyperlink", { "w:history": 1, "w:anchor": anchor }, runs);

/**
 * The runs of a paragraph: text split by script, links, and PAGE / NUMPAGES / STYLEREF fields.
 * External links take their relationships from `links`, those of the part the runs are in.
 */
export function inlinesXml(inlines: readonly Inline[], context: RenderContext, links: PartLinks): string {
  let xml = "";
  for (const inline of inlines) {
    if (inline.kind === "field" && inline.field === "section") {
      xml += sectionField(context);
    } else if (inline.kind === "field") {
      xml += pageFieldXml(inline.field === "page" ? "PAGE" : "NUMPAGES", markProperties(inline.marks));
    } else if (inline.note !== undefined && footnoteNumber(inline.note, context) !== undefined) {
      // A real footnote reference: Word numbers it and shows the note at the page's foot.
      const id = footnoteNumber(inline.note, context) as number;
      xml += runXml('<w:rStyle w:val="FootnoteReference"/>', element("w:footnoteReference", { "w:id": id }));
    } else if (inline.href === undefined) {
      xml += textRuns(inline, context);
    } else {
      // The same rule as markup-to-document, applied again: a Document may be made by hand.
      const href = allowedHref(inline.href);
      if (href === undefined) {
        context.warnOnce(refusedLinkMessage(inline.href));
        xml += textRuns(inline, context);
      } else if (href.startsWith("#")) {
        const anchor = context.bookmarkName(href.slice(1));
        xml += internalLinkXml(anchor, textRuns(inline, context, "Hyperlink"));
      } else {
        xml += externalLinkXml(href, textRuns(inline, context, "Hyperlink"), links);
      }
    }
  }
  return xml;
}
