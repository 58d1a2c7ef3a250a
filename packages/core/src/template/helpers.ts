// Template stage: the helpers briefing registers on its private Handlebars environment.
// `runs` turns runs into escaped markup, so statement text can never add structure.

import type Handlebars from "handlebars";
import type { Run } from "../statement/statement-schema.js";
import { formatDateEnglish, formatDateJapanese, formatDuration } from "./format-dates.js";
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
      for (const mark of [...(run.marks ?? [])].reverse()) {
        if (mark === "strong" || mark === "em" || mark === "sup" || mark === "sub")
          html = `<${mark}>${html}</${mark}>`;
      }
      if (run.lang) html = `<span lang="${escapeText(run.lang)}">${html}</span>`;
      return html;
    })
    .join("");
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

/** Registers briefing's helpers on a private Handlebars environment. */
export function registerHelpers(env: HandlebarsEnvironment): void {
  const escapeText = env.Utils.escapeExpression;
  env.registerHelper({
    date: (...values: unknown[]) => formatDateEnglish(args(values)[0] as never),
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
    upper: (...values: unknown[]) => String(args(values)[0] ?? "").toUpperCase(),
    minutes: (...values: unknown[]) => roundMinutes(args(values)[0]),
    indented: (...values: unknown[]) => {
      const runs = args(values)[0];
      const first = Array.isArray(runs) ? (runs[0] as Run | undefined) : undefined;
      return /^[\u3000\s]/u.test(String(first?.text ?? ""));
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
  "date",
  "dateJa",
  "duration",
  "runs",
  "number",
  "eq",
  "join",
  "upper",
  "minutes",
  "indented",
  "locale",
  "t",
];
