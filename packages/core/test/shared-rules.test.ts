import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { SOURCE_DATE_FALLBACK, sourceDate, sourceDateEpoch } from "../src/io/source-date.js";
import {
  countJapanese,
  isJapaneseChar,
  isMostlyJapanese,
  resolveClasses,
  scriptClass,
  splitByScript,
} from "../src/text/script.js";
import { anchorSlug, slugify, slugWords } from "../src/text/slug.js";
import { formatPath, locateYamlPath } from "../src/yaml/positions.js";

describe("script classification", () => {
  it("sets kana, kanji and CJK punctuation as Japanese, Latin and digits not", () => {
    for (const char of ["あ", "ア", "ｱ", "ー", "漢", "𠀋", "。", "「", "　", "！", "（"]) {
      expect(isJapaneseChar(char), char).toBe(true);
      expect(scriptClass(char), char).toBe("cjk");
    }
    expect(scriptClass("a")).toBe("latin");
    expect(scriptClass("é")).toBe("latin");
    expect(scriptClass("3")).toBe("neutral");
    expect(scriptClass(",")).toBe("neutral");
    expect(scriptClass(" ")).toBe("neutral");
  });

  it("counts and splits by the same rule", () => {
    expect(countJapanese("令和3年 Tokyo")).toBe(3);
    expect(isMostlyJapanese("日本の声明 by Japan")).toBe(false);
    expect(isMostlyJapanese("日本国の声明です")).toBe(true);
    expect(splitByScript("令和3年 Tokyo")).toEqual([
      { text: "令和3年 ", japanese: true },
      { text: "Tokyo", japanese: false },
    ]);
    expect(resolveClasses(Array.from("12令和"))).toEqual(["cjk", "cjk", "cjk", "cjk"]);
    expect(resolveClasses(Array.from("a 1"))).toEqual(["latin", "latin", "latin"]);
  });
});

describe("source date", () => {
  it("reads SOURCE_DATE_EPOCH in seconds", () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: "1700000000" })?.toISOString()).toBe(
      "2023-11-14T22:13:20.000Z",
    );
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: " 0 " })?.toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(sourceDate("2017-06-08", { SOURCE_DATE_EPOCH: "1700000000" }).toISOString()).toBe(
      "2023-11-14T22:13:20.000Z",
    );
  });

  it("falls back to the given date, else one fixed date, when unset or invalid", () => {
    for (const value of [undefined, "", "abc", "-5", "1.5", "17e8"]) {
      const env = value === undefined ? {} : { SOURCE_DATE_EPOCH: value };
      expect(sourceDateEpoch(env)).toBeUndefined();
      expect(sourceDate(undefined, env)).toEqual(SOURCE_DATE_FALLBACK);
      expect(sourceDate("2017-06-08", env).toISOString()).toBe("2017-06-08T00:00:00.000Z");
    }
    expect(SOURCE_DATE_FALLBACK.toISOString()).toBe("2000-01-01T00:00:00.000Z");
    expect(sourceDate("1975-01-01", {})).toEqual(SOURCE_DATE_FALLBACK);
    expect(sourceDate("not a date", {})).toEqual(SOURCE_DATE_FALLBACK);
  });
});

describe("slugs", () => {
  it("folds accents and joins ASCII words with -", () => {
    expect(slugWords("Déclaration — Genève, 2017")).toBe("declaration-geneve-2017");
    expect(slugWords("人身取引")).toBe("");
    expect(slugWords("Rede von Außenministerin Brandt")).toBe("rede-von-aussenministerin-brandt");
    expect(slugWords("Łódź, Færøerne, Œuvre, STRASSE, Đakovo")).toBe("lodz-faeroerne-oeuvre-strasse-dakovo");
  });

  it("cuts file-name slugs at a word", () => {
    expect(slugify("alpha beta gamma", 12)).toBe("alpha-beta");
  });

  it("makes anchors that start with a letter", () => {
    expect(anchorSlug("Introduction")).toBe("introduction");
    expect(anchorSlug("2. Scope")).toBe("s-2-scope");
    expect(anchorSlug("人身取引")).toBe("section");
    expect(anchorSlug("x".repeat(50))).toHaveLength(40);
  });
});

describe("YAML positions", () => {
  const text = "title: Hello\nbody:\n  - text: one\n  - text: two\n    bad: 1\n";
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });

  it("finds values, keys and the deepest existing node", () => {
    expect(locateYamlPath(document, counter, ["title"])).toEqual({ line: 1, column: 8 });
    expect(locateYamlPath(document, counter, ["body", 1, "text"])).toEqual({ line: 4, column: 11 });
    expect(locateYamlPath(document, counter, ["body", 1], "bad")).toEqual({ line: 5, column: 5 });
    expect(locateYamlPath(document, counter, ["body", 7, "text"])).toEqual({ line: 3, column: 3 });
    expect(locateYamlPath(document, counter, [])).toEqual({ line: 1, column: 1 });
  });

  it("formats paths", () => {
    expect(formatPath(["body", 2, "runs", 0, "text"])).toBe("body[2].runs[0].text");
    expect(formatPath([])).toBe("(top level)");
  });
});
