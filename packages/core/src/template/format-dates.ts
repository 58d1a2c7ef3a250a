// Template helpers' formatting: dates → "23 November 2021", 令和3年11月23日 or the locale's own
// ("25 octobre 2023", "2023年10月25日"); durations. Eras and locale forms come from Intl, cached.

import type { StatementDate } from "../statement/statement-schema.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

interface DayParts {
  year: number;
  month: number;
  day: number;
}

function parts(iso: string): DayParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** A date value as templates receive it: a statement date, or an ISO string. */
export type DateValue = StatementDate | string | undefined | null;

function range(value: DateValue): { start: string; end: string | undefined } | undefined {
  if (!value) return undefined;
  if (typeof value === "string") return { start: value, end: undefined };
  if (typeof value === "object" && typeof value.start === "string") {
    return { start: value.start, end: value.end && value.end !== value.start ? value.end : undefined };
  }
  return undefined;
}

/**
 * English long form: "23 November 2021"; ranges share what they can:
 * "8–9 June 2017", "30 May–2 June 2017", "30 December 2016–2 January 2017".
 */
export function formatDateEnglish(value: DateValue): string {
  const dates = range(value);
  if (!dates) return "";
  const start = parts(dates.start);
  if (!start) return dates.start;
  const long = (d: DayParts) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
  const end = dates.end ? parts(dates.end) : undefined;
  if (!end) return long(start);
  if (start.year !== end.year) return `${long(start)}–${long(end)}`;
  if (start.month !== end.month) return `${start.day} ${MONTHS[start.month - 1]}–${long(end)}`;
  return `${start.day}–${end.day} ${MONTHS[end.month - 1]} ${end.year}`;
}

const japaneseEra = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
  era: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});

interface JapaneseParts {
  eraYear: string;
  month: string;
  day: string;
}

// formatToParts with the Japanese calendar costs ~20 µs; a batch repeats few dates.
const japaneseCache = new Map<string, JapaneseParts | undefined>();
const JAPANESE_CACHE_SIZE = 512;

function japaneseParts(iso: string): JapaneseParts | undefined {
  if (japaneseCache.has(iso)) return japaneseCache.get(iso);
  const result = formatJapaneseParts(iso);
  if (japaneseCache.size >= JAPANESE_CACHE_SIZE) japaneseCache.clear();
  japaneseCache.set(iso, result);
  return result;
}

function formatJapaneseParts(iso: string): JapaneseParts | undefined {
  if (!parts(iso)) return undefined;
  const found: Record<string, string> = {};
  for (const part of japaneseEra.formatToParts(new Date(`${iso}T00:00:00Z`))) found[part.type] = part.value;
  // ICU prints the first year of an era as 元 (令和元年), as Japanese usage wants.
  return {
    eraYear: `${found.era ?? ""}${found.year ?? ""}年`,
    month: `${found.month ?? ""}月`,
    day: `${found.day ?? ""}日`,
  };
}

/**
 * Japanese era form through Intl's Japanese calendar: 令和3年11月23日, 令和元年5月1日;
 * ranges as 平成29年6月8日～9日.
 */
export function formatDateJapanese(value: DateValue): string {
  const dates = range(value);
  if (!dates) return "";
  const start = japaneseParts(dates.start);
  if (!start) return dates.start;
  const full = (d: NonNullable<typeof start>) => `${d.eraYear}${d.month}${d.day}`;
  const end = dates.end ? japaneseParts(dates.end) : undefined;
  if (!end) return full(start);
  if (start.eraYear !== end.eraYear) return `${full(start)}～${full(end)}`;
  if (start.month !== end.month) return `${full(start)}～${end.month}${end.day}`;
  return `${full(start)}～${end.day}`;
}

/**
 * The Intl locale each template locale's dates are written in. Arabic takes Western digits
 * (`nu-latn`), as UN Arabic documents date them ("25 أكتوبر 2023"); a locale not listed
 * (English, and Japanese, whose era form is `dateJa`) is written in English.
 */
const DATE_LOCALES: Readonly<Record<string, string>> = {
  de: "de",
  fr: "fr",
  es: "es",
  ru: "ru",
  ar: "ar-u-nu-latn",
  zh: "zh-Hans",
  "zh-Hans": "zh-Hans",
  "zh-Hant": "zh-Hant",
  ko: "ko",
};

/**
 * True for a template locale with a date form of its own (French, Chinese…): its chrome shows
 * that date alone, not the English date beside the Japanese era date the English chrome adds.
 */
export function hasOwnDateForm(locale: unknown): boolean {
  return typeof locale === "string" && Object.hasOwn(DATE_LOCALES, locale);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(tag: string): Intl.DateTimeFormat {
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    dateFormats.set(tag, format);
  }
  return format;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Chinese ranges as Chinese documents write them, 2023年10月25日至27日 (ICU gives 2023/10/25 – 2023/10/27). */
function chineseRange(start: DayParts, end: DayParts): string {
  const full = (d: DayParts) => `${d.year}年${d.month}月${d.day}日`;
  if (start.year !== end.year) return `${full(start)}至${full(end)}`;
  if (start.month !== end.month) return `${full(start)}至${end.month}月${end.day}日`;
  return `${full(start)}至${end.day}日`;
}

/**
 * A date in a template locale's own long form: "25 octobre 2023", "25 de octubre de 2023",
 * "25 октября 2023 г.", "2023年10月25日", "25 أكتوبر 2023", "2023년 10월 25일", ranges as Intl
 * writes them ("25–27 octobre 2023"; Chinese 2023年10月25日至27日). English for a locale with no
 * form of its own (see DATE_LOCALES).
 */
export function formatDateInLocale(value: DateValue, locale: string): string {
  const tag = DATE_LOCALES[locale];
  if (tag === undefined) return formatDateEnglish(value);
  const dates = range(value);
  if (!dates) return "";
  const start = parts(dates.start);
  if (!start) return dates.start;
  const end = dates.end ? parts(dates.end) : undefined;
  if (!end) return dateFormat(tag).format(utc(dates.start));
  if (tag.startsWith("zh")) return chineseRange(start, end);
  // ICU puts thin and narrow no-break spaces around the range dash; not every face has them.
  return dateFormat(tag)
    .formatRange(utc(dates.start), utc(dates.end as string))
    .replace(/[\u2009\u202f]/g, " ");
}

/** Speaking time: "3 min 40 s", "45 s", "1 h 2 min". */
export function formatDuration(seconds: unknown): string {
  const total = Math.max(0, Math.round(Number(seconds) || 0));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const pieces: string[] = [];
  if (hours) pieces.push(`${hours} h`);
  if (minutes) pieces.push(`${minutes} min`);
  if (rest || pieces.length === 0) pieces.push(`${rest} s`);
  return pieces.join(" ");
}
