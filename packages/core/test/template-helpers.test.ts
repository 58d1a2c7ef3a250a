import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import {
  formatDateEnglish,
  formatDateInLocale,
  formatDateJapanese,
  formatDuration,
} from "../src/template/format-dates.js";
import { bookLanguage, countsCharacters, registerHelpers, runsToMarkup } from "../src/template/helpers.js";

const env = Handlebars.create();
registerHelpers(env);
const render = (source: string, context: unknown = {}) => env.compile(source)(context);

describe("date helpers", () => {
  it("writes English long dates and ranges", () => {
    expect(formatDateEnglish("2021-11-23")).toBe("23 November 2021");
    expect(formatDateEnglish({ start: "2017-06-08", end: "2017-06-09", text: "" })).toBe("8–9 June 2017");
    expect(formatDateEnglish({ start: "2017-05-30", end: "2017-06-02", text: "" })).toBe(
      "30 May–2 June 2017",
    );
    expect(formatDateEnglish({ start: "2016-12-30", end: "2017-01-02", text: "" })).toBe(
      "30 December 2016–2 January 2017",
    );
    expect(formatDateEnglish({ start: "2017-06-08", end: "2017-06-08", text: "" })).toBe("8 June 2017");
    expect(formatDateEnglish(undefined)).toBe("");
  });

  it("writes Japanese era dates, with 元年 for the first year", () => {
    expect(formatDateJapanese("2021-11-23")).toBe("令和3年11月23日");
    expect(formatDateJapanese("2019-05-01")).toBe("令和元年5月1日");
    expect(formatDateJapanese("2019-04-30")).toBe("平成31年4月30日");
    expect(formatDateJapanese("1989-01-08")).toBe("平成元年1月8日");
    expect(formatDateJapanese("1989-01-07")).toBe("昭和64年1月7日");
    expect(formatDateJapanese({ start: "2017-06-08", end: "2017-06-09", text: "" })).toBe(
      "平成29年6月8日～9日",
    );
    expect(formatDateJapanese({ start: "2017-05-30", end: "2017-06-02", text: "" })).toBe(
      "平成29年5月30日～6月2日",
    );
    expect(formatDateJapanese({ start: "2019-04-30", end: "2019-05-01", text: "" })).toBe(
      "平成31年4月30日～令和元年5月1日",
    );
  });

  it("writes durations", () => {
    expect(formatDuration(220)).toBe("3 min 40 s");
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(180)).toBe("3 min");
    expect(formatDuration(3725)).toBe("1 h 2 min 5 s");
    expect(formatDuration(0)).toBe("0 s");
  });

  it("are reachable from templates", () => {
    const date = { start: "2021-11-23", text: "令和3年11月23日" };
    expect(render("{{date d}} / {{dateJa d}} / {{duration 220}}", { d: date })).toBe(
      "23 November 2021 / 令和3年11月23日 / 3 min 40 s",
    );
  });
});

describe("other helpers", () => {
  it("number, eq, join, upper", () => {
    expect(render("{{number 12345}}")).toBe("12,345");
    expect(render('{{#if (eq a "x")}}yes{{else}}no{{/if}}', { a: "x" })).toBe("yes");
    expect(render('{{#if (eq a "x")}}yes{{else}}no{{/if}}', { a: "y" })).toBe("no");
    expect(render('{{join list " · "}}', { list: ["a", "<b>"] })).toBe("a · &lt;b&gt;");
    expect(render("{{upper s}}", { s: "geneva" })).toBe("GENEVA");
  });

  it("runs: escapes text and turns marks and languages into markup", () => {
    const runs = [
      { text: "20" },
      { text: "th", marks: ["sup"] },
      { text: " <p>&amp;</p> " },
      { text: "bold italic", marks: ["strong", "em"] },
      { text: "日本", lang: "ja" },
    ];
    expect(render("{{runs r}}", { r: runs })).toBe(
      '20<sup>th</sup> &lt;p&gt;&amp;amp;&lt;/p&gt; <strong><em>bold italic</em></strong><span lang="ja">日本</span>',
    );
    expect(runsToMarkup(undefined, String)).toBe("");
  });
});

describe("paragraphNumber", () => {
  it("numbers body-role paragraphs 1, 2, … skipping headings, lists, salutations and closings", () => {
    const statement = {
      body: [
        { type: "paragraph", role: "salutation", runs: [{ text: "Mr. President," }] },
        { type: "paragraph", role: "body", runs: [{ text: "One." }] },
        { type: "heading", level: 1, runs: [{ text: "H" }] },
        { type: "list", ordered: false, items: [[{ text: "item" }]] },
        { type: "paragraph", role: "body", runs: [{ text: "Two." }] },
        { type: "paragraph", role: "closing", runs: [{ text: "Thank you." }] },
      ],
    };
    const numbers = statement.body.map((_, index) =>
      render("{{paragraphNumber statement index}}", { statement, index }),
    );
    expect(numbers).toEqual(["0", "1", "0", "0", "2", "0"]);
  });
});

describe("dates in the statement's locale (issue 13)", () => {
  const day = { start: "2023-10-25", text: "25 October 2023" };
  const days = { start: "2023-10-25", end: "2023-10-27", text: "25-27 October 2023" };
  const months = { start: "2023-10-30", end: "2023-11-02", text: "30 October - 2 November 2023" };

  it("writes each locale's long form, Arabic with Western digits", () => {
    expect(formatDateInLocale(day, "fr")).toBe("25 octobre 2023");
    expect(formatDateInLocale(day, "es")).toBe("25 de octubre de 2023");
    expect(formatDateInLocale(day, "ru")).toBe("25 октября 2023 г.");
    expect(formatDateInLocale(day, "zh")).toBe("2023年10月25日");
    expect(formatDateInLocale(day, "zh-Hant")).toBe("2023年10月25日");
    expect(formatDateInLocale(day, "ko")).toBe("2023년 10월 25일");
    expect(formatDateInLocale(day, "ar")).toBe("25 أكتوبر 2023");
    expect(formatDateInLocale(day, "de")).toBe("25. Oktober 2023");
  });

  it("keeps English for English, Japanese and a locale with no form of its own", () => {
    for (const locale of ["en", "ja", "it"]) {
      expect(formatDateInLocale(day, locale)).toBe(formatDateEnglish(day));
      expect(formatDateInLocale(months, locale)).toBe(formatDateEnglish(months));
    }
  });

  it("writes ranges, Chinese with 至", () => {
    expect(formatDateInLocale(days, "fr")).toBe("25–27 octobre 2023");
    expect(formatDateInLocale(months, "es")).toBe("30 de octubre – 2 de noviembre de 2023");
    expect(formatDateInLocale(days, "zh")).toBe("2023年10月25日至27日");
    expect(formatDateInLocale(months, "zh-Hant")).toBe("2023年10月30日至11月2日");
    expect(formatDateInLocale({ start: "2023-12-31", end: "2024-01-02", text: "" }, "zh")).toBe(
      "2023年12月31日至2024年1月2日",
    );
    expect(formatDateInLocale(months, "ru")).not.toMatch(/[\u2009\u202f]/);
  });

  it("the date helper follows the statement's locale when the template has labels in it", () => {
    const locales = { en: { date: "Date" }, fr: { date: "Date" }, ja: { date: "日付" } };
    const withLocales = (source: string, context: unknown) =>
      env.compile(source)(context, { data: { locales } });
    expect(withLocales("{{date statement.date}}", { statement: { date: day, language: "fr" } })).toBe(
      "25 octobre 2023",
    );
    expect(withLocales("{{date statement.date}}", { statement: { date: day, language: "ja" } })).toBe(
      "25 October 2023",
    );
    // No ru.yaml in this template: the chrome is English, and so is its date.
    expect(withLocales("{{date statement.date}}", { statement: { date: day, language: "ru" } })).toBe(
      "25 October 2023",
    );
    expect(withLocales('{{date d lang="fr"}}', { d: day })).toBe("25 octobre 2023");
  });

  it("the country helper names a delegation in the document's language, as given otherwise", () => {
    const locales = { en: {}, fr: {}, ja: {}, ko: {} };
    const country = (delegation: string, language: string) =>
      env.compile("{{country statement.delegation}}")(
        { statement: { delegation, language } },
        { data: { locales } },
      );
    expect(country("Japan", "ja")).toBe("日本");
    expect(country("United States", "ja")).toBe("米国");
    expect(country("European Union", "ja")).toBe("欧州連合");
    expect(country("Japan", "fr")).toBe("Japon");
    expect(country("Republic of Korea", "fr")).toBe("République de Corée");
    expect(country("Republic of Korea", "ko")).toBe("대한민국");
    expect(country("Japan", "en")).toBe("Japan");
    // No ru.yaml in this template: the chrome is English, and so is the delegation.
    expect(country("Japan", "ru")).toBe("Japan");
    expect(country("Nordic countries", "ja")).toBe("Nordic countries");
  });

  it("counts characters for Japanese, Chinese and Korean, words for the rest", () => {
    expect(["ja", "zh", "zh-Hant", "ko"].map(countsCharacters)).toEqual([true, true, true, true]);
    expect(["en", "fr", "ar", "ru", "", undefined].map(countsCharacters)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("gives a book the full tag its statements share, else their primary language, else en", () => {
    const book = (...languages: (string | undefined)[]) =>
      bookLanguage(languages.map((language) => ({ statement: { language } })));
    expect(book("zh-Hant", "zh-Hant")).toBe("zh-Hant");
    expect(book("zh-Hans", "zh-Hant")).toBe("zh");
    expect(book("ja", "ja")).toBe("ja");
    expect(book("fr", "en")).toBe("en");
    expect(book("ar", undefined)).toBe("en");
    expect(book()).toBe("en");
  });
});
