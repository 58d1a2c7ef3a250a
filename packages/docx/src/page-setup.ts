// Word page setup: the Document's page size, margins and bands → docx section properties, each
// band cut to one line by truncateInlines.

import type { Page } from "@briefing/core";
import { Footer, Header, type ISectionOptions, Paragraph } from "docx";
import { inlinesToRuns } from "./inlines-to-runs.js";
import { truncateInlines } from "./one-line.js";
import type { RenderContext } from "./render-context.js";
import { pointsToTwips } from "./units.js";
import { wordStyleId } from "./word-styles.js";

/** Header or footer paragraphs, each cut to one line (`truncateInlines`), as in the PDF. */
function paragraphs(blocks: Page["header"], context: RenderContext): Paragraph[] {
  return blocks.map(
    (block) =>
      new Paragraph({
        style: wordStyleId(block.style),
        children: inlinesToRuns(truncateInlines(block.inlines), context),
      }),
  );
}

/** Page size, margins, and the header and footer (their PAGE / NUMPAGES fields included). */
export function pageSetup(page: Page, context: RenderContext): Omit<ISectionOptions, "children"> {
  const { top, right, bottom, left } = page.margins;
  return {
    properties: {
      // A title page (a cover): Word shows the empty first-page header and footer on page 1.
      ...(page.titlePage === true ? { titlePage: true } : {}),
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
      ? {
          headers: {
            default: new Header({ children: paragraphs(page.header, context) }),
            ...(page.titlePage === true ? { first: new Header({ children: [new Paragraph({})] }) } : {}),
          },
        }
      : {}),
    ...(page.footer.length > 0
      ? {
          footers: {
            default: new Footer({ children: paragraphs(page.footer, context) }),
            ...(page.titlePage === true ? { first: new Footer({ children: [new Paragraph({})] }) } : {}),
          },
        }
      : {}),
  };
}
