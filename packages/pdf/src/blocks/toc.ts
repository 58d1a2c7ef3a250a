// PDF measure pass: a Document TOC → a MeasuredBlock of entry units, drawn later with dot leaders,
// page numbers and links. Borrows pdfkit link options through ../pdfkit-internals.ts.
import { isRightToLeftLanguage, type ResolvedStyle, type TocEntry } from "@briefing/core";
import type { MeasureContext } from "../draw/draw-context.js";
import type { BlockConverter, Unit } from "../draw/measured-block.js";
import { linkAnnotation } from "../pdfkit-internals.js";
import { drawTextLine, layoutText, type TextLines } from "../text/text-lines.js";

/** Width kept free at the right of every entry for its page number. */
const NUMBER_COLUMN = 36;
const LEADER_GAP = 4;
/** Fewest characters a wrapped entry's last line may hold (no lone 声 under a Japanese title). */
const MIN_LAST_LINE = 2;
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * An entry's or detail's lines, indented as its style says (a negative `firstLineIndent` makes
 * wrapped lines hang), a Japanese text re-wrapped a little narrower (up to four times) until
 * its last line holds at least two characters.
 */
function entryLines(text: string, style: ResolvedStyle, context: MeasureContext, width: number): TextLines {
  const layout = (narrower: number) =>
    layoutText([{ kind: "text", text }], { ...style, align: "left" }, context, { width: width - narrower });
  let lines = layout(0);
  if (!cjk.test(text)) return lines;
  for (let step = 1; step <= 4 && lines.lines.length > 1 && lastLineLength(lines) < MIN_LAST_LINE; step++)
    lines = layout(step * style.size);
  return lines;
}

function lastLineLength(text: TextLines): number {
  const last = text.lines.at(-1);
  return [
    ...(last?.fragments
      .map((fragment) => fragment.text)
      .join("")
      .trim() ?? ""),
  ].length;
}

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
  const text = entryLines(entry.text, style, context, context.width - NUMBER_COLUMN);
  const detailStyleName =
    `${fallbackStyle}-detail` in context.document.styles ? `${fallbackStyle}-detail` : styleName;
  const detailStyle = context.style(detailStyleName);
  // The detail (date · meeting · speaker) sits under the title, in its own style.
  const detail =
    entry.detail === undefined
      ? undefined
      : entryLines(entry.detail, detailStyle, context, context.width - NUMBER_COLUMN);
  const detailHeight = detail ? detail.lines.length * detail.lineHeight : 0;
  const height = style.spaceBefore + text.lines.length * text.lineHeight + detailHeight + style.spaceAfter;
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
      // Right to left, the page numbers stand at the left and the entries end at the right.
      const rtl = isRightToLeftLanguage(draw.document.meta.language);
      const textLeft = rtl ? draw.left + NUMBER_COLUMN : draw.left;
      text.lines.forEach((_, index) => {
        drawTextLine(draw, text, index, textLeft, textTop + index * text.lineHeight, {
          element: link,
          tag: "Link",
        });
      });
      const detailTop = textTop + text.lines.length * text.lineHeight;
      detail?.lines.forEach((_, index) => {
        drawTextLine(draw, detail, index, textLeft, detailTop + index * detail.lineHeight, {
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
        const numberX = rtl ? draw.left : draw.left + draw.width - numberWidth;
        // The leader runs from the entry's last line to the number, whichever side each is on.
        const leaderStart = rtl
          ? numberX + numberWidth + LEADER_GAP
          : draw.left + last.offset + last.width + LEADER_GAP;
        const leaderEnd = rtl ? textLeft + last.available - last.width - LEADER_GAP : numberX - LEADER_GAP;
        const dotWidth = face.pdf.widthOfString(". ", style.size);
        const dots = Math.floor((leaderEnd - leaderStart) / dotWidth);
        doc.font(face.key).fontSize(style.size).fillColor(style.color);
        if (dots > 0) {
          doc.markContent("Artifact", { type: "Layout" });
          doc.text(". ".repeat(dots), leaderEnd - dots * dotWidth, baseline, {
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
          text.lines.length * text.lineHeight + detailHeight,
          entry.target,
          linkAnnotation(`${entry.text}, page ${number}`, link),
        );
      }
      link.end();
      item.end();
    },
  };
}
