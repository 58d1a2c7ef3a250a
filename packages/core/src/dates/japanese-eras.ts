// Shared rule: the modern Japanese eras (明治 to 令和) and their first Gregorian days.
// Dates before 1873 are refused: Japan used a lunisolar calendar until then.

/** A Japanese era: its name and its first day in the Gregorian calendar. */
export interface Era {
  name: string;
  /** First day, ISO yyyy-mm-dd. */
  start: string;
  /** Last day, ISO yyyy-mm-dd; open for the current era. */
  end?: string;
}

/**
 * The modern eras with their official first days. 明治 began on 1868-10-23 (Gregorian) but was
 * applied from the start of 1868; Japan kept the lunisolar calendar until 明治5年12月2日, the day
 * before 明治6年1月1日 = 1873-01-01, so earlier 明治 dates are not Gregorian month/day pairs and
 * are refused (see `eraDateToIso`) rather than converted wrongly.
 */
export const eras: readonly Era[] = [
  { name: "明治", start: "1868-10-23", end: "1912-07-29" },
  { name: "大正", start: "1912-07-30", end: "1926-12-24" },
  { name: "昭和", start: "1926-12-25", end: "1989-01-07" },
  { name: "平成", start: "1989-01-08", end: "2019-04-30" },
  { name: "令和", start: "2019-05-01" },
];

/** The first Gregorian day of Japan's civil calendar (明治6年1月1日). */
export const GREGORIAN_ADOPTION = "1873-01-01";

export function eraByName(name: string): Era | undefined {
  return eras.find((era) => era.name === name);
}

/** The Gregorian year of year `n` of an era (元年 = 1). */
export function eraYearToGregorian(era: Era, n: number): number {
  return Number(era.start.slice(0, 4)) + n - 1;
}
