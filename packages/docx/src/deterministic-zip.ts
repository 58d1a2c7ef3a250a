import { unzipSync, zipSync } from "fflate";

/** The time written into the package: `SOURCE_DATE_EPOCH` when set, else the given fallback. */
export function packageDate(fallback: string | undefined): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const date = fallback === undefined ? undefined : new Date(`${fallback.slice(0, 10)}T00:00:00Z`);
  // Zip entry times cannot go before 1980.
  return date !== undefined && !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1980
    ? date
    : new Date("1980-01-01T00:00:00Z");
}

const w3cdtf = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

function setCoreDates(xml: string, date: Date): string {
  const stamp = w3cdtf(date);
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_match, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
  );
}

/**
 * Re-zips a package written by the docx package with fixed entry times and fixed core-property
 * dates, so the same Document always gives the same bytes (docx writes "now" into both).
 */
export function normalizePackage(bytes: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(bytes);
  const core = files["docProps/core.xml"];
  if (core !== undefined) {
    files["docProps/core.xml"] = new TextEncoder().encode(setCoreDates(new TextDecoder().decode(core), date));
  }
  // fflate reads the entry time in local time; build a Date whose local fields are the UTC ones.
  const mtime = new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
  // [Content_Types].xml first, as Word writes it, so tools that sniff the first entry know the file.
  const first = ["[Content_Types].xml", "_rels/.rels"].filter((path) => path in files);
  const ordered = Object.fromEntries(
    [...first, ...Object.keys(files).filter((path) => !first.includes(path))].map((path) => [
      path,
      files[path],
    ]),
  ) as Record<string, Uint8Array>;
  return zipSync(ordered, { mtime, level: 6 });
}
