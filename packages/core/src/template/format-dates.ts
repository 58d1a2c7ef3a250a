// Template helpers' formatting: dates → "23 November 2021" or 令和3年11月23日; durations.
// Japanese eras come from Intl's Japanese calendar, cached because it is slow.

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
