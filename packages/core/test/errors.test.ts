import { describe, expect, it } from "vitest";
import { BriefingError, positionAt } from "../src/errors.js";

describe("BriefingError", () => {
  it("reads file:line:col: problem — hint", () => {
    const error = new BriefingError(
      { file: "a.yaml", line: 3, column: 7 },
      "expected a string",
      "quote the value",
    );
    expect(error.message).toBe("a.yaml:3:7: expected a string — quote the value");
  });
  it("finds 1-based line and column of an offset", () => {
    expect(positionAt("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt("ab", 0)).toEqual({ line: 1, column: 1 });
  });
});
