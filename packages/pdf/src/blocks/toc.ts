// PDF measure pass: a Document TOC → a MeasuredBlock of entry units, drawn later with dot leaders,
// page numbers and links. Borrows pdfkit link options through ../pdfkit-internals.ts.
import type { TocEntry } from "@briefing/core";
import type { MeasureContext } from "../draw/draw-context.js";
import type { BlockConverter, Unit } from "../draw/measured-block.js";
import { linkAnnotation } from "../pdfkit-internals.js";
import { drawTextLine, layoutText } from "../text/text-lines.js";

/** Width kept free at the right of every entry for its page number. */
const NUMBER_COLUMN = 36;
const LEADER_GAP = 4;

/**
 * A table of contents: a `TOC` with one `TOCI` per entry, dot leaders (artifacts), the page of
 * each target heading (pagination runs before drawing, so it is known) and a link to it.
 */
export const tocToPdf: BlockConverter<"toc"> = (block, context) => {
  const tocStyle = context.style(block.style);
  let toc: PDFKit.PDFStructureElement | undefined;
  const units = block.entries
    .filter((entry) => entry.level <= block.depth)
    .map((entry) => entryUnit(entry, block.style, context, () => toc));
  return {
    units,
    spaceBefore: tocStyle.spaceBefore,
    spaceAfter: tocStyle.spaceAfter,
    keepTogether: false,
    keepWithNext: false,
    pageBreakBefore: tocStyle.pageBreakBefore,
    minUnits: 1,
    begin(draw) {
      toc = draw.doc.struct("TOC");
      draw.root.add(toc);
    },
    end() {
      toc?.end();
    },
  };
};

function entryUnit(
  entry: TocEntry,
  fallbackStyle: string,
  context: MeasureContext,
  parent: () => PDFKit.PDFStructureElement | undefined,
): Unit {
  const styleName = `toc-${entry.level}` in context.document.styles ? `toc-${entry.level}` : fallbackStyle;
  const style = context.style(styleName);
  const text = layoutText([{ kind: "text", text: entry.text }], { ...style, align: "left" }, context, {
    width: context.width - NUMBER_COLUMN,
  });
  const height = style.spaceBefore + text.lines.length * text.lineHeight + style.spaceAfter;
  const face = context.fonts.face(style.font, "regular");
  return {
    height,
    draw(draw, top) {
      const { doc } = draw;
      const item = doc.struct("TOCI");
      parent()?.add(item);
      const link = doc.struct("Link");
      item.add(link);
      const textTop = top + style.spaceBefore;
      text.lines.forEach((_, index) => {
        drawTextLine(draw, text, index, draw.left, textTop + index * text.lineHeight, {
          element: link,
          tag: "Link",
        });
      });
      const last = text.lines.at(-1);
      const baseline = textTop + (text.lines.length - 1) * text.lineHeight + text.ascent;
      const page = draw.headingPages.get(entry.target);
      if (page !== undefined && last) {
        const number = String(page);
        const numberWidth = face.pdf.widthOfString(number, style.size);
        const numberX = draw.left + draw.width - numberWidth;
        const leaderStart = draw.left + last.offset + last.width + LEADER_GAP;
        const dotWidth = face.pdf.widthOfString(". ", style.size);
        const dots = Math.floor((numberX - LEADER_GAP - leaderStart) / dotWidth);
        doc.font(face.key).fontSize(style.size).fillColor(style.color);
        if (dots > 0) {
          doc.markContent("Artifact", { type: "Layout" });
          doc.text(". ".repeat(dots), numberX - LEADER_GAP - dots * dotWidth, baseline, {
            lineBreak: false,
            baseline: "alphabetic",
          });
          doc.endMarkedContent();
        }
        link.add(doc.markStructureContent("Link"));
        doc.text(number, numberX, baseline, { lineBreak: false, baseline: "alphabetic" });
        doc.endMarkedContent();
        doc.goTo(
          draw.left,
          textTop,
          draw.width,
          text.lines.length * text.lineHeight,
          entry.target,
          linkAnnotation(`${entry.text}, page ${number}`, link),
        );
      }
      link.end();
      item.end();
    },
  };
}
