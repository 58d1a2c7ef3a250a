// Template locale files: parsed with positions, checked, chosen by language with a per-key
// fallback to English.
import { describe, expect, it } from "vitest";
import { chooseLocale, lookupLabel, parseLocale } from "../src/template/load-locales.js";

const messageOf = (text: string): string => {
  try {
    parseLocale(text, "locales/ja.yaml");
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a BriefingError");
};

describe("locale files", () => {
  it("reads a mapping of label keys to text", () => {
    expect(parseLocale('date: 日付\nlength: "{count}字"\n', "ja.yaml")).toEqual({
      date: "日付",
      length: "{count}字",
    });
    expect(parseLocale("", "ja.yaml")).toEqual({});
  });

  it("names the file, line and column of a bad file", () => {
    expect(messageOf("date: [\n")).toMatch(/^locales\/ja\.yaml:\d+:\d+: invalid YAML/);
    expect(messageOf("date: 日付\nspeaker: 3\n")).toMatch(
      /^locales\/ja\.yaml:2:10: label "speaker" must be text/,
    );
    expect(messageOf("date: 日付\ndate: 期日\n")).toMatch(
      /^locales\/ja\.yaml:2:1: invalid YAML: Map keys must be unique/,
    );
    expect(messageOf("- date\n")).toMatch(/^locales\/ja\.yaml:1:1: a locale file is a mapping/);
  });

  it("chooses the statement's language and falls back to English one key at a time", () => {
    const locales = { en: { date: "Date", speaker: "Speaker" }, ja: { date: "日付" } };
    expect(chooseLocale(locales, "ja")).toBe("ja");
    expect(chooseLocale(locales, "ja-JP")).toBe("ja");
    expect(chooseLocale(locales, "fr")).toBe("en");
    expect(lookupLabel(locales, "ja", "date")).toBe("日付");
    expect(lookupLabel(locales, "ja", "speaker")).toBe("Speaker");
    expect(lookupLabel(locales, "ja", "missing")).toBeUndefined();
  });
});
