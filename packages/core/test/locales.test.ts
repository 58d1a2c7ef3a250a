// Template locale files: parsed with positions, checked, chosen by language with a per-key
// fallback to English.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

describe("chooseLocale for the UN languages (issue 13)", () => {
  const locales = { en: {}, ja: {}, fr: {}, zh: {}, "zh-Hant": {}, ar: {} };
  it.each([
    ["fr", "fr"],
    ["fr-CA", "fr"],
    ["ar-EG", "ar"],
    ["zh", "zh"],
    ["zh-Hans", "zh"],
    ["zh-CN", "zh"],
    ["zh-SG", "zh"],
    ["zh-Hant", "zh-Hant"],
    ["zh-hant", "zh-Hant"],
    ["zh-TW", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh-Hant-TW", "zh-Hant"],
    ["ru", "en"],
    ["ja", "ja"],
  ])("%s → %s", (language, locale) => {
    expect(chooseLocale(locales, language)).toBe(locale);
  });

  it("sends Traditional Chinese to zh when a template has no zh-Hant", () => {
    expect(chooseLocale({ en: {}, zh: {} }, "zh-TW")).toBe("zh");
  });
});

describe("the built-in templates' locale files", () => {
  const templates = join(import.meta.dirname, "../../../templates");
  const read = (template: string, file: string) =>
    parseLocale(readFileSync(join(templates, template, "locales", file), "utf8"), file);
  const fields = (text: string) => [...text.matchAll(/\{([A-Za-z]\w*)\}/g)].map((match) => match[1]).sort();

  for (const template of ["briefing", "reading-copy", "book"]) {
    it(`${template}: every locale has every key of en.yaml and only the fields the template passes`, () => {
      const files = readdirSync(join(templates, template, "locales")).sort();
      expect(files).toEqual(
        ["ar", "de", "en", "es", "fr", "ja", "ko", "ru", "zh-Hant", "zh"].map((code) => `${code}.yaml`),
      );
      const english = read(template, "en.yaml");
      const japanese = read(template, "ja.yaml");
      for (const file of files) {
        const labels = read(template, file);
        expect(Object.keys(labels).sort(), file).toEqual(Object.keys(english).sort());
        for (const [key, text] of Object.entries(labels)) {
          // A label may use the English or the Japanese fields (duration, or whole minutes).
          const allowed = new Set([...fields(english[key] ?? ""), ...fields(japanese[key] ?? "")]);
          for (const field of fields(text))
            expect(allowed.has(field), `${file} ${key}: {${field}}`).toBe(true);
          if (english[key] !== "") expect(text, `${file} ${key}`).not.toBe("");
        }
      }
    });
  }
});
