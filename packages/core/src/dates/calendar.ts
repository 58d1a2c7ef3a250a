// Shared rule: Gregorian calendar facts (real days, month lengths, ISO form) and month names.
// Month names cover English, the European languages ministry sites date statements in, Russian and Arabic.

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
 * it in ("12. März 2024", "12 mars 2024", "12 de marzo de 2024", "28. október 2024"), by month;
 * Russian in the genitive a date uses ("25 октября"), Arabic in both the Egyptian and the
 * Levantine names and the pair UN documents write ("تشرين الأول/أكتوبر").
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
    "января",
    "січня",
    "يناير",
    "كانون الثاني",
    "كانون الثاني/يناير",
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
    "февраля",
    "лютого",
    "فبراير",
    "شباط",
    "شباط/فبراير",
  ],
  [
    "märz",
    "maerz",
    "mars",
    "marzo",
    "março",
    "marco",
    "maart",
    "marts",
    "mars",
    "märts",
    "marts",
    "marca",
    "марта",
    "березня",
    "مارس",
    "آذار",
    "آذار/مارس",
  ],
  [
    "avril",
    "abril",
    "aprile",
    "apríl",
    "aprill",
    "aprīlis",
    "kwietnia",
    "апреля",
    "квітня",
    "أبريل",
    "ابريل",
    "إبريل",
    "نيسان",
    "نيسان/أبريل",
    "نيسان/ابريل",
  ],
  [
    "mai",
    "mayo",
    "maggio",
    "maio",
    "mei",
    "maí",
    "maijs",
    "maja",
    "мая",
    "травня",
    "مايو",
    "أيار",
    "أيار/مايو",
    "ايار",
  ],
  [
    "juni",
    "juin",
    "junio",
    "giugno",
    "junho",
    "júní",
    "juuni",
    "jūnijs",
    "czerwca",
    "июня",
    "червня",
    "يونيو",
    "يونيه",
    "حزيران",
    "حزيران/يونيه",
    "حزيران/يونيو",
  ],
  [
    "juli",
    "juillet",
    "julio",
    "luglio",
    "julho",
    "júlí",
    "juuli",
    "jūlijs",
    "lipca",
    "июля",
    "липня",
    "يوليو",
    "يوليه",
    "تموز",
    "تموز/يوليه",
    "تموز/يوليو",
  ],
  [
    "augustus",
    "août",
    "aout",
    "agosto",
    "ágúst",
    "augusti",
    "augusts",
    "sierpnia",
    "августа",
    "серпня",
    "أغسطس",
    "اغسطس",
    "آب",
    "آب/أغسطس",
  ],
  [
    "septembre",
    "septiembre",
    "setiembre",
    "settembre",
    "setembro",
    "septembris",
    "września",
    "сентября",
    "вересня",
    "سبتمبر",
    "أيلول",
    "أيلول/سبتمبر",
    "ايلول",
  ],
  [
    "oktober",
    "octobre",
    "octubre",
    "ottobre",
    "outubro",
    "október",
    "oktoober",
    "oktobris",
    "października",
    "октября",
    "жовтня",
    "أكتوبر",
    "اكتوبر",
    "تشرين الأول",
    "تشرين الأول/أكتوبر",
  ],
  [
    "novembre",
    "noviembre",
    "novembro",
    "nóvember",
    "novembris",
    "listopada",
    "ноября",
    "листопада",
    "نوفمبر",
    "تشرين الثاني",
    "تشرين الثاني/نوفمبر",
  ],
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
    "декабря",
    "грудня",
    "ديسمبر",
    "كانون الأول",
    "كانون الأول/ديسمبر",
  ],
];

/** Month number (1–12) of a month name or its abbreviation ("Sept.", "Nov", "März", "octobre"). */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, "");
  // Two letters name a month only in Arabic (آب, August); elsewhere they are too short to tell.
  if (key.length < 3) return otherMonthNumber(key);
  for (const [index, month] of MONTHS.entries())
    if (month === key || (month.startsWith(key) && key.length <= 4)) return index + 1;
  if (key === "sept") return 9;
  return otherMonthNumber(key);
}

function otherMonthNumber(key: string): number | undefined {
  for (const [index, names] of OTHER_MONTHS.entries()) if (names.includes(key)) return index + 1;
  return undefined;
}

/** Regex source matching a month name or abbreviation (English, or a full name in another language). */
export const MONTH_PATTERN = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|${[
  ...new Set(OTHER_MONTHS.flat()),
]
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
