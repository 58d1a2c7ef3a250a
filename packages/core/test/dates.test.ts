import { describe, expect, it } from "vitest";
import { eras } from "../src/dates/japanese-eras.js";
import { findDate, parseDateText } from "../src/dates/parse-date-text.js";

const parse = (text: string) => {
  const warnings: string[] = [];
  return { date: parseDateText(text, warnings), warnings };
};

describe("parseDateText — Japanese era dates", () => {
  it.each([
    ["令和3年11月23日", "2021-11-23"],
    ["令和３年１１月２３日", "2021-11-23"],
    ["令和 3 年 11 月 23 日", "2021-11-23"],
    ["平成31年4月30日", "2019-04-30"],
    ["令和元年5月1日", "2019-05-01"],
    ["昭和64年1月7日", "1989-01-07"],
    ["平成元年1月8日", "1989-01-08"],
    ["昭和元年12月25日", "1926-12-25"],
    ["大正15年12月24日", "1926-12-24"],
    ["大正元年7月30日", "1912-07-30"],
    ["明治45年7月29日", "1912-07-29"],
    ["明治6年1月1日", "1873-01-01"],
    ["令和６年２月２９日", "2024-02-29"],
  ])("%s → %s", (text, iso) => {
    const { date, warnings } = parse(text);
    expect(date).toEqual({ start: iso, text });
    expect(warnings).toEqual([]);
  });

  it("keeps the original wording, full-width digits included", () => {
    expect(parseDateText("令和５年１０月５日")?.text).toBe("令和５年１０月５日");
  });

  it("reads a range within a month and across months", () => {
    expect(parseDateText("令和5年10月24日～26日")).toEqual({
      start: "2023-10-24",
      end: "2023-10-26",
      text: "令和5年10月24日～26日",
    });
    expect(parseDateText("2023年5月30日-6月2日")).toEqual({
      start: "2023-05-30",
      end: "2023-06-02",
      text: "2023年5月30日-6月2日",
    });
  });

  it("reads Gregorian dates written in Japanese", () => {
    expect(parseDateText("2023年10月25日")).toEqual({ start: "2023-10-25", text: "2023年10月25日" });
  });

  it.each([
    ["平成32年1月1日", /平成 ended on 2019-04-30/],
    ["平成31年5月1日", /平成 ended on 2019-04-30/],
    ["令和元年4月1日", /令和 began on 2019-05-01/],
    ["昭和64年1月8日", /昭和 ended on 1989-01-07/],
    ["平成元年1月7日", /平成 began on 1989-01-08/],
    ["大正15年12月25日", /大正 ended on 1926-12-24/],
    ["令和3年2月29日", /no day 29 in month 2/],
    ["令和3年13月1日", /no day 1 in month 13/],
    ["明治5年12月2日", /lunisolar/],
    ["明治元年10月23日", /lunisolar/],
  ])("%s is a warning, never a wrong date", (text, reason) => {
    const { date, warnings } = parse(text);
    expect(date).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(reason);
  });

  it("has eras that follow each other day by day", () => {
    for (const [index, era] of eras.entries()) {
      const next = eras[index + 1];
      if (!next || !era.end) continue;
      const dayAfter = new Date(`${era.end}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(dayAfter.toISOString().slice(0, 10)).toBe(next.start);
    }
  });
});

describe("parseDateText — English and numeric dates", () => {
  it.each([
    ["23 November 2021", { start: "2021-11-23" }],
    ["23rd November 2021", { start: "2021-11-23" }],
    ["November 23, 2021", { start: "2021-11-23" }],
    ["Nov. 23, 2021", { start: "2021-11-23" }],
    ["Sept 5 2022", { start: "2022-09-05" }],
    ["8 - 9 June 2017", { start: "2017-06-08", end: "2017-06-09" }],
    ["8-9 June 2017", { start: "2017-06-08", end: "2017-06-09" }],
    ["30 May – 2 June 2017", { start: "2017-05-30", end: "2017-06-02" }],
    ["31 December 2023 – 1 January 2024", { start: "2023-12-31", end: "2024-01-01" }],
    ["June 8-9, 2017", { start: "2017-06-08", end: "2017-06-09" }],
    ["May 30 – June 2, 2017", { start: "2017-05-30", end: "2017-06-02" }],
    ["2023/10/25", { start: "2023-10-25" }],
    ["2023-10-25", { start: "2023-10-25" }],
    ["2024-02-29", { start: "2024-02-29" }],
  ])("%s", (text, expected) => {
    expect(parse(text)).toEqual({ date: { ...expected, text }, warnings: [] });
  });

  it("accepts a weekday before the date and keeps only the date as its wording", () => {
    expect(parseDateText("Tuesday, 23 November 2021")).toEqual({
      start: "2021-11-23",
      text: "23 November 2021",
    });
  });

  it.each([
    ["31 June 2017", /no day 31 in month 6/],
    ["29 February 2023", /no day 29 in month 2/],
    ["2023/02/30", /no day 30 in month 2/],
    ["9 - 8 June 2017", /ends \(2017-06-08\) before it starts \(2017-06-09\)/],
  ])("%s is a warning, never a wrong date", (text, reason) => {
    const { date, warnings } = parse(text);
    expect(date).toBeUndefined();
    expect(warnings[0]).toMatch(reason);
  });

  it("refuses text that is more than a date", () => {
    expect(parseDateText("Geneva, 8 June 2017")).toBeUndefined();
    expect(parseDateText("June 2017")).toBeUndefined();
    expect(parseDateText("resolution 2023/10")).toBeUndefined();
  });
});

describe("findDate", () => {
  it("finds a date inside a line and says where", () => {
    const line = "(8 - 9 June 2017, Geneva)";
    const found = findDate(line);
    expect(found).toEqual({
      date: { start: "2017-06-08", end: "2017-06-09", text: "8 - 9 June 2017" },
      index: 1,
      length: 15,
    });
  });

  it("reads a database listing's day-month-year with the month's short name", () => {
    expect(findDate("Date: 25-Sep-2024")?.date).toEqual({ start: "2024-09-25", text: "25-Sep-2024" });
    expect(findDate("3-OCT-2022 10:15")?.date.start).toBe("2022-10-03");
    expect(findDate("31-Feb-2024")).toBeUndefined();
  });

  it('reads the first of the month as Spanish and Portuguese write it, and a year after "del"', () => {
    expect(parseDateText("1º de outubro de 2024")).toEqual({
      start: "2024-10-01",
      text: "1º de outubro de 2024",
    });
    expect(parseDateText("1° de octubre de 2024")?.start).toBe("2024-10-01");
    expect(parseDateText("1.º de marzo de 2023")?.start).toBe("2023-03-01");
    expect(parseDateText("1ro de mayo de 2022")?.start).toBe("2022-05-01");
    expect(findDate("Ginebra, 12 de marzo del 2024.")?.date).toEqual({
      start: "2024-03-12",
      text: "12 de marzo del 2024",
    });
  });

  it('reads the month first with "de" before the year, as Mexican pages write it', () => {
    expect(parseDateText("Octubre 4 de 1974")).toEqual({ start: "1974-10-04", text: "Octubre 4 de 1974" });
    expect(findDate("Nueva York, septiembre 21 del 2023")?.date.start).toBe("2023-09-21");
    // A degree sign after a number that is no day of a month stays out of it.
    expect(findDate("Hoy hace 1° de calor en 2024")).toBeUndefined();
  });

  it("skips an impossible date and reports it", () => {
    const warnings: string[] = [];
    expect(findDate("New York, 31 June 2023", warnings)).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });
});

describe("parseDateText — the UN's other languages and Korean", () => {
  it.each([
    ["25 octobre 2023", "2023-10-25"],
    ["1er novembre 2023", "2023-11-01"],
    ["mercredi 25 octobre 2023", "2023-10-25"],
    ["25 de octubre de 2023", "2023-10-25"],
    ["miércoles, 25 de octubre de 2023", "2023-10-25"],
    ["25 октября 2023 г.", "2023-10-25"],
    ["25 октября 2023 года", "2023-10-25"],
    ["3 мая 2024 г.", "2024-05-03"],
    ["2023年10月25日", "2023-10-25"],
    ["2023년 10월 25일", "2023-10-25"],
    ["25 أكتوبر 2023", "2023-10-25"],
    ["٢٥ أكتوبر ٢٠٢٣", "2023-10-25"],
    ["25 تشرين الأول/أكتوبر 2023", "2023-10-25"],
    ["25 تشرين الأول 2023", "2023-10-25"],
    ["7 آب 2023", "2023-08-07"],
    ["25 أكتوبر 2023م", "2023-10-25"],
  ])("%s → %s", (text, iso) => {
    const { date, warnings } = parse(text);
    expect(date?.start).toBe(iso);
    expect(warnings).toEqual([]);
  });

  it("keeps the wording as written, Arabic-Indic digits and the Russian year mark included", () => {
    expect(parse("٢٥ أكتوبر ٢٠٢٣").date).toEqual({ start: "2023-10-25", text: "٢٥ أكتوبر ٢٠٢٣" });
    expect(parse("25 октября 2023 г.").date?.text).toBe("25 октября 2023 г.");
  });

  it("never makes a day that does not exist", () => {
    for (const text of ["31 ноября 2023 г.", "2023년 2월 30일", "30 فبراير 2024"]) {
      const { date, warnings } = parse(text);
      expect(date).toBeUndefined();
      expect(warnings).toHaveLength(1);
    }
  });
});
