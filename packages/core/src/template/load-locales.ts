// Template stage: locales/<code>.yaml in a template folder → validated label tables (Locales).
// The `t` helper picks a table by the statement's language and falls back to `en` per key.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { isMap, isScalar } from "yaml";
import { BriefingError } from "../errors.js";
import { templateFile } from "../io/template-files.js";
import { parseYamlWithPositions } from "../yaml/positions.js";

/** Label tables by locale code (`en`, `ja`), each key → text with `{name}` placeholders. */
export type Locales = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The locale every other one falls back to, key by key. */
export const FALLBACK_LOCALE = "en";

const LOCALE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const LABEL_KEY = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/**
 * Parses one locale file: a YAML mapping of label keys to strings. A syntax error, a value
 * that is not text or a malformed key is a BriefingError at its line and column.
 */
export function parseLocale(text: string, file: string): Record<string, string> {
  const { yaml, lineCounter } = parseYamlWithPositions(text, file);
  const at = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, column: col };
  };
  const contents = yaml.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return {};
  if (!isMap(contents)) {
    throw new BriefingError(
      at(contents.range?.[0]),
      "a locale file is a mapping of label keys to text",
      'e.g. date: "Date"',
    );
  }
  const labels: Record<string, string> = {};
  for (const pair of contents.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : "";
    const keyAt = at(isScalar(keyNode) ? keyNode.range?.[0] : undefined);
    if (!LABEL_KEY.test(key)) {
      throw new BriefingError(
        keyAt,
        `invalid label key "${key}"`,
        "keys are letters, digits, _ . - and start with a letter",
      );
    }
    const value = pair.value;
    if (!isScalar(value) || typeof value.value !== "string") {
      const valueAt = isScalar(value) || isMap(value) ? at(value.range?.[0]) : keyAt;
      throw new BriefingError(valueAt, `label "${key}" must be text`, `quote it: ${key}: "…"`);
    }
    labels[key] = value.value;
  }
  return labels;
}

/**
 * Reads `<dir>/locales/*.yaml` (each file named by its locale code, `ja.yaml`); every file
 * must lie inside the template folder `dir`. A folder without locales gets none.
 */
export function loadLocales(dir: string, display: (path: string) => string): Locales {
  const localesDir = join(dir, "locales");
  if (!existsSync(localesDir)) return {};
  const locales: Record<string, Record<string, string>> = {};
  for (const name of readdirSync(localesDir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const path = join(localesDir, name);
    const shown = display(path);
    const code = basename(name).replace(/\.ya?ml$/, "");
    if (!LOCALE_CODE.test(code)) {
      throw new BriefingError(
        { file: shown },
        `"${code}" is not a locale code`,
        "name locale files by language: en.yaml, ja.yaml",
      );
    }
    if (locales[code]) throw new BriefingError({ file: shown }, `locale "${code}" is given twice`);
    locales[code] = parseLocale(readFileSync(templateFile(dir, path, shown), "utf8"), shown);
  }
  return locales;
}

/** Chinese tags written in Traditional characters: zh-Hant, and Taiwan, Hong Kong and Macao. */
const TRADITIONAL_CHINESE = /^zh[-_](?:hant|tw|hk|mo)(?:[-_]|$)/i;

/**
 * The locale for a statement language: its own table when the template has one (letter case
 * aside: `zh-hant` finds `zh-Hant`), else its primary language's (`fr-CA` → `fr`), else `en`.
 * Chinese in Traditional characters (zh-Hant, zh-TW, zh-HK, zh-MO) takes `zh-Hant` when there is
 * one; all other Chinese (zh-Hans, zh-CN, zh-SG) takes `zh`.
 */
export function chooseLocale(locales: Locales, language: unknown): string {
  if (typeof language === "string") {
    if (locales[language]) return language;
    const wanted = language.toLowerCase();
    const same = Object.keys(locales).find((code) => code.toLowerCase() === wanted);
    if (same) return same;
    if (TRADITIONAL_CHINESE.test(language) && locales["zh-Hant"]) return "zh-Hant";
    const primary = wanted.split(/[-_]/)[0] ?? "";
    if (locales[primary]) return primary;
  }
  return FALLBACK_LOCALE;
}

/**
 * The text of label `key` in `locale`, falling back to `en`; undefined when neither has it.
 */
export function lookupLabel(locales: Locales, locale: string, key: string): string | undefined {
  const own = locales[locale];
  if (own && Object.hasOwn(own, key)) return own[key];
  const fallback = locales[FALLBACK_LOCALE];
  if (fallback && Object.hasOwn(fallback, key)) return fallback[key];
  return undefined;
}
