export { daysInMonth, isRealDay, toIso } from "./calendar.js";
export { type Era, eraByName, eras, eraYearToGregorian, GREGORIAN_ADOPTION } from "./japanese-eras.js";
export { type FoundDate, findDate, normalizeDateText, parseDateText } from "./parse-date-text.js";
