import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import { BriefingError } from "../errors.js";
import { loadTheme, type Theme } from "../theme/load-theme.js";
import { checkReferences, instrumentContent, parseHandlebars } from "./compile-template.js";
import { registerHelpers } from "./helpers.js";
import { type MarkupSourceMap, stripMarkers, type TemplatePoint } from "./markup-source-map.js";
import { displayPath, findTemplateDir } from "./template-dirs.js";

/** A loaded template: compiled Handlebars, its partials and its validated theme. */
export interface Template {
  name: string;
  dir: string;
  /** The template.hbs path as messages show it. */
  file: string;
  theme: Theme;
  /** Renders the template's input to briefing markup, with a map back to the template source. */
  render(input: unknown): MarkupSourceMap;
}

const env = Handlebars.create();
registerHelpers(env);

const cache = new Map<string, Template>();

/**
 * Loads a template folder (template.hbs, partials/*.hbs, theme.yaml) by built-in name or
 * path; compiled once per process and cached by its real path.
 */
export function loadTemplate(nameOrDir: string, options: { templatesDir?: string } = {}): Template {
  // One realpath(3) call; the JavaScript realpathSync lstats every path component each time.
  const dir = realpathSync.native(findTemplateDir(nameOrDir, options));
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
  const theme = loadTheme(themeFile, { display: displayPath(themeFile) });
  const partialsDir = join(dir, "partials");
  const partialFiles = existsSync(partialsDir)
    ? readdirSync(partialsDir)
        .filter((name) => name.endsWith(".hbs"))
        .sort()
    : [];
  const partialNames = new Set(partialFiles.map((name) => basename(name, ".hbs")));
  const helperNames = new Set(Object.keys(env.helpers));
  const points: TemplatePoint[] = [];
  const compile = (path: string, shown: string) => {
    const program = parseHandlebars(env, readFileSync(path, "utf8"), shown);
    checkReferences(program, shown, helperNames, partialNames);
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
    render(input) {
      let text: string;
      try {
        text = main(input, { partials, allowProtoPropertiesByDefault: false });
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
