// PDF measure pass: a style → the continuation mark ("→", right-aligned, grey, an artifact) drawn
// under the last line of a page when a block that breaks at sentences or items goes on overleaf.
import type { ResolvedStyle } from "@briefing/core";
import type { MeasureContext } from "../draw/draw-context.js";
import type { MeasuredBlock } from "../draw/measured-block.js";
import { drawTextLine, layoutText } from "../text/text-lines.js";

/** The mark: language-neutral, so one renderer serves every locale. */
export const CONTINUATION_MARK = "→";

/** A `continued` hook for a block in `style` (undefined unless the style sets `breakAt`). */
export function continuationMark(style: ResolvedStyle, context: MeasureContext): MeasuredBlock["continued"] {
  if (style.breakAt === undefined) return undefined;
  const mark = layoutText(
    [{ kind: "text", text: CONTINUATION_MARK }],
    { ...style, align: "right", color: "#777777", bold: false, italic: false, lineHeight: 1.2 },
    context,
    { indent: 0, firstLineIndent: 0 },
  );
  return (draw, _unit, bottom) => {
    draw.doc.markContent("Artifact", { type: "Pagination" });
    drawTextLine(draw, mark, 0, draw.left, bottom, undefined);
    draw.doc.endMarkedContent();
  };
}
