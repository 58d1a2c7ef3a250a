// Measured blocks for pagination tests: `lines` units of 10 pt that draw nothing.
import type { MeasuredBlock } from "../../src/draw/measured-block.js";

/** A block of `lines` units of 10 pt, with widow/orphan control and the overrides in `extra`. */
export function block(lines: number, extra: Partial<MeasuredBlock> = {}): MeasuredBlock {
  return {
    units: Array.from({ length: lines }, () => ({ height: 10, draw() {} })),
    spaceBefore: 0,
    spaceAfter: 0,
    keepTogether: false,
    keepWithNext: false,
    pageBreakBefore: false,
    minUnits: 2,
    ...extra,
  };
}
