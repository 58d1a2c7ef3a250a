// Word page bands: a header or footer paragraph cut to one line's worth of columns, by the
// shared band rule in @briefing/core.
import { type Inline, truncateToColumns } from "@briefing/core";

/**
 * The most a header or footer paragraph holds in a Word file, in columns (see
 * truncateToColumns). Word lays the text out itself, with fonts briefing does not measure, so
 * the cut is by count; 80 columns fit one line of the bands' 9–10 pt type across an A4 or
 * Letter text area. The PDF's bands are cut to one line by the fonts' widths instead.
 */
export const BAND_MAX_COLUMNS = 80;

/** A band's inlines cut to BAND_MAX_COLUMNS (or `limit`), "…" included. */
export function truncateInlines(inlines: readonly Inline[], limit = BAND_MAX_COLUMNS): Inline[] {
  return truncateToColumns(inlines, limit);
}
