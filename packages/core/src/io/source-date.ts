// Shared rule (io): environment → the date every output is stamped with (reproducible builds).

/**
 * The one reader of `SOURCE_DATE_EPOCH` (https://reproducible-builds.org/specs/source-date-epoch/):
 * outputs are dated from it so they never depend on "now".
 */

/**
 * The one fallback when neither `SOURCE_DATE_EPOCH` nor the document gives a date:
 * 2000-01-01 UTC (what PDFs have always carried; a zip entry, a .docx part, cannot go before 1980).
 */
export const SOURCE_DATE_FALLBACK: Date = new Date(Date.UTC(2000, 0, 1));

// Zip entry times cannot go before 1980.
const EARLIEST = new Date(Date.UTC(1980, 0, 1));

/**
 * `SOURCE_DATE_EPOCH` (whole seconds since 1970, surrounding white space ignored) as a Date;
 * undefined when it is unset, empty or not a non-negative integer.
 */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch || !/^\d+$/.test(epoch)) return undefined;
  const date = new Date(Number(epoch) * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The date an output carries (created and modified): `SOURCE_DATE_EPOCH` when set, else
 * `fallback` (both renderers pass the Document's `meta.date`, the statement's `YYYY-MM-DD…`) when
 * it is a valid date no earlier than 1980, else {@link SOURCE_DATE_FALLBACK}. The one rule for
 * every format, so a PDF and its Word twin carry the same date, and never the clock.
 */
export function sourceDate(fallback?: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = sourceDateEpoch(env);
  if (epoch) return epoch;
  const date = fallback === undefined ? undefined : new Date(`${fallback.slice(0, 10)}T00:00:00Z`);
  return date !== undefined && !Number.isNaN(date.getTime()) && date >= EARLIEST
    ? date
    : SOURCE_DATE_FALLBACK;
}

/** `YYYY-MM-DD` of a date, in UTC. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
