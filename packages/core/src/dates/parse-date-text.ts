// Shared rule: date wording ("23 November 2021", "令和3年11月23日", ranges) → StatementDate.
// Used by the text importers and front matter; an impossible date is a warning, never a guess.

import type { StatementDate } from "../statement/statement-schema.js";
import { allMatches, nativeOnFirstUse } from "../text/native-regexps.js";
import { isRealDay, MONTH_PATTERN, monthNumber, toIso } from "./calendar.js";
import { eraByName, eraYearToGregorian, GREGORIAN_ADOPTION } from "./japanese-eras.js";

/** A date found inside a longer text: where it starts and how long its wording is. */
export interface FoundDate {
  date: StatementDate;
  index: number;
  length: number;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** What a pattern read: the days it names (in the Gregorian calendar) or why it cannot. */
type Reading = { start: Day; end?: Day; startLabel?: string; endLabel?: string } | { problem: string };

interface DatePattern {
  regex: RegExp;
  read(groups: Record<string, string | undefined>): Reading;
}

// "1er novembre": the French first of the month; "1º de outubro", "1° de octubre", "1.º de", "1ro de
// mayo": the first of the month as Portuguese and Spanish write it.
const ORD = "(?:st|nd|rd|th|er|e?ro|\\.?[º°])?";
// "de 1974", and "del 2024" as much of Latin America writes the year.
const DE_YEAR = "(?:del?\\s+)?";
// What follows the year in Russian ("2023 г.", "2023 года"), Ukrainian ("2019 року") and Arabic ("2023م", the Gregorian era).
const YEAR_SUFFIX = "(?:\\s?(?:г\\.|года|року|р\\.|г(?![\\p{L}]))|\\s?م)?";
const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";
const M = MONTH_PATTERN;

const patterns: DatePattern[] = [
  {
    // 令和3年11月23日, 令和元年5月1日, 令和5年10月24日-26日
    regex:
      /(?<era>明治|大正|昭和|平成|令和)\s*(?<y>元|\d{1,2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日(?:\s*-\s*(?:(?<m2>\d{1,2})\s*月\s*)?(?<d2>\d{1,2})\s*日)?/gu,
    read: readEraDate,
  },
  {
    // 2023年10月25日
    regex:
      /(?<!\d)(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日(?:\s*-\s*(?:(?<m2>\d{1,2})\s*月\s*)?(?<d2>\d{1,2})\s*日)?/gu,
    read: (g) => span(Number(g.y), Number(g.m), Number(g.d), g.m2, g.d2),
  },
  {
    // 2023년 10월 25일 (Korean)
    regex: /(?<!\d)(?<y>\d{4})\s*년\s*(?<m>\d{1,2})\s*월\s*(?<d>\d{1,2})\s*일/gu,
    read: (g) => single(Number(g.y), Number(g.m), Number(g.d)),
  },
  {
    // 8 - 9 June 2017, 30 May – 2 June 2017, 31 December 2023 – 1 January 2024
    regex: new RegExp(
      `${BEFORE}(?<d1>\\d{1,2})${ORD}(?:\\s+(?<m1>${M}))?(?:\\s+(?<y1>\\d{4}))?\\s*-\\s*(?<d2>\\d{1,2})${ORD}\\s+(?<m2>${M}),?\\s+(?<y2>\\d{4})${AFTER}`,
      "giu",
    ),
    read: (g) =>
      range(
        { year: Number(g.y1 ?? g.y2), month: month(g.m1 ?? g.m2), day: Number(g.d1) },
        { year: Number(g.y2), month: month(g.m2), day: Number(g.d2) },
      ),
  },
  {
    // 23 November 2021, 23rd of November 2021, 12. März 2024, 12 de marzo de 2024, 12 de marzo del
    // 2024, 1º de outubro de 2024, 25 октября 2023 г., 25 أكتوبر 2023
    regex: new RegExp(
      `${BEFORE}(?<d>\\d{1,2})(?:${ORD}|\\.)\\s+(?:of\\s+|de\\s+)?(?<m>${M}),?\\s+${DE_YEAR}(?<y>\\d{4})${YEAR_SUFFIX}${AFTER}`,
      "giu",
    ),
    read: (g) => single(Number(g.y), month(g.m), Number(g.d)),
  },
  {
    // 25-Sep-2024, 25-SEP-2024: the day-month-year of database listings
    regex: new RegExp(`${BEFORE}(?<d>\\d{1,2})-(?<m>${M})-(?<y>\\d{4})${AFTER}`, "giu"),
    read: (g) => single(Number(g.y), month(g.m), Number(g.d)),
  },
  {
    // June 8-9, 2017, May 30 – June 2, 2017
    regex: new RegExp(
      `${BEFORE}(?<m1>${M})\\s+(?<d1>\\d{1,2})${ORD}(?:,?\\s+(?<y1>\\d{4}))?\\s*-\\s*(?:(?<m2>${M})\\s+)?(?<d2>\\d{1,2})${ORD},?\\s+(?<y2>\\d{4})${AFTER}`,
      "giu",
    ),
    read: (g) =>
      range(
        { year: Number(g.y1 ?? g.y2), month: month(g.m1), day: Number(g.d1) },
        { year: Number(g.y2), month: month(g.m2 ?? g.m1), day: Number(g.d2) },
      ),
  },
  {
    // November 23, 2021; Octubre 4 de 1974, as Mexican pages write it
    regex: new RegExp(
      `${BEFORE}(?<m>${M})\\s+(?<d>\\d{1,2})${ORD},?\\s+${DE_YEAR}(?<y>\\d{4})${AFTER}`,
      "giu",
    ),
    read: (g) => single(Number(g.y), month(g.m), Number(g.d)),
  },
  {
    // 27.02.2023, 21-03-2024: day first, as the countries that write dates with dots or dashes do
    regex: /(?<![\p{L}\p{N}./-])(?<d>\d{1,2})(?<sep>[.-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})(?![\p{L}\p{N}])/gu,
    read: (g) => single(Number(g.y), Number(g.m), Number(g.d)),
  },
  {
    // 01/03/2018: day/month or month/day? Only a day over 12 says which; otherwise nothing is guessed.
    regex: /(?<![\p{L}\p{N}./-])(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<y>\d{4})(?![\p{L}\p{N}])/gu,
    read: (g) => {
      const a = Number(g.a);
      const b = Number(g.b);
      if (a > 12 && b <= 12) return single(Number(g.y), b, a);
      if (b > 12 && a <= 12) return single(Number(g.y), a, b);
      return {
        problem: `${g.a}/${g.b}/${g.y} may be day/month or month/day; write the month as a word or use ${g.y}-mm-dd`,
      };
    },
  },
  {
    // 2023-10-25, 2023/10/25
    regex: /(?<![\p{L}\p{N}])(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\p{L}\p{N}])/gu,
    read: (g) => single(Number(g.y), Number(g.m), Number(g.d)),
  },
];

// The month-name patterns are thousands of characters with `giu`: see native-regexps.ts.
const compilePatterns = nativeOnFirstUse(patterns.map((pattern) => pattern.regex));

/** What every pattern above holds: a four-digit year, or the 年 of a Japanese date. */
const YEAR_OR_NEN = /\d{4}|年/;

const WEEKDAY =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s+/iu;

/**
 * Reads a text that is a date and nothing else — "23 November 2021", "November 23, 2021",
 * "8 - 9 June 2017", "30 May – 2 June 2017", "2023/10/25", ISO, "令和３年１１月２３日" — into
 * ISO days plus the original wording. An impossible date (31 June, 平成32年, 令和元年4月1日)
 * returns `undefined` and pushes the reason onto `warnings`: never a wrong date.
 */
export function parseDateText(text: string, warnings?: string[]): StatementDate | undefined {
  const lead = text.length - text.trimStart().length;
  let body = text.trim();
  // The Russian year mark keeps its full stop ("25 октября 2023 г."); any other final one goes.
  if (!/\s[гр]\.$/u.test(body)) body = body.replace(/\.$/, "");
  const weekday = WEEKDAY.exec(body);
  const offset = lead + (weekday ? weekday[0].length : 0);
  if (weekday) body = body.slice(weekday[0].length);
  const found = findDate(body, warnings);
  if (found?.index !== 0 || found.length !== body.length) return undefined;
  return { ...found.date, text: text.slice(offset, offset + found.length) };
}

/** The first date anywhere in `text` (see `parseDateText`), with its position. */
export function findDate(text: string, warnings?: string[]): FoundDate | undefined {
  // Every date form has digits: most lines of a statement have none and need no further look
  // (not even normalizing, which copies the line five times).
  if (!mayHoldDate(text)) return undefined;
  const normal = normalizeDateText(text);
  // Every pattern needs a four-digit year or 年 (an era year has one or two digits).
  if (!YEAR_OR_NEN.test(normal)) return undefined;
  compilePatterns();
  const candidates: { index: number; length: number; reading: Reading }[] = [];
  for (const pattern of patterns) {
    for (const match of allMatches(pattern.regex, normal)) {
      candidates.push({
        index: match.index,
        length: match[0].length,
        reading: pattern.read(match.groups ?? {}),
      });
    }
  }
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  let searchedTo = 0;
  for (const candidate of candidates) {
    if (candidate.index < searchedTo) continue;
    const wording = text.slice(candidate.index, candidate.index + candidate.length);
    const { reading } = candidate;
    if ("problem" in reading) {
      warnings?.push(`“${wording}” is not a real date: ${reading.problem}; the date was left empty`);
      searchedTo = candidate.index + candidate.length;
      continue;
    }
    const start = toIso(reading.start.year, reading.start.month, reading.start.day);
    const date: StatementDate = { start, text: wording };
    if (reading.end) date.end = toIso(reading.end.year, reading.end.month, reading.end.day);
    return { date, index: candidate.index, length: candidate.length };
  }
  return undefined;
}

/** Any digit normalizeDateText turns into an ASCII one (ASCII, full-width, Arabic-Indic, Persian). */
const ANY_DIGIT = /[0-9０-９\u0660-\u0669\u06f0-\u06f9]/;

/**
 * False when `text` has no digit of any form, so findDate finds nothing in it and warns nothing:
 * a cheap test callers run before preparing a line for it.
 */
export function mayHoldDate(text: string): boolean {
  return ANY_DIGIT.test(text);
}

/**
 * Full-width and Arabic-Indic digits (٢٥, and the Persian ۲۵) and spaces become ASCII and every
 * dash or wave dash becomes "-". Each replacement is one UTF-16 unit for one, so positions in the
 * result are positions in the input.
 */
export function normalizeDateText(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\u0660-\u0669]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x0660 + 48))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x06f0 + 48))
    .replace(/\u3000/g, " ")
    .replace(/[‐‑‒–—―−~〜～－]/g, "-");
}

function month(name: string | undefined): number {
  return name ? (monthNumber(name) ?? 0) : 0;
}

function single(year: number, month: number, day: number): Reading {
  if (!isRealDay(year, month, day)) return { problem: `${year} has no day ${day} in month ${month}` };
  return { start: { year, month, day } };
}

function range(start: Day, end: Day): Reading {
  for (const day of [start, end]) {
    if (!isRealDay(day.year, day.month, day.day)) {
      return { problem: `${day.year} has no day ${day.day} in month ${day.month}` };
    }
  }
  const from = toIso(start.year, start.month, start.day);
  const to = toIso(end.year, end.month, end.day);
  if (to < from) return { problem: `the range ends (${to}) before it starts (${from})` };
  return from === to ? { start } : { start, end };
}

function span(year: number, month: number, day: number, month2?: string, day2?: string): Reading {
  if (day2 === undefined) return single(year, month, day);
  return range({ year, month, day }, { year, month: month2 ? Number(month2) : month, day: Number(day2) });
}

function readEraDate(g: Record<string, string | undefined>): Reading {
  const era = eraByName(g.era ?? "");
  if (!era) return { problem: "unknown era" };
  const n = g.y === "元" ? 1 : Number(g.y);
  const label = `${era.name}${n === 1 ? "元" : n}年`;
  if (n < 1) return { problem: `${era.name} has no year 0` };
  const year = eraYearToGregorian(era, n);
  const reading = span(year, Number(g.m), Number(g.d), g.m2, g.d2);
  if ("problem" in reading) return reading;
  for (const day of [reading.start, reading.end]) {
    if (!day) continue;
    const iso = toIso(day.year, day.month, day.day);
    if (iso < GREGORIAN_ADOPTION) {
      return {
        problem: `${label} is before 明治6年 (1873), when Japan still used the lunisolar calendar, so it has no safe Gregorian equivalent`,
      };
    }
    if (iso < era.start)
      return { problem: `${era.name} began on ${era.start}, after ${label}${day.month}月${day.day}日` };
    if (era.end && iso > era.end) {
      return {
        problem: `${era.name} ended on ${era.end}, so ${label}${day.month}月${day.day}日 never happened`,
      };
    }
  }
  return reading;
}
