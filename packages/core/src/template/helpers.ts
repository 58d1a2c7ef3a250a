// Template stage: the helpers briefing registers on its private Handlebars environment.
// `runs` turns runs into escaped markup, so statement text can never add structure.

import type Handlebars from "handlebars";
import type { Run } from "../statement/statement-schema.js";
import { formatDateEnglish, formatDateJapanese, formatDuration } from "./format-dates.js";

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
  });
}

/** The helpers `registerHelpers` adds, beside Handlebars' own. */
export const helperNames = ["date", "dateJa", "duration", "runs", "number", "eq", "join", "upper"];
