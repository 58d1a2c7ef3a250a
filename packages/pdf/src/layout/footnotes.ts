// PDF footnotes: the Document's footnotes measured in the `footnote` style, then drawn at the foot
// of the page that holds their markers, under a short rule, as `Note` structure elements.
import type { Document, Inline } from "@briefing/core";
import type { DrawContext, MeasureContext } from "../draw/draw-context.js";
import { drawTextLine, layoutText, type TextLines } from "../text/text-lines.js";

/** Space above the separator rule (below the page's text) and between it and the first note. */
const RULE_GAP = 6;
/** Length of the separator rule, as a share of the text width. */
const RULE_SHARE = 0.25;

/** What pagination and the draw pass need of a document's footnotes. */
export interface PageFootnotes {
  /** Height the footnotes `ids` take at a page's foot, rule included; 0 for none. */
  height(ids: readonly string[]): number;
  /** Draws the footnotes `ids` so that the last ends at `bottom` (the text area's foot). */
  draw(context: DrawContext, ids: readonly string[], bottom: number): void;
}

interface MeasuredNote {
  text: TextLines;
  height: number;
}

/**
 * Measures every footnote of `document` in the style `footnote`, each led by its number (its
 * place in `document.footnotes`, the number its markers show). Undefined when there are none.
 */
export function measureFootnotes(document: Document, context: MeasureContext): PageFootnotes | undefined {
  const footnotes = document.footnotes ?? [];
  if (footnotes.length === 0) return undefined;
  const style = context.style("footnote");
  const notes = new Map<string, MeasuredNote>();
  footnotes.forEach((footnote, index) => {
    const inlines: Inline[] = [
      { kind: "text", text: String(index + 1), marks: ["sup"] },
      { kind: "text", text: " " },
      ...footnote.inlines,
    ];
    const text = layoutText(inlines, style, context);
    notes.set(footnote.id, { text, height: text.lines.length * text.lineHeight });
  });
  const known = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const note = notes.get(id);
      return note ? [note] : [];
    });
  const height = (ids: readonly string[]) => {
    const list = known(ids);
    if (list.length === 0) return 0;
    const lines = list.reduce((sum, note) => sum + note.height, 0);
    return 2 * RULE_GAP + lines + style.spaceAfter * (list.length - 1);
  };
  return {
    height,
    draw(draw, ids, bottom) {
      const list = known(ids);
      if (list.length === 0) return;
      let y = bottom - height(ids) + RULE_GAP;
      const { doc } = draw;
      doc.markContent("Artifact", { type: "Layout" });
      doc
        .save()
        .lineWidth(0.5)
        .strokeColor(style.color)
        .moveTo(draw.left, y)
        .lineTo(draw.left + draw.width * RULE_SHARE, y)
        .stroke()
        .restore();
      doc.endMarkedContent();
      y += RULE_GAP;
      for (const note of list) {
        const element = doc.struct("Note");
        draw.root.add(element);
        const target = { element, tag: "Note" };
        for (let index = 0; index < note.text.lines.length; index++) {
          drawTextLine(draw, note.text, index, draw.left, y, target);
          y += note.text.lineHeight;
        }
        element.end();
        y += style.spaceAfter;
      }
    },
  };
}
