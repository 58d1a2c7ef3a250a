// Document stage: briefing markup (a rendered template) + Theme → typed Document, TOC collected.
// Unknown tags, attributes or styles fail at the template line that produced them.

import type {
  Block,
  Document,
  Footnote,
  Heading,
  Inline,
  Paragraph,
  TableCell,
  Toc,
} from "../contract/document-schema.js";
import { MARGIN_STYLE } from "../contract/document-schema.js";
import type { Warning } from "../errors.js";
import type { Mark } from "../statement/statement-schema.js";
import { MarkupSourceMap } from "../template/markup-source-map.js";
import { isJapaneseTag } from "../text/script.js";
import { anchorSlug } from "../text/slug.js";
import { smartQuotesWith } from "../text/smart-quotes.js";
import type { Theme } from "../theme/load-theme.js";
import { collapseWhitespace, plainText } from "./collapse-whitespace.js";
import { allowedHref, refusedLinkMessage } from "./links.js";
import { type Fail, failAt, type MarkupElement, type MarkupNode, parseMarkup } from "./parse-markup.js";

/** The attributes each tag accepts; any other tag or attribute is an error. */
const tagAttributes: Record<string, readonly string[]> = {
  document: ["title", "subject", "author", "keywords", "lang", "description", "date", "title-page"],
  header: [],
  footer: [],
  h1: ["id", "class", "data-detail"],
  h2: ["id", "class", "data-detail"],
  h3: ["id", "class", "data-detail"],
  p: ["class", "data-margin"],
  strong: [],
  em: [],
  sup: [],
  sub: [],
  span: ["lang"],
  a: ["href"],
  ul: ["class"],
  ol: ["class"],
  li: [],
  table: ["columns"],
  tr: [],
  th: ["class"],
  td: ["class"],
  hr: [],
  "page-break": [],
  toc: ["depth", "class"],
  "page-number": [],
  "page-count": [],
  "section-title": [],
  "note-ref": ["id"],
  footnote: ["id"],
};

/** The tags of briefing markup. */
export const markupTags: readonly string[] = Object.keys(tagAttributes);

const markTags = new Set<string>(["strong", "em", "sup", "sub"]);
const blankText = /^[ \t\n\r\f]*$/;

interface InlineState {
  marks: Mark[];
  lang: string | undefined;
  href: string | undefined;
  /** Inside an `<a>`, whether or not its link was allowed. */
  inLink: boolean;
}

export interface MarkupToDocumentOptions {
  theme: Theme;
  /** Names the markup in messages when `markup` is a plain string. */
  file?: string;
}

/**
 * Parses briefing markup into a Document laid out with `theme`. An unknown tag or attribute,
 * bad nesting or an unknown style is a BriefingError at the template position that produced it
 * (when given a MarkupSourceMap) and the markup position. `meta.properties` is left empty.
 */
export function markupToDocument(
  markup: string | MarkupSourceMap,
  options: MarkupToDocumentOptions,
): { document: Document; warnings: Warning[] } {
  const map =
    typeof markup === "string" ? new MarkupSourceMap(markup, [], [], options.file ?? "<markup>") : markup;
  return new MarkupConverter(map, options.theme).convert();
}

// Each Document gets its own copy of the theme's styles and fonts (a caller may change them);
// copied by shape, as structuredClone takes several times longer for these plain records.
function copyStyles(styles: Document["styles"]): Document["styles"] {
  const copy: Document["styles"] = {};
  for (const [name, style] of Object.entries(styles)) copy[name] = { ...style };
  return copy;
}

function copyFonts(fonts: Document["fonts"]): Document["fonts"] {
  const copy: Document["fonts"] = {};
  for (const [name, family] of Object.entries(fonts)) {
    copy[name] = {
      ...family,
      files: { ...family.files },
      names: { ...family.names },
      fallback: [...family.fallback],
    };
  }
  return copy;
}

/**
 * The theme's `typography.smartQuotes`: curly quotes in a block's text inlines, judged across
 * inline boundaries (`"<em>x</em>"`). Japanese-tagged text and note markers stay as they are;
 * attributes (hrefs, titles, `data-detail`) are never text, so they keep their quotes.
 */
function curlQuotes(inlines: Inline[]): void {
  let text = "";
  for (const inline of inlines) text += inline.kind === "text" ? inline.text : "\uFFFC";
  // Most blocks have no straight quote: nothing to curl, no eligibility to work out.
  if (!text.includes('"') && !text.includes("'")) return;
  // 1 where a character may be curled: text of a run that is neither Japanese nor a note marker.
  const eligible = new Uint8Array(text.length);
  let start = 0;
  for (const inline of inlines) {
    if (inline.kind !== "text") {
      start += 1;
      continue;
    }
    const ok = inline.note === undefined && !isJapaneseTag(inline.lang);
    if (ok) eligible.fill(1, start, start + inline.text.length);
    start += inline.text.length;
  }
  const curled = smartQuotesWith(text, (index) => eligible[index] === 1);
  if (curled === text) return;
  let at = 0;
  for (const inline of inlines) {
    if (inline.kind !== "text") {
      at += 1;
      continue;
    }
    inline.text = curled.slice(at, at + inline.text.length);
    at += inline.text.length;
  }
}

class MarkupConverter {
  private readonly fail: Fail;
  private readonly warnings: Warning[] = [];
  private readonly headings: Heading[] = [];
  /** A heading's `data-detail`, white space collapsed: shown under its TOC entry. */
  private readonly details = new Map<Heading, string>();
  private readonly ids = new Set<string>();
  private readonly tocs: { toc: Toc; offset: number }[] = [];
  private readonly links: { href: string; offset: number }[] = [];
  /** Footnote markers not yet bound: markup id → the tokens their inlines carry in `note`. */
  private readonly pendingRefs = new Map<string, string[]>();
  /** A marker's token → the id of the Document footnote it points to. */
  private readonly refBindings = new Map<string, string>();
  private readonly footnotes: Footnote[] = [];
  private inFootnote = false;
  private refCount = 0;

  constructor(
    private readonly map: MarkupSourceMap,
    private readonly theme: Theme,
  ) {
    this.fail = failAt(map);
  }

  convert(): { document: Document; warnings: Warning[] } {
    const root = parseMarkup(this.map.markup, this.fail);
    const documentElement = this.onlyDocumentElement(root);
    const page = { header: [] as Paragraph[], footer: [] as Paragraph[] };
    const blocks: Block[] = [];
    const seen = new Set<string>();
    for (const child of this.elementChildren(documentElement)) {
      if (child.name === "header" || child.name === "footer") {
        if (seen.has(child.name)) this.fail(child.offset, `a document has one <${child.name}>`);
        seen.add(child.name);
        for (const paragraph of this.elementChildren(child)) {
          if (paragraph.name !== "p") this.notAllowed(paragraph, child);
          page[child.name].push(this.paragraph(paragraph));
        }
        continue;
      }
      if (child.name === "footnote") {
        this.footnote(child);
        continue;
      }
      blocks.push(this.block(child, documentElement));
    }
    const footnotes = this.numberFootnotes(blocks, page);
    // Entries are filled last: a table of contents usually comes before the headings it lists.
    for (const { toc, offset } of this.tocs) {
      toc.entries = this.headings
        .filter((heading) => heading.level <= toc.depth)
        .map((heading) => {
          const detail = this.details.get(heading);
          return {
            level: heading.level,
            text: plainText(heading.inlines),
            target: heading.id,
            ...(detail ? { detail } : {}),
          };
        });
      if (toc.entries.length === 0)
        this.warn(offset, "the table of contents is empty: the document has no headings");
    }
    for (const link of this.links) {
      if (link.href.startsWith("#") && !this.ids.has(link.href.slice(1))) {
        this.warn(link.offset, `link to ${link.href}, which no heading has as its id`);
      }
    }
    const { size, width, height, margins } = this.theme.page;
    return {
      document: {
        meta: this.meta(documentElement),
        page: {
          size,
          width,
          height,
          margins: { ...margins },
          header: page.header,
          footer: page.footer,
          ...(documentElement.attributes["title-page"] === "true" ? { titlePage: true } : {}),
        },
        blocks,
        ...(footnotes.length > 0 ? { footnotes } : {}),
        styles: copyStyles(this.theme.styles),
        fonts: copyFonts(this.theme.fonts),
      },
      warnings: this.warnings,
    };
  }

  /**
   * A `<footnote id>`: binds the `<note-ref id>` markers since the previous footnote of that id
   * (so each statement of a book may number its notes from 1). One with no marker is left out.
   */
  private footnote(element: MarkupElement): void {
    const id = element.attributes.id;
    if (!id) this.fail(element.offset, '<footnote> needs id="…"', 'e.g. <footnote id="1">');
    if (!("footnote" in this.theme.styles)) {
      this.fail(
        element.offset,
        'unknown style "footnote" for <footnote>',
        `define it under styles: in ${this.theme.file}`,
      );
    }
    const tokens = this.pendingRefs.get(id) ?? [];
    this.pendingRefs.delete(id);
    this.inFootnote = true;
    const inlines = this.inlines(element);
    this.inFootnote = false;
    if (tokens.length === 0) {
      this.warn(
        element.offset,
        `<footnote id="${id}"> has no <note-ref id="${id}"> before it; it is left out`,
      );
      return;
    }
    let unique = id;
    for (let n = 2; this.footnotes.some((footnote) => footnote.id === unique); n++) unique = `${id}-${n}`;
    for (const token of tokens) this.refBindings.set(token, unique);
    this.footnotes.push({ id: unique, inlines });
  }

  /**
   * Gives each bound marker its footnote's id and number (in the order of first reference) as
   * superscript text; a marker no footnote followed stays the text it held. Returns the
   * footnotes that have a marker in the text, in number order.
   */
  private numberFootnotes(
    blocks: readonly Block[],
    page: { header: Paragraph[]; footer: Paragraph[] },
  ): Footnote[] {
    const numbers = new Map<string, number>();
    for (const paragraph of [...page.header, ...page.footer])
      this.resolveNotes(paragraph.inlines, false, numbers);
    for (const block of blocks) {
      if (block.kind === "paragraph" || block.kind === "heading")
        this.resolveNotes(block.inlines, true, numbers);
      else if (block.kind === "list") for (const item of block.items) this.resolveNotes(item, true, numbers);
      else if (block.kind === "table")
        for (const row of block.rows)
          for (const cell of row.cells) this.resolveNotes(cell.inlines, true, numbers);
    }
    return this.footnotes
      .filter((footnote) => numbers.has(footnote.id))
      .sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  }

  /** Numbers the markers of `inlines` (see numberFootnotes); `numbers`: footnote id → number. */
  private resolveNotes(inlines: readonly Inline[], bind: boolean, numbers: Map<string, number>): void {
    for (const inline of inlines) {
      if (inline.kind !== "text" || inline.note === undefined) continue;
      const id = bind ? this.refBindings.get(inline.note) : undefined;
      if (id === undefined) {
        delete inline.note;
        continue;
      }
      let number = numbers.get(id);
      if (number === undefined) {
        number = numbers.size + 1;
        numbers.set(id, number);
      }
      inline.text = String(number);
      inline.note = id;
      if (!inline.marks?.includes("sup")) inline.marks = [...(inline.marks ?? []), "sup"];
    }
  }

  private meta(element: MarkupElement): Document["meta"] {
    const attributes = element.attributes;
    const keywords = (attributes.keywords ?? "")
      .split(",")
      .map((keyword) => keyword.trim())
      .filter(Boolean);
    const meta: Document["meta"] = {
      ...(attributes.title ? { title: attributes.title } : {}),
      ...(attributes.subject ? { subject: attributes.subject } : {}),
      ...(attributes.author ? { author: attributes.author } : {}),
      keywords,
      ...(attributes.lang ? { language: attributes.lang } : {}),
      ...(attributes.description ? { description: attributes.description } : {}),
      ...(attributes.date ? { date: attributes.date } : {}),
      properties: {},
    };
    return meta;
  }

  private warn(offset: number, message: string): void {
    const at = this.map.locate(offset);
    this.warnings.push({ file: at.file, line: at.line, column: at.column, message });
  }

  private onlyDocumentElement(root: MarkupElement): MarkupElement {
    const elements = this.elementChildren(root);
    const first = elements[0];
    if (first?.name !== "document") {
      return this.fail(
        first?.offset ?? 0,
        "markup must be one <document> element",
        "wrap the template in <document>…</document>",
      );
    }
    const second = elements[1];
    if (second) this.fail(second.offset, "nothing may follow </document>");
    this.checkAttributes(first);
    return first;
  }

  /** Child elements of a container that holds no text of its own. */
  private elementChildren(element: MarkupElement): MarkupElement[] {
    const elements: MarkupElement[] = [];
    for (const child of element.children) {
      if (child.type === "text") {
        if (!blankText.test(child.text)) {
          const where = element.name === "#root" ? "outside <document>" : `directly inside <${element.name}>`;
          this.fail(
            child.offset + (child.text.length - child.text.trimStart().length),
            `text ${where}`,
            'put text in a <p class="…">',
          );
        }
        continue;
      }
      if (element.name !== "#root") this.checkAttributes(child);
      elements.push(child);
    }
    return elements;
  }

  private checkAttributes(element: MarkupElement): void {
    const allowed = tagAttributes[element.name];
    if (!allowed) {
      this.fail(
        element.offset,
        `unknown tag <${element.name}>`,
        `briefing markup has: ${markupTags.join(", ")}`,
      );
    }
    for (const name of Object.keys(element.attributes)) {
      if (!allowed.includes(name)) {
        this.fail(
          element.attributeOffsets[name] ?? element.offset,
          `unknown attribute "${name}" on <${element.name}>`,
          allowed.length
            ? `<${element.name}> takes: ${allowed.join(", ")}`
            : `<${element.name}> takes no attributes`,
        );
      }
    }
  }

  private notAllowed(child: MarkupElement, parent: MarkupElement): never {
    return this.fail(child.offset, `<${child.name}> cannot be inside <${parent.name}>`);
  }

  private style(element: MarkupElement, fallback: string | undefined): string {
    const name = element.attributes.class ?? fallback;
    if (name === undefined) {
      return this.fail(
        element.offset,
        `<${element.name}> needs a class naming its style`,
        `e.g. <${element.name} class="body">`,
      );
    }
    if (!(name in this.theme.styles)) {
      return this.fail(
        element.attributeOffsets.class ?? element.offset,
        `unknown style "${name}"`,
        `define it under styles: in ${this.theme.file}`,
      );
    }
    return name;
  }

  private noChildren(element: MarkupElement): void {
    for (const child of element.children) {
      if (child.type === "element" || !blankText.test(child.text)) {
        this.fail(child.offset, `<${element.name}> holds nothing`, `write <${element.name}/>`);
      }
    }
  }

  private block(element: MarkupElement, parent: MarkupElement): Block {
    switch (element.name) {
      case "p":
        return this.paragraph(element);
      case "h1":
      case "h2":
      case "h3":
        return this.heading(element);
      case "ul":
      case "ol":
        return {
          kind: "list",
          ordered: element.name === "ol",
          style: this.style(element, "list"),
          items: this.elementChildren(element).map((item) => {
            if (item.name !== "li") this.notAllowed(item, element);
            return this.inlines(item);
          }),
        };
      case "table":
        return this.table(element);
      case "hr":
        this.noChildren(element);
        return { kind: "rule" };
      case "page-break":
        this.noChildren(element);
        return { kind: "pageBreak" };
      case "toc":
        return this.toc(element);
      default:
        return this.notAllowed(element, parent);
    }
  }

  private paragraph(element: MarkupElement): Paragraph {
    const paragraph: Paragraph = {
      kind: "paragraph",
      style: this.style(element, undefined),
      inlines: this.inlines(element),
    };
    const margin = element.attributes["data-margin"]?.replace(/\s+/g, " ").trim();
    if (margin) {
      if (!(MARGIN_STYLE in this.theme.styles)) {
        this.fail(
          element.attributeOffsets["data-margin"] ?? element.offset,
          `data-margin needs a "${MARGIN_STYLE}" style`,
          `define it under styles: in ${this.theme.file}`,
        );
      }
      paragraph.margin = margin;
    }
    return paragraph;
  }

  private heading(element: MarkupElement): Heading {
    const level = Number(element.name.slice(1)) as 1 | 2 | 3;
    const style = this.style(element, `heading-${level}`);
    const inlines = this.inlines(element);
    let id = element.attributes.id;
    if (id !== undefined) {
      const offset = element.attributeOffsets.id ?? element.offset;
      if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)) {
        this.fail(
          offset,
          `id "${id}" is not a valid anchor`,
          "start with a letter; use letters, digits, - and _",
        );
      }
      if (this.ids.has(id)) this.fail(offset, `id "${id}" is used twice`);
    } else {
      const base = anchorSlug(plainText(inlines));
      id = base;
      for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    }
    this.ids.add(id);
    const heading: Heading = { kind: "heading", level, style, id, inlines };
    this.headings.push(heading);
    const detail = element.attributes["data-detail"]?.replace(/\s+/g, " ").trim();
    if (detail) this.details.set(heading, detail);
    return heading;
  }

  private table(element: MarkupElement): Block {
    const rows: { row: MarkupElement; cells: TableCell[] }[] = [];
    for (const row of this.elementChildren(element)) {
      if (row.name !== "tr") this.notAllowed(row, element);
      const cells: TableCell[] = [];
      for (const cell of this.elementChildren(row)) {
        if (cell.name !== "th" && cell.name !== "td") this.notAllowed(cell, row);
        const header = cell.name === "th";
        cells.push({
          header,
          style: this.style(cell, header ? "table-header" : "table-cell"),
          inlines: this.inlines(cell),
        });
      }
      rows.push({ row, cells });
    }
    const first = rows[0];
    if (!first) return this.fail(element.offset, "a <table> needs at least one <tr>");
    let columns: number[];
    const spec = element.attributes.columns;
    if (spec !== undefined) {
      columns = spec.split(",").map((part) => Number(part.trim()));
      if (columns.some((width) => !Number.isFinite(width) || width <= 0)) {
        this.fail(
          element.attributeOffsets.columns ?? element.offset,
          `columns="${spec}" is not a list of positive numbers`,
          'give relative widths, e.g. columns="1,3"',
        );
      }
    } else {
      columns = new Array<number>(first.cells.length).fill(1);
    }
    const tableRows: { cells: TableCell[] }[] = [];
    for (const { row, cells } of rows) {
      if (cells.length !== columns.length) {
        this.fail(
          row.offset,
          `this row has ${cells.length} cells where the table has ${columns.length} columns`,
        );
      }
      tableRows.push({ cells });
    }
    return { kind: "table", columns, rows: tableRows };
  }

  private toc(element: MarkupElement): Toc {
    this.noChildren(element);
    const depthText = element.attributes.depth ?? "2";
    const depth = Number(depthText);
    if (!Number.isInteger(depth) || depth < 1 || depth > 3) {
      this.fail(element.attributeOffsets.depth ?? element.offset, `depth="${depthText}" must be 1, 2 or 3`);
    }
    const style = this.style(element, "toc");
    for (let level = 1; level <= depth; level++) {
      if (!(`${style}-${level}` in this.theme.styles)) {
        this.fail(
          element.offset,
          `unknown style "${style}-${level}" for level-${level} entries of the table of contents`,
          `define it under styles: in ${this.theme.file}`,
        );
      }
    }
    const toc: Toc = { kind: "toc", style, depth: depth as Toc["depth"], entries: [] };
    this.tocs.push({ toc, offset: element.offset });
    return toc;
  }

  private inlines(element: MarkupElement): Inline[] {
    const out: Inline[] = [];
    const state: InlineState = { marks: [], lang: undefined, href: undefined, inLink: false };
    for (const child of element.children) this.inline(child, element, state, out);
    const inlines = collapseWhitespace(out);
    if (this.theme.typography?.smartQuotes) curlQuotes(inlines);
    return inlines;
  }

  private inline(node: MarkupNode, parent: MarkupElement, state: InlineState, out: Inline[]): void {
    if (node.type === "text") {
      const text: Inline = { kind: "text", text: node.text };
      if (state.marks.length) text.marks = [...state.marks];
      if (state.lang) text.lang = state.lang;
      if (state.href) text.href = state.href;
      out.push(text);
      return;
    }
    this.checkAttributes(node);
    const children = (next: InlineState) => {
      for (const child of node.children) this.inline(child, node, next, out);
    };
    if (markTags.has(node.name)) {
      const mark = node.name as Mark;
      children({ ...state, marks: state.marks.includes(mark) ? state.marks : [...state.marks, mark] });
    } else if (node.name === "span") {
      const lang = node.attributes.lang;
      if (!lang) this.fail(node.offset, '<span> needs lang="…"', 'e.g. <span lang="ja">');
      children({ ...state, lang });
    } else if (node.name === "a") {
      const href = node.attributes.href;
      if (!href) {
        this.fail(node.offset, '<a> needs href="…"', 'e.g. <a href="#section"> or <a href="https://…">');
      }
      if (state.inLink) this.fail(node.offset, "<a> cannot be inside <a>");
      const allowed = allowedHref(href);
      if (allowed === undefined) {
        // The text stays, only the link goes: a statement is never cut short by a bad link.
        this.warn(node.attributeOffsets.href ?? node.offset, refusedLinkMessage(href));
        children({ ...state, inLink: true });
      } else {
        this.links.push({ href: allowed, offset: node.offset });
        children({ ...state, href: allowed, inLink: true });
      }
    } else if (node.name === "note-ref") {
      const id = node.attributes.id;
      if (!id)
        this.fail(node.offset, '<note-ref> needs id="…"', 'e.g. <sup><note-ref id="1">1</note-ref></sup>');
      let text = "";
      for (const child of node.children) {
        if (child.type !== "text")
          this.fail(child.offset, "<note-ref> holds only text", "put marks around it");
        else text += child.text;
      }
      // A token until the footnote it points to is known (see numberFootnotes); inside a
      // footnote a marker stays its text (footnotes do not nest).
      const token = this.inFootnote ? "" : `\u0000${this.refCount++}`;
      const tokens = this.pendingRefs.get(id) ?? [];
      if (token) tokens.push(token);
      this.pendingRefs.set(id, tokens);
      const ref: Inline = { kind: "text", text, ...(token ? { note: token } : {}) };
      if (state.marks.length) ref.marks = [...state.marks];
      if (state.lang) ref.lang = state.lang;
      if (state.href) ref.href = state.href;
      out.push(ref);
    } else if (node.name === "page-number" || node.name === "page-count" || node.name === "section-title") {
      this.noChildren(node);
      const names = { "page-number": "page", "page-count": "pages", "section-title": "section" } as const;
      const field: Inline = { kind: "field", field: names[node.name] };
      if (state.marks.length) field.marks = [...state.marks];
      out.push(field);
    } else {
      this.notAllowed(node, parent);
    }
  }
}
