// Template stage: the helpers briefing registers on its private Handlebars environment.
// `runs` turns runs into escaped markup, so statement text can never add structure.

import type Handlebars from "handlebars";
import { countryNameIn } from "../import/countries.js";
import type { Run } from "../statement/statement-schema.js";
import { formatDateInLocale, formatDateJapanese, formatDuration, hasOwnDateForm } from "./format-dates.js";
import { chooseLocale, type Locales, lookupLabel } from "./load-locales.js";

type HandlebarsEnvironment = typeof Handlebars;

const numberFormat = new Intl.NumberFormat("en-GB");

/** Handlebars passes an options object as the last argument; this drops it. */
function args(values: unknown[]): unknown[] {
  return values.slice(0, -1);
}

/**
 * A paragraph's runs as briefing markup. Text is escaped, so a statement can never add
 * structure; marks become strong/em/sup/sub and a language a `<span lang>`.
 */
export function runsToMarkup(runs: unknown, escapeText: (text: string) => string): string {
  if (!Array.isArray(runs)) return "";
  return (runs as Run[])
    .map((run) => {
      let html = escapeText(String(run.text ?? ""));
      // A note marker: a footnote when the template writes a <footnote> for it, else its text.
      if (typeof run.note === "string" && run.note)
        html = `<note-ref id="${escapeText(run.note)}">${html}</note-ref>`;
      for (const mark of [...(run.marks ?? [])].reverse()) {
        if (mark === "strong" || mark === "em" || mark === "sup" || mark === "sub")
          html = `<${mark}>${html}</${mark}>`;
      }
      if (run.lang) html = `<span lang="${escapeText(run.lang)}">${html}</span>`;
      return html;
    })
    .join("");
}

/** The note ids a statement's text points to (runs with `note` in its body). */
function referencedNoteIds(statement: unknown): Set<string> {
  const ids = new Set<string>();
  const body = (statement as { body?: unknown } | null)?.body;
  if (!Array.isArray(body)) return ids;
  const add = (runs: unknown) => {
    if (!Array.isArray(runs)) return;
    for (const run of runs as Run[]) if (typeof run?.note === "string") ids.add(run.note);
  };
  for (const block of body as { runs?: unknown; items?: unknown }[]) {
    add(block?.runs);
    if (Array.isArray(block?.items)) for (const item of block.items) add(item);
  }
  return ids;
}

/**
 * A statement's notes its text points to (`referenced` true: footnotes) or the others
 * (reference blocks, vote tallies, notes no marker names: the end section).
 */
function notesByReference(statement: unknown, referenced: boolean): unknown[] {
  const notes = (statement as { notes?: unknown } | null)?.notes;
  if (!Array.isArray(notes)) return [];
  const ids = referencedNoteIds(statement);
  return (notes as { id?: unknown }[]).filter(
    (note) => (typeof note?.id === "string" && ids.has(note.id)) === referenced,
  );
}

/** What Handlebars passes a helper last: its hash, the render's data frame. */
interface HelperOptions {
  hash?: Record<string, unknown>;
  data?: { root?: unknown; locales?: Locales };
}

/** The statement language a helper call is about: `lang=` given, this statement's, the root's. */
function languageOf(context: unknown, options: HelperOptions): unknown {
  if (options.hash && "lang" in options.hash) return options.hash.lang;
  const own = (context as { statement?: { language?: unknown } } | null)?.statement?.language;
  if (own !== undefined) return own;
  return (options.data?.root as { statement?: { language?: unknown } } | undefined)?.statement?.language;
}

/**
 * A label from the template's locale files, in the statement's language (falling back to
 * `en` per key), as escaped markup: `{name}` takes the hash value `name`, `{page}` and
 * `{pages}` become the page-number and page-count fields unless the hash gives them.
 */
export function labelToMarkup(
  locales: Locales,
  language: unknown,
  key: string,
  values: Record<string, unknown>,
  escapeText: (text: string) => string,
): string {
  const text = lookupLabel(locales, chooseLocale(locales, language), key);
  if (text === undefined) throw new Error(`no label "${key}" in the template's locales/en.yaml`);
  const fields: Record<string, string> = { page: "<page-number/>", pages: "<page-count/>" };
  return text
    .split(/(\{[A-Za-z][A-Za-z0-9_]*\})/)
    .map((piece, index) => {
      if (index % 2 === 0) return escapeText(piece);
      const name = piece.slice(1, -1);
      if (Object.hasOwn(values, name) && name !== "lang") return escapeText(values[name] as string);
      return fields[name] ?? escapeText(piece);
    })
    .join("");
}

/** Whole minutes of speaking time, at least 1 for any speech: 約N分. */
export function roundMinutes(seconds: unknown): number {
  const total = Math.max(0, Number(seconds) || 0);
  return total === 0 ? 0 : Math.max(1, Math.round(total / 60));
}

/**
 * The rank of a security marking: unmarked 0, UNCLASSIFIED/OFFICIAL 1, RESTRICTED/取扱注意 2,
 * CONFIDENTIAL/秘 3, SECRET/極秘 4, TOP SECRET/機密 5; a marking not listed ranks as RESTRICTED.
 */
export function classificationRank(marking: unknown): number {
  if (typeof marking !== "string" || marking.trim().length === 0) return 0;
  const text = marking.normalize("NFKC").trim().toUpperCase();
  if (/TOP\s*SECRET|機密/.test(text)) return 5;
  if (/SECRET|極秘/.test(text)) return 4;
  if (/CONFIDENTIAL|^秘$|^厳秘$/.test(text)) return 3;
  if (/^(UNCLASSIFIED|OFFICIAL|PUBLIC|UNRESTRICTED)$/.test(text)) return 1;
  return 2;
}

/** The highest marking among a book's statements (`[{ statement }]`), the first of equals. */
export function highestClassification(entries: unknown): string {
  let best = "";
  let rank = 0;
  for (const entry of Array.isArray(entries) ? entries : []) {
    const marking = (entry as { statement?: { classification?: unknown } } | null)?.statement?.classification;
    const own = classificationRank(marking);
    if (own > rank) {
      rank = own;
      best = String(marking).trim();
    }
  }
  return best;
}

/**
 * A book's language (`[{ statement }]`): the one language every statement has, when there is one
 * (`ja` for a book of Japanese statements, `zh-Hant` for one of Traditional Chinese ones; `zh`
 * when they mix Simplified and Traditional), else `en`; an empty book is `en`. The helper then
 * keeps it only when the template has labels in it (else `en`).
 */
export function bookLanguage(entries: unknown): string {
  const tags = (Array.isArray(entries) ? entries : []).map((entry) => {
    const language = (entry as { statement?: { language?: unknown } } | null)?.statement?.language;
    return typeof language === "string" ? language : "";
  });
  // One full tag kept whole, so a book of zh-Hant statements gets the Traditional labels.
  const whole = tags[0];
  if (whole && tags.every((tag) => tag.toLowerCase() === whole.toLowerCase())) return whole;
  const languages = tags.map((tag) => (tag.split("-")[0] ?? "").toLowerCase());
  const first = languages[0];
  return first && languages.every((language) => language === first) ? first : "en";
}

/** Characters other than whitespace in a body block's text (a paragraph's runs, a list's items). */
function blockCharacters(block: unknown): number {
  const { type, runs, items } = (block ?? {}) as { type?: unknown; runs?: unknown; items?: unknown };
  if (type === "heading") return 0;
  const text = (list: unknown) =>
    Array.isArray(list) ? (list as Run[]).map((run) => String(run?.text ?? "")).join("") : "";
  const all = Array.isArray(items) ? items.map(text).join("") : text(runs);
  return [...all.replace(/\s+/gu, "")].length;
}

/**
 * The speaking time elapsed when body block `index` of a statement starts, as "m:ss": the
 * statement's `speakingSeconds` shared among its paragraphs and lists by their characters
 * (headings are not read aloud).
 */
export function elapsedTime(statement: unknown, speakingSeconds: unknown, index: unknown): string {
  const body = (statement as { body?: unknown } | null)?.body;
  const blocks = Array.isArray(body) ? body : [];
  const total = blocks.reduce((sum: number, block) => sum + blockCharacters(block), 0);
  const before = blocks
    .slice(0, Math.max(0, Number(index) || 0))
    .reduce((sum: number, block) => sum + blockCharacters(block), 0);
  const seconds = total > 0 ? Math.round((Math.max(0, Number(speakingSeconds) || 0) * before) / total) : 0;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * The number of body block `index` among the statement's body-role paragraphs (1, 2, …): what a
 * speaker and the room refer to ("paragraph 4"). 0 for a block that is not one.
 */
export function paragraphNumber(statement: unknown, index: unknown): number {
  const body = (statement as { body?: unknown } | null)?.body;
  const blocks = Array.isArray(body) ? body : [];
  const at = Math.max(0, Number(index) || 0);
  const isBody = (block: unknown) => {
    const { type, role } = (block ?? {}) as { type?: unknown; role?: unknown };
    return type !== "heading" && type !== "list" && role === "body";
  };
  if (!isBody(blocks[at])) return 0;
  return blocks.slice(0, at + 1).filter(isBody).length;
}

/**
 * A list sorted in the language's order (Intl.Collator) and set in `count` columns read
 * downwards, the first columns one name longer when it does not divide evenly: rows of
 * `count` cells, a short column's last cell empty.
 */
export function sortedColumns(list: unknown, count: unknown, language: unknown): string[][] {
  const items = Array.isArray(list) ? list.map(String) : [];
  const columns = Math.max(1, Math.floor(Number(count) || 1));
  const locale = typeof language === "string" && language.length > 0 ? language : "en";
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(locale, { numeric: true });
  } catch {
    collator = new Intl.Collator("en", { numeric: true });
  }
  const sorted = [...items].sort(collator.compare);
  const rows = Math.ceil(sorted.length / columns);
  const longer = sorted.length % columns || columns;
  // Column c starts after c full columns, of which only the first `longer` have `rows` names.
  const start = (column: number) => column * rows - Math.max(0, column - longer);
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) =>
      row < start(column + 1) - start(column) ? (sorted[start(column) + row] ?? "") : "",
    ),
  );
}

/**
 * True for a locale whose statements are measured in characters, not words: Japanese and Chinese
 * (written without spaces) and Korean (whose spaced units are phrases, and whose speaking time
 * analyze reckons by syllable).
 */
export function countsCharacters(locale: unknown): boolean {
  return typeof locale === "string" && /^(?:ja|zh|ko)(?:[-_]|$)/i.test(locale);
}

/** Registers briefing's helpers on a private Handlebars environment. */
export function registerHelpers(env: HandlebarsEnvironment): void {
  const escapeText = env.Utils.escapeExpression;
  env.registerHelper({
    // In the locale's own form where it has one (fr, es, ru, ar, zh, ko), else English; `dateJa` is the era form.
    date(this: unknown, ...values: unknown[]) {
      const options = values.at(-1) as HelperOptions;
      const locale = chooseLocale(options.data?.locales ?? {}, languageOf(this, options));
      return formatDateInLocale(args(values)[0] as never, locale);
    },
    dateJa: (...values: unknown[]) => formatDateJapanese(args(values)[0] as never),
    duration: (...values: unknown[]) => formatDuration(args(values)[0]),
    runs: (...values: unknown[]) => new env.SafeString(runsToMarkup(args(values)[0], escapeText)),
    number: (...values: unknown[]) => {
      const value = Number(args(values)[0]);
      return Number.isFinite(value) ? numberFormat.format(value) : "";
    },
    eq: (...values: unknown[]) => {
      const [a, b] = args(values);
      return a === b;
    },
    join: (...values: unknown[]) => {
      const [list, separator] = args(values);
      return Array.isArray(list)
        ? list.map(String).join(typeof separator === "string" ? separator : ", ")
        : "";
    },
    footnotes: (...values: unknown[]) => notesByReference(args(values)[0], true),
    endNotes: (...values: unknown[]) => notesByReference(args(values)[0], false),
    upper: (...values: unknown[]) => String(args(values)[0] ?? "").toUpperCase(),
    gt: (...values: unknown[]) => {
      const [a, b] = args(values);
      return Number(a) > Number(b);
    },
    highestClassification: (...values: unknown[]) => highestClassification(args(values)[0]),
    bookLanguage: (...values: unknown[]) => {
      const options = values.at(-1) as HelperOptions;
      return chooseLocale(options.data?.locales ?? {}, bookLanguage(args(values)[0]));
    },
    parts: (...values: unknown[]) => {
      const [separator, ...items] = args(values);
      const shown = items
        .filter((item) => item !== undefined && item !== null && item !== false && String(item).length > 0)
        .map((item) => (item instanceof env.SafeString ? item.toString() : escapeText(String(item))));
      return shown.length > 0 ? new env.SafeString(shown.join(escapeText(String(separator ?? "")))) : "";
    },
    sortedColumns(this: unknown, ...values: unknown[]) {
      const options = values.at(-1) as HelperOptions;
      const [list, count] = args(values);
      return sortedColumns(list, count, languageOf(this, options));
    },
    minutes: (...values: unknown[]) => roundMinutes(args(values)[0]),
    countsCharacters: (...values: unknown[]) => countsCharacters(args(values)[0]),
    ownDateForm: (...values: unknown[]) => hasOwnDateForm(args(values)[0]),
    elapsed: (...values: unknown[]) => {
      const [statement, seconds, index] = args(values);
      return elapsedTime(statement, seconds, index);
    },
    paragraphNumber: (...values: unknown[]) => {
      const [statement, index] = args(values);
      return paragraphNumber(statement, index);
    },
    indented: (...values: unknown[]) => {
      const runs = args(values)[0];
      const first = Array.isArray(runs) ? (runs[0] as Run | undefined) : undefined;
      return /^[\u3000\s]/u.test(String(first?.text ?? ""));
    },
    // A delegation in the document's language ("日本" in a Japanese briefing); as given otherwise.
    country(this: unknown, ...values: unknown[]) {
      const options = values.at(-1) as HelperOptions;
      const name = String(args(values)[0] ?? "");
      return (
        countryNameIn(name, chooseLocale(options.data?.locales ?? {}, languageOf(this, options))) ?? name
      );
    },
    locale(this: unknown, ...values: unknown[]) {
      const options = values.at(-1) as HelperOptions;
      return chooseLocale(options.data?.locales ?? {}, languageOf(this, options));
    },
    t(this: unknown, ...values: unknown[]) {
      const options = values.at(-1) as HelperOptions;
      const key = String(args(values)[0]);
      const markup = labelToMarkup(
        options.data?.locales ?? {},
        languageOf(this, options),
        key,
        options.hash ?? {},
        escapeText,
      );
      return new env.SafeString(markup);
    },
  });
}

/** The helpers `registerHelpers` adds, beside Handlebars' own. */
export const helperNames = [
  "country",
  "date",
  "dateJa",
  "duration",
  "runs",
  "number",
  "eq",
  "join",
  "upper",
  "footnotes",
  "endNotes",
  "gt",
  "highestClassification",
  "bookLanguage",
  "parts",
  "sortedColumns",
  "minutes",
  "countsCharacters",
  "ownDateForm",
  "elapsed",
  "paragraphNumber",
  "indented",
  "locale",
  "t",
];
