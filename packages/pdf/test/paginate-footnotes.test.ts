import { describe, expect, test } from "vitest";
import type { MeasuredBlock, Unit } from "../src/draw/measured-block.js";
import { paginate } from "../src/layout/paginate.js";

/** A block of `lines` units of 10 pt; `notes[i]` are the footnotes line i points to. */
function block(lines: number, notes: Record<number, string[]> = {}): MeasuredBlock {
  return {
    units: Array.from(
      { length: lines },
      (_, i): Unit => ({
        height: 10,
        draw() {},
        ...(notes[i] ? { footnotes: notes[i] } : {}),
      }),
    ),
    spaceBefore: 0,
    spaceAfter: 0,
    keepTogether: false,
    keepWithNext: false,
    pageBreakBefore: false,
    minUnits: 1,
  };
}

// Pages of 100 pt (ten lines); each footnote takes 25 pt, the rule 10 more.
const footnoteHeight = (ids: readonly string[]) => (ids.length ? 10 + 25 * ids.length : 0);

describe("paginate with footnotes", () => {
  test("a page's text area shrinks by its footnotes' height", () => {
    const { pages, footnotes } = paginate([block(15, { 1: ["a"] })], 0, 100, { footnoteHeight });
    // 100 - 35 = 65: six lines on page 1, with the note.
    expect(pages.map((page) => page.length)).toEqual([6, 9]);
    expect(footnotes).toEqual([["a"], []]);
  });

  test("a line whose footnote does not fit moves to the next page with it", () => {
    // Line 7 (top 70) points to a note: 70 + 10 + 35 > 100, so it starts page 2, whose text
    // area is then 65 pt (six lines).
    const { pages, footnotes } = paginate([block(15, { 7: ["b"] })], 0, 100, { footnoteHeight });
    expect(pages.map((page) => page.length)).toEqual([7, 6, 2]);
    expect(pages[1]?.[0]?.unit).toBe(7);
    expect(footnotes).toEqual([[], ["b"], []]);
  });

  test("without footnotes nothing changes", () => {
    const { pages, footnotes } = paginate([block(15)], 0, 100, { footnoteHeight });
    expect(pages.map((page) => page.length)).toEqual([10, 5]);
    expect(footnotes).toEqual([[], []]);
  });
});
