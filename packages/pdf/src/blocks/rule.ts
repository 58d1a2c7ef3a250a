// PDF measure pass: a Document rule → a one-unit MeasuredBlock, drawn later as an artifact line.
import type { BlockConverter } from "../draw/measured-block.js";

const RULE_HEIGHT = 12;

/** A horizontal rule across the text area, drawn as a layout artifact. */
export const ruleToPdf: BlockConverter<"rule"> = () => ({
  units: [
    {
      height: RULE_HEIGHT,
      draw(draw, top) {
        const y = top + RULE_HEIGHT / 2;
        draw.doc.markContent("Artifact", { type: "Layout" });
        draw.doc
          .save()
          .lineWidth(0.5)
          .strokeColor("#808080")
          .moveTo(draw.left, y)
          .lineTo(draw.left + draw.width, y)
          .stroke()
          .restore();
        draw.doc.endMarkedContent();
      },
    },
  ],
  spaceBefore: 0,
  spaceAfter: 0,
  keepTogether: true,
  keepWithNext: false,
  pageBreakBefore: false,
  minUnits: 1,
});
