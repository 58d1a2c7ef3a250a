// Shared rule: Gregorian calendar facts (real days, month lengths, ISO form) and month names.
// Month names cover English and the European languages ministry sites date statements in.

/** True when year/month/day names a real day of the Gregorian calendar. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * Month names of the languages a ministry or mission site around an English statement may date
 * it in ("12. März 2024", "12 mars 2024", "12 de marzo de 2024", "28. október 2024"), by month.
 */
const OTHER_MONTHS: string[][] = [
  [
    "januar",
    "janvier",
    "enero",
    "gennaio",
    "janeiro",
    "januari",
    "janúar",
    "jaanuar",
    "janvāris",
    "stycznia",
  ],
  [
    "februar",
    "février",
    "fevrier",
    "febrero",
    "febbraio",
    "fevereiro",
    "februari",
    "febrúar",
    "veebruar",
    "februāris",
    "lutego",
  ],
  ["märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marts", "mars", "märts", "marts", "marca"],
  ["avril", "abril", "aprile", "apríl", "aprill", "aprīlis", "kwietnia"],
  ["mai", "mayo", "maggio", "maio", "mei", "maí", "maijs", "maja"],
  ["juni", "juin", "junio", "giugno", "junho", "júní", "juuni", "jūnijs", "czerwca"],
  ["juli", "juillet", "julio", "luglio", "julho", "júlí", "juuli", "jūlijs", "lipca"],
  ["augustus", "août", "aout", "agosto", "ágúst", "augusti", "augusts", "sierpnia"],
  ["septembre", "septiembre", "settembre", "setembro", "septembris", "września"],
  ["oktober", "octobre", "octubre", "ottobre", "outubro", "október", "oktoober", "oktobris", "października"],
  ["novembre", "noviembre", "novembro", "nóvember", "novembris", "listopada"],
  [
    "dezember",
    "décembre",
    "decembre",
    "diciembre",
    "dicembre",
    "dezembro",
    "desember",
    "december",
    "desember",
    "decembris",
    "grudnia",
  ],
];

/** Month number (1–12) of a month name or its abbreviation ("Sept.", "Nov", "März", "octobre"). */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, "");
  if (key.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month === key || (month.startsWith(key) && key.length <= 4));
  if (index >= 0) return index + 1;
  if (key === "sept") return 9;
  const other = OTHER_MONTHS.findIndex((names) => names.includes(key));
  return other >= 0 ? other + 1 : undefined;
}

/** Regex source matching a month name or abbreviation (English, or a full name in another language). */
export const MONTH_PATTERN = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|${[
  ...new Set(OTHER_MONTHS.flat()),
]
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
