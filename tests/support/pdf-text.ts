import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

type PdfDocumentProxy = Awaited<ReturnType<typeof getDocument>["promise"]>;

/** One run of text as pdfjs-dist reads it back, with the PDF font it is set in. */
export interface PdfTextItem {
  text: string;
  /** The embedded font's name without its subset tag, e.g. `NotoSerifJP-Regular`. */
  font: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points (the text matrix's scale). */
  size: number;
  /** Inside an `Artifact` (header, footer, leader dots), not document content. */
  artifact: boolean;
}

export interface PdfPageText {
  /** The page's text, items joined, a newline where pdfjs saw a line end. */
  text: string;
  /**
   * The same without artifacts (headers, footers, leaders, the hyphen of a hyphenated line,
   * whose line end is then no space): what a screen reader reads.
   */
  content: string;
  items: PdfTextItem[];
}

export interface ReadPdf {
  pdf: PdfDocumentProxy;
  pages: PdfPageText[];
  /** Every page's text, joined with newlines. */
  text: string;
  /** Every page's content (no artifacts), joined with newlines. */
  content: string;
}

/** Opens PDF bytes with pdfjs-dist (an independent reader) and extracts the text of every page. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: PdfPageText[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    // The operator list loads the fonts, so their real names can be looked up.
    await page.getOperatorList();
    const textContent = await page.getTextContent({ includeMarkedContent: true });
    const items: PdfTextItem[] = [];
    let text = "";
    let content = "";
    const marked: boolean[] = [];
    // An artifact hyphen ends a hyphenated line: the word goes on, so its line end is no space.
    let afterHyphen = false;
    for (const item of textContent.items) {
      if (!("str" in item)) {
        if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
          // pdfjs reports the marked-content tag at run time; its type declarations omit it.
          marked.push((item as { tag?: string }).tag === "Artifact");
        } else if (item.type === "endMarkedContent") marked.pop();
        continue;
      }
      const piece = item.str + (item.hasEOL ? "\n" : "");
      text += piece;
      if (marked.includes(true)) afterHyphen = item.str === "-" || (afterHyphen && item.str.length === 0);
      else {
        content += afterHyphen && item.str.length === 0 ? "" : piece;
        if (item.str.length > 0) afterHyphen = false;
      }
      if (item.str.length === 0) continue;
      let font = item.fontName;
      try {
        const loaded = page.commonObjs.get(item.fontName) as { name?: string } | undefined;
        if (loaded?.name) font = loaded.name.replace(/^[A-Z]{6}\+/, "");
      } catch {
        // A font pdfjs did not load keeps its internal id.
      }
      items.push({
        text: item.str,
        font,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        width: item.width,
        size: Math.hypot(item.transform[0] as number, item.transform[1] as number),
        artifact: marked.includes(true),
      });
    }
    pages.push({ text, content, items });
  }
  return {
    pdf,
    pages,
    text: pages.map((page) => page.text).join("\n"),
    content: pages.map((page) => page.content).join("\n"),
  };
}

const cjk = "\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef";
const spaceNextToCjk = new RegExp(`(?<=[${cjk}]) | (?=[${cjk}])`, "gu");

/**
 * Text compared across line breaks: white space collapsed to one space, none after a hyphen
 * that ended a line, and none beside Japanese characters (a line may break between any two).
 */
export function normalizeText(text: string): string {
  return text
    .replace(/(?<=\S-)\n/gu, "")
    .replace(/\s+/gu, " ")
    .replace(spaceNextToCjk, "")
    .trim();
}

/** A node of a page's structure tree as pdfjs-dist returns it. */
export interface StructNode {
  role?: string;
  lang?: string;
  children?: StructNode[];
}

/** Every structure role used on any page, and every `Lang` found on a structure element. */
export async function structureRoles(read: ReadPdf): Promise<{ roles: Set<string>; langs: Set<string> }> {
  const roles = new Set<string>();
  const langs = new Set<string>();
  const walk = (node: StructNode) => {
    if (node.role) roles.add(node.role);
    if (node.lang) langs.add(node.lang);
    for (const child of node.children ?? []) walk(child);
  };
  for (let number = 1; number <= read.pdf.numPages; number++) {
    walk((await (await read.pdf.getPage(number)).getStructTree()) as StructNode);
  }
  return { roles, langs };
}

/**
 * Every glyph drawn with code 0. The fonts are Identity-H subsets whose codes are glyph ids, and
 * glyph 0 of every TrueType font is .notdef, the box: a drawn box is a glyph with code 0.
 */
export async function boxesDrawn(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
  const boxes: string[] = [];
  let glyphs = 0;
  for (let number = 1; number <= pdf.numPages; number++) {
    const list = await (await pdf.getPage(number)).getOperatorList();
    list.fnArray.forEach((fn, index) => {
      if (fn !== OPS.showText) return;
      for (const glyph of list.argsArray[index][0] as (
        | { originalCharCode: number; unicode: string }
        | number
      )[]) {
        if (typeof glyph === "number") continue;
        glyphs++;
        if (glyph.originalCharCode === 0) boxes.push(`page ${number}: .notdef (${glyph.unicode})`);
      }
    });
  }
  // A reader that saw no glyph at all could not have seen a box either.
  if (glyphs === 0) throw new Error("pdfjs saw no glyph at all");
  return boxes;
}
