// The justification's word cutting, checked against the regular expressions it replaced: a part
// is a run of non-space characters (U+3000 counts as one) and the word spaces after it.
import { describe, expect, test } from "vitest";
import { codePointCount, isWhiteSpace, isWordSpace, nextWordStart } from "../src/text/word-spaces.js";

const SAMPLES = [
  "",
  "word",
  "The fight against  trafficking ",
  "  leading spaces",
  "tab\tseparated\u00a0nbsp\u2009thin\u202fnarrow",
  "全角\u3000スペースは語の間ではない\u3000",
  "line\u2028separator and\ufeffbom",
  "𠮷野家 😀 emoji",
  "lone \ud800 surrogate\udc00 ",
  "a \u180e mongolian vowel separator",
];

describe("nextWordStart", () => {
  test("cuts text where the regular expression [\\S\\u3000]*[^\\S\\u3000]* matched", () => {
    for (const text of SAMPLES) {
      const expected = (text.match(/[\S\u3000]*[^\S\u3000]*/gu) ?? []).filter((part) => part.length > 0);
      const parts: string[] = [];
      for (let start = 0, end = 0; start < text.length; start = end) {
        end = nextWordStart(text, start);
        parts.push(text.slice(start, end));
      }
      expect(parts, JSON.stringify(text)).toEqual(expected);
    }
  });

  test("white space is what \\s matches; a word space is that but the ideographic space", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      expect(isWhiteSpace(code), `U+${code.toString(16)}`).toBe(/\s/u.test(char));
      expect(isWordSpace(code), `U+${code.toString(16)}`).toBe(/\s/u.test(char) && code !== 0x3000);
    }
  });
});

describe("codePointCount", () => {
  test("counts as Array.from does: a surrogate pair once, a lone surrogate once", () => {
    for (const text of SAMPLES)
      expect(codePointCount(text), JSON.stringify(text)).toBe(Array.from(text).length);
  });
});
