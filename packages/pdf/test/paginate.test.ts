import { describe, expect, test } from "vitest";
import { paginate } from "../src/layout/paginate.js";
import { block } from "./support/measured-blocks.js";

/** Units of block `index` on each page. */
function perPage(pages: ReturnType<typeof paginate>["pages"], index: number): number[] {
  return pages.map((page) => page.filter((placement) => placement.block === index).length);
}

// Pages of 100 pt: ten lines each.
const TOP = 0;
const BOTTOM = 100;

describe("paginate", () => {
  test("fills a page and carries the rest over", () => {
    const { pages } = paginate([block(15)], TOP, BOTTOM);
    expect(perPage(pages, 0)).toEqual([10, 5]);
    expect(pages[1]?.[0]?.top).toBe(TOP);
  });

  test("never leaves a single last line (widow) at the top of a page", () => {
    const { pages } = paginate([block(5), block(6)], TOP, BOTTOM);
    // 5 lines fit after the first block; 5 + 1 would strand one line, so 4 + 2.
    expect(perPage(pages, 1)).toEqual([4, 2]);
  });

  test("never leaves a single first line (orphan) at the foot of a page", () => {
    const { pages } = paginate([block(9), block(6)], TOP, BOTTOM);
    expect(perPage(pages, 1)).toEqual([0, 6]);
  });

  test("keeps a heading with the first lines of the next paragraph", () => {
    const { pages } = paginate([block(8), block(1, { keepWithNext: true }), block(6)], TOP, BOTTOM);
    expect(perPage(pages, 1)).toEqual([0, 1]);
    expect(perPage(pages, 2)).toEqual([0, 6]);
  });

  test("moves a keep-together paragraph whole to the next page", () => {
    const { pages } = paginate([block(6), block(6, { keepTogether: true })], TOP, BOTTOM);
    expect(perPage(pages, 1)).toEqual([0, 6]);
  });

  test("splits a keep-together block taller than a page rather than looping", () => {
    const { pages } = paginate([block(25, { keepTogether: true })], TOP, BOTTOM);
    expect(perPage(pages, 0)).toEqual([10, 10, 5]);
  });

  test("page breaks start a new page but never an empty one", () => {
    const breaking = block(0, { breakPage: true, units: [] });
    const { pages } = paginate(
      [breaking, block(2), breaking, breaking, block(2, { pageBreakBefore: true })],
      TOP,
      BOTTOM,
    );
    expect(pages).toHaveLength(2);
  });

  test("records the page of each anchor", () => {
    const { anchors } = paginate(
      [block(9), block(1, { keepWithNext: true, anchor: "h" }), block(3)],
      TOP,
      BOTTOM,
    );
    expect(anchors.get("h")).toBe(2);
  });

  test("collapses the space between blocks and drops it at the top of a page", () => {
    const { pages } = paginate(
      [
        block(2, { spaceAfter: 6 }),
        block(2, { spaceBefore: 4 }),
        block(0, { breakPage: true, units: [] }),
        block(1, { spaceBefore: 8 }),
      ],
      TOP,
      BOTTOM,
    );
    expect(pages[0]?.[2]?.top).toBe(26);
    expect(pages[1]?.[0]?.top).toBe(TOP);
  });
});
