// Pagination with allowed break points (`breaks`: sentence ends, list items) and space between
// units (`spaceBefore`, list items): reading copies.
import { describe, expect, test } from "vitest";
import { paginate } from "../src/layout/paginate.js";
import { block } from "./support/measured-blocks.js";

const perPage = (pages: ReturnType<typeof paginate>["pages"], index: number) =>
  pages.map((page) => page.filter((placement) => placement.block === index).length);

// Pages of 100 pt: ten lines each.
describe("paginate with break points", () => {
  test("a page breaks only where a sentence ends: at the last break that fits", () => {
    // 4 lines, then a block whose sentences end after lines 3 and 9 (breaks before 3 and 9).
    const { pages } = paginate([block(4), block(12, { breaks: new Set([3, 9]) })], 0, 100);
    expect(perPage(pages, 1)).toEqual([3, 9]);
  });

  test("no break fits: the block starts on a new page", () => {
    const { pages } = paginate([block(4), block(12, { breaks: new Set([7]) })], 0, 100);
    expect(perPage(pages, 0)).toEqual([4, 0, 0]);
    expect(perPage(pages, 1)).toEqual([0, 7, 5]);
  });

  test("a sentence longer than a page still breaks between lines", () => {
    // Lines 0–21 are one sentence (22 lines): pages of 10, then the rest.
    const { pages } = paginate([block(35, { breaks: new Set([22]) })], 0, 100);
    // Page 3 turns where the sentence ends (before line 22), not after line 29; the last
    // sentence (13 lines) is again longer than a page.
    expect(perPage(pages, 0)).toEqual([10, 10, 2, 10, 3]);
    expect(pages[3]?.[0]?.unit).toBe(22);
  });

  test("space before a unit (between list items) counts, but not at the top of a page", () => {
    const units = Array.from({ length: 8 }, (_, i) => ({
      height: 10,
      spaceBefore: i % 2 === 0 && i > 0 ? 8 : 0,
      draw() {},
    }));
    const list = block(0, { units, breaks: new Set([2, 4, 6]) });
    const { pages } = paginate([block(3), list], 0, 100);
    // 3 lines + item 1 (20) + 8 + item 2 (20) + 8 + item 3 (20) = 106 > 100: items 1 and 2 fit.
    expect(perPage(pages, 1)).toEqual([4, 4]);
    const second = pages[1] ?? [];
    expect(second[0]?.top).toBe(0);
    expect(second[2]?.top).toBe(28);
  });

  test("keep-with-next keeps a lead-in with the list's first item, not its whole", () => {
    const list = block(12, { breaks: new Set([3, 6, 9]) });
    const { pages } = paginate([block(6), block(1, { keepWithNext: true }), list], 0, 100);
    // Lead-in (1) + item 1 (3) fit after 6 lines: both stay on page 1.
    expect(perPage(pages, 1)).toEqual([1, 0]);
    expect(perPage(pages, 2)).toEqual([3, 9]);
    const pushed = paginate([block(7), block(1, { keepWithNext: true }), list], 0, 100).pages;
    expect(perPage(pushed, 1)).toEqual([0, 1, 0]);
    expect(perPage(pushed, 2)).toEqual([0, 9, 3]);
  });
});
