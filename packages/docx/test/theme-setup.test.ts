// The Word styles are made once per theme: Documents of one template share a setup, a change to
// what the styles are made from gives a new one, and a Document changed after its render does
// not change the setup others are matched against.
import { describe, expect, it } from "vitest";
import { everyBlockDocument } from "../../../tests/support/sample-document.js";
import { sameData, themeSetup } from "../src/theme-setup.js";

// The sample's styles are shared between calls: each Document here gets a copy of its own.
const sample = () => structuredClone(everyBlockDocument());

describe("themeSetup", () => {
  it("gives Documents of the same theme one setup, and another when a style differs", () => {
    const first = sample();
    const setup = themeSetup(first);
    expect(themeSetup(sample())).toBe(setup);

    const larger = sample();
    (larger.styles.body as { size: number }).size += 1;
    const other = themeSetup(larger);
    expect(other).not.toBe(setup);
    expect(other.id).not.toBe(setup.id);

    const japanese = sample();
    japanese.meta.language = "ja";
    expect(themeSetup(japanese)).not.toBe(setup);

    // The first Document changed after its render: the setup was made from a copy.
    (first.styles.body as { size: number }).size += 2;
    expect(themeSetup(sample())).toBe(setup);
  });
});

describe("sameData", () => {
  it("compares plain data by value, keys in order", () => {
    expect(sameData({ a: 1, b: [1, { c: "x" }] }, { a: 1, b: [1, { c: "x" }] })).toBe(true);
    expect(sameData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData({ a: [1, 2] }, { a: [1, "2"] })).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData("a", "a")).toBe(true);
  });
});
