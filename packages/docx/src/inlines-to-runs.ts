// Word block conversion: Document inlines → docx runs (TextRun, hyperlinks, PAGE/NUMPAGES fields),
// split by script with Word language tags and right-to-left marking; characters XML cannot hold
// are dropped.
import {
  allowedHref,
  type Inline,
  type Mark,
  plainText,
  refusedLinkMessage,
  type TextInline,
} from "@briefing/core";
import {
  CarriageReturn,
  ExternalHyperlink,
  FootnoteReferenceRun,
  InternalHyperlink,
  PageNumber,
  type ParagraphChild,
  SimpleField,
  Tab,
  TextRun,
} from "docx";
import { inlineWordRuns, runLanguage } from "./languages.js";
import type { RenderContext } from "./render-context.js";
import { wordStyleName } from "./word-styles.js";

// Marks are the only direct formatting a run carries; everything else comes from the paragraph style.
function markProperties(marks: readonly Mark[] | undefined) {
  const has = (mark: Mark) => marks?.includes(mark) === true;
  return {
    ...(has("strong") ? { bold: true } : {}),
    ...(has("em") ? { italics: true } : {}),
    ...(has("sup") ? { superScript: true } : {}),
    ...(has("sub") ? { subScript: true } : {}),
  };
}

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

/** Run content: text, with tabs and line breaks as Word's own elements. */
function runContent(text: string): (string | Tab | CarriageReturn)[] {
  return text
    .split(/(\t|\r\n|\r|\n)/)
    .filter((part) => part.length > 0)
    .map((part) => (part === "\t" ? new Tab() : /^[\r\n]+$/.test(part) ? new CarriageReturn() : part));
}

function cleanText(text: string, context: RenderContext): string {
  let clean = "";
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) clean += char;
  if (clean.length !== text.length) {
    context.warn(`left out ${text.length - clean.length} control character(s) a Word file cannot hold`);
  }
  return clean;
}

function textRuns(inline: TextInline, context: RenderContext, style?: string): TextRun[] {
  const text = cleanText(inline.text, context);
  return inlineWordRuns(text, inline.lang, context.language).map(
    (run) =>
      new TextRun({
        children: runContent(run.text),
        ...(style === undefined ? {} : { style }),
        ...markProperties(inline.marks),
        // The East-Asian font itself lives in the style; the hint makes Word use it for shared punctuation.
        ...(run.slot === "eastAsia" ? { font: { hint: "eastAsia" } } : {}),
        // Arabic and Hebrew: the run is right to left, so Word sets all of it, digits and spaces
        // too, with the complex-script font and orders it by the bidi algorithm.
        ...(run.rightToLeft ? { rightToLeft: true } : {}),
        language: runLanguage(run),
      }),
  );
}

/**
 * The running head: a STYLEREF field naming the Word style of the document's level-1 headings
 * (a book's statement titles), which Word fills per page; it opens showing the first one.
 */
function sectionField(context: RenderContext): SimpleField {
  const first = context.document.blocks.find((block) => block.kind === "heading" && block.level === 1);
  if (first?.kind !== "heading") return new SimpleField("TITLE", context.document.meta.title ?? "");
  return new SimpleField(`STYLEREF "${wordStyleName(first.style)}"`, plainText(first.inlines));
}

/** The Word footnote id of the Document footnote `id`: its place in `footnotes`, from 1. */
export function footnoteNumber(id: string, context: RenderContext): number | undefined {
  const index = context.document.footnotes?.findIndex((footnote) => footnote.id === id) ?? -1;
  return index < 0 ? undefined : index + 1;
}

/** The runs of a paragraph: text split by script, links, and PAGE / NUMPAGES / STYLEREF fields. */
export function inlinesToRuns(inlines: readonly Inline[], context: RenderContext): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const inline of inlines) {
    if (inline.kind === "field" && inline.field === "section") {
      children.push(sectionField(context));
    } else if (inline.kind === "field") {
      children.push(
        new TextRun({
          ...markProperties(inline.marks),
          children: [inline.field === "page" ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES],
        }),
      );
    } else if (inline.note !== undefined && footnoteNumber(inline.note, context) !== undefined) {
      // A real footnote reference: Word numbers it and shows the note at the page's foot.
      children.push(new FootnoteReferenceRun(footnoteNumber(inline.note, context) as number));
    } else if (inline.href === undefined) {
      children.push(...textRuns(inline, context));
    } else {
      // The same rule as markup-to-document, applied again: a Document may be made by hand.
      const href = allowedHref(inline.href);
      if (href === undefined) {
        context.warnOnce(refusedLinkMessage(inline.href));
        children.push(...textRuns(inline, context));
      } else if (href.startsWith("#")) {
        const anchor = context.bookmarkName(href.slice(1));
        children.push(new InternalHyperlink({ anchor, children: textRuns(inline, context, "Hyperlink") }));
      } else {
        children.push(
          new ExternalHyperlink({ link: href, children: textRuns(inline, context, "Hyperlink") }),
        );
      }
    }
  }
  return children;
}
