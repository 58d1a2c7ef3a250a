// Word page setup: the Document's page size and margins → docx section properties, and its bands
// → the header and footer parts' XML, each band cut to one line by truncateInlines.
import type { Page } from "@briefing/core";
import { Footer, Header, type ISectionOptions } from "docx";
import { inlinesXml } from "./inline-runs.js";
import { truncateInlines } from "./one-line.js";
import type { PartLinks } from "./part-links.js";
import type { RenderContext } from "./render-context.js";
import { pointsToTwips } from "./units.js";
import { wordStyleId } from "./word-styles.js";
import { paragraphXml } from "./xml.js";

/**
 * docx writes each header and footer part, their relationships and the section's references to
 * them; briefing writes what they hold (`bandContents`).
 */
const band = () => ({ children: [] });

/** Page size and margins, and the header and footer parts (a title page: empty ones for page 1). */
export function pageSetup(page: Page): Omit<ISectionOptions, "children"> {
  const { top, right, bottom, left } = page.margins;
  const titlePage = page.titlePage === true;
  return {
    properties: {
      // A title page (a cover): Word shows the empty first-page header and footer on page 1.
      ...(titlePage ? { titlePage: true } : {}),
      page: {
        size: { width: pointsToTwips(page.width), height: pointsToTwips(page.height) },
        margin: {
          top: pointsToTwips(top),
          right: pointsToTwips(right),
          bottom: pointsToTwips(bottom),
          left: pointsToTwips(left),
          // The header and footer sit halfway into the margins, as in the PDF.
          header: pointsToTwips(top / 2),
          footer: pointsToTwips(bottom / 2),
        },
      },
    },
    ...(page.header.length > 0
      ? { headers: { default: new Header(band()), ...(titlePage ? { first: new Header(band()) } : {}) } }
      : {}),
    ...(page.footer.length > 0
      ? { footers: { default: new Footer(band()), ...(titlePage ? { first: new Footer(band()) } : {}) } }
      : {}),
  };
}

/** Header or footer paragraphs, each cut to one line (`truncateInlines`), as in the PDF. */
function bandXml(blocks: Page["header"], context: RenderContext, links: PartLinks): string {
  return blocks
    .map((block) =>
      paragraphXml(wordStyleId(block.style), inlinesXml(truncateInlines(block.inlines), context, links)),
    )
    .join("");
}

/** What briefing writes into a header or footer part docx made for `pageSetup` (in the package template). */
export interface BandContent {
  path: string;
  root: "w:hdr" | "w:ftr";
  xml: string;
}

/**
 * The header's and the footer's content (their PAGE / NUMPAGES fields included), header first;
 * `links` gives the links of the part at a path. docx numbers the parts in the order `pageSetup`
 * gives them: the default band, then a title page's empty first-page band (one empty paragraph).
 */
export function bandContents(
  page: Page,
  context: RenderContext,
  links: (path: string) => PartLinks,
): BandContent[] {
  const contents: BandContent[] = [];
  const kinds = [
    { blocks: page.header, name: "header", root: "w:hdr" },
    { blocks: page.footer, name: "footer", root: "w:ftr" },
  ] as const;
  for (const { blocks, name, root } of kinds) {
    if (blocks.length === 0) continue;
    const path = `word/${name}1.xml`;
    contents.push({ path, root, xml: bandXml(blocks, context, links(path)) });
    if (page.titlePage === true) contents.push({ path: `word/${name}2.xml`, root, xml: "<w:p/>" });
  }
  return contents;
}
