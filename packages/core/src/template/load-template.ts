// Template stage: a template name or folder → Template (compiled Handlebars + Theme), cached.
// Uses a private Handlebars.create() environment, so its helpers never leak to other users.

import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import { BriefingError, type Warning } from "../errors.js";
import { templateFile } from "../io/template-files.js";
import { loadTheme, type Theme } from "../theme/load-theme.js";
import {
  checkLabels,
  checkReferences,
  instrumentContent,
  parseHandlebars,
  readsInputField,
  unescapedOutputWarnings,
} from "./compile-template.js";
import { registerHelpers } from "./helpers.js";
import { loadLocales } from "./load-locales.js";
import { type MarkupSourceMap, stripMarkers, type TemplatePoint } from "./markup-source-map.js";
import { displayPath, findTemplateDir } from "./template-dirs.js";

/** A loaded template: compiled Handlebars, its partials and its validated theme. */
export interface Template {
  name: string;
  dir: string;
  /** The template.hbs path as messages show it. */
  file: string;
  theme: Theme;
  /**
   * A book template: its template.hbs reads `statements` (a list) rather than `statement`, so
   * it is rendered with `statementsToBook`, one statement becoming a book of one.
   */
  book: boolean;
  /**
   * What is risky in the template but does not stop it (a `{{{…}}}` that inserts text
   * unescaped), found when it loads; `statementToDocument` reports them with every document.
   */
  warnings: readonly Warning[];
  /** Renders the template's input to briefing markup, with a map back to the template source. */
  render(input: unknown): MarkupSourceMap;
}

const env = Handlebars.create();
registerHelpers(env);

const cache = new Map<string, Template>();
/**
 * Where each name or folder led, by the working directory, templates folder and name asked for:
 * a template is compiled once per process anyway, and looking it up again took a stat and a
 * realpath per statement (four readlinks and an access: 0.5 % of an export's render thread).
 */
const resolved = new Map<string, string>();

/**
 * Loads a template folder (template.hbs, partials/*.hbs, theme.yaml, locales/*.yaml) by built-in name or
 * path; compiled once per process and cached by its real path. Every file it reads, the
 * theme's font files named by path included, must lie inside the folder (links are followed
 * to check): a file elsewhere is a BriefingError naming it.
 */
export function loadTemplate(nameOrDir: string, options: { templatesDir?: string } = {}): Template {
  const key = `${process.cwd()}\0${options.templatesDir ?? ""}\0${nameOrDir}`;
  let dir = resolved.get(key);
  if (dir === undefined) {
    // One realpath(3) call; the JavaScript realpathSync lstats every path component each time.
    dir = realpathSync.native(findTemplateDir(nameOrDir, options));
    resolved.set(key, dir);
  }
  const cached = cache.get(dir);
  if (cached) return cached;
  const template = compileTemplateDir(dir);
  cache.set(dir, template);
  return template;
}

function compileTemplateDir(dir: string): Template {
  const file = displayPath(join(dir, "template.hbs"));
  const themeFile = join(dir, "theme.yaml");
  if (!existsSync(themeFile)) {
    throw new BriefingError({ file: displayPath(themeFile) }, "the template folder has no theme.yaml");
  }
  const theme = loadTheme(templateFile(dir, themeFile, displayPath(themeFile)), {
    display: displayPath(themeFile),
    root: dir,
  });
  const locales = loadLocales(dir, displayPath);
  const partialsDir = join(dir, "partials");
  const partialFiles = existsSync(partialsDir)
    ? readdirSync(partialsDir)
        .filter((name) => name.endsWith(".hbs"))
        .sort()
    : [];
  const partialNames = new Set(partialFiles.map((name) => basename(name, ".hbs")));
  const helperNames = new Set(Object.keys(env.helpers));
  const points: TemplatePoint[] = [];
  const warnings: Warning[] = [];
  let book = false;
  const compile = (path: string, shown: string) => {
    const source = readFileSync(templateFile(dir, path, shown), "utf8");
    const program = parseHandlebars(env, source, shown);
    if (path === join(dir, "template.hbs")) book = readsInputField(program, "statements");
    checkReferences(program, shown, helperNames, partialNames);
    checkLabels(program, shown, locales);
    warnings.push(...unescapedOutputWarnings(program, source, shown, helperNames));
    instrumentContent(program, shown, points);
    return env.compile(program, { preventIndent: true });
  };
  const main = compile(join(dir, "template.hbs"), file);
  const partials: Record<string, HandlebarsTemplateDelegate> = {};
  for (const name of partialFiles) {
    partials[basename(name, ".hbs")] = compile(join(partialsDir, name), displayPath(join(partialsDir, name)));
  }
  return {
    name: basename(dir),
    dir,
    file,
    theme,
    book,
    warnings,
    render(input) {
      let text: string;
      try {
        text = main(input, { partials, allowProtoPropertiesByDefault: false, data: { locales } });
      } catch (error) {
        if (error instanceof BriefingError) throw error;
        throw new BriefingError(
          { file },
          `template failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return stripMarkers(text, points, file);
    },
  };
}
