// Template stage: a template name or path → its folder (templatesDir, then @briefing/templates).
// Also lists templates for `briefing templates list`, reading descriptions with yaml.

import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parse as parseYaml } from "yaml";
import { BriefingError } from "../errors.js";
import { templateFile } from "../io/template-files.js";

const require = createRequire(import.meta.url);

let builtIns: string | undefined;

/** The folder holding the built-in templates (package @briefing/templates). */
export function builtInTemplatesDir(): string {
  // Resolved once: a package does not move while the process runs, and resolving it is most of
  // what loading an already compiled template costs.
  builtIns ??= dirname(require.resolve("@briefing/templates/package.json"));
  return builtIns;
}

/** True when a folder holds a template (a template.hbs). */
export function isTemplateDir(dir: string): boolean {
  return existsSync(join(dir, "template.hbs"));
}

function looksLikePath(nameOrDir: string): boolean {
  return (
    isAbsolute(nameOrDir) || nameOrDir.startsWith(".") || nameOrDir.includes("/") || nameOrDir.includes(sep)
  );
}

/**
 * Finds a template folder: a path is used as given; a name is looked up in `templatesDir`
 * first, then among the built-ins.
 */
export function findTemplateDir(nameOrDir: string, options: { templatesDir?: string } = {}): string {
  if (looksLikePath(nameOrDir)) {
    const dir = resolve(nameOrDir);
    if (!isTemplateDir(dir)) {
      throw new BriefingError(
        { file: nameOrDir },
        "not a template folder: it has no template.hbs",
        "copy one with `briefing templates copy briefing <dir>`",
      );
    }
    return dir;
  }
  const places = [...(options.templatesDir ? [resolve(options.templatesDir)] : []), builtInTemplatesDir()];
  for (const place of places) {
    const dir = join(place, nameOrDir);
    if (isTemplateDir(dir)) return dir;
  }
  throw new BriefingError(
    { file: nameOrDir },
    `no template named "${nameOrDir}"`,
    `available: ${listTemplates(options)
      .map((template) => template.name)
      .join(", ")}`,
  );
}

/** A template `briefing templates list` shows. */
export interface TemplateListing {
  name: string;
  dir: string;
  builtIn: boolean;
  /** The theme's `description`, or "" when it has none (or cannot be read). */
  description: string;
}

function describe(dir: string): string {
  try {
    // Only a theme.yaml inside the folder is read (a link elsewhere is refused here, as when loading).
    const path = templateFile(realpathSync.native(dir), join(dir, "theme.yaml"), "theme.yaml");
    const theme = parseYaml(readFileSync(path, "utf8")) as {
      description?: unknown;
    } | null;
    return typeof theme?.description === "string" ? theme.description : "";
  } catch {
    // A broken theme is reported when the template is used; a listing still shows it.
    return "";
  }
}

/** The built-in templates and those in `templatesDir`, sorted by name within each group. */
export function listTemplates(options: { templatesDir?: string } = {}): TemplateListing[] {
  const list = (place: string, builtIn: boolean): TemplateListing[] =>
    existsSync(place) && statSync(place).isDirectory()
      ? readdirSync(place)
          .filter((name) => isTemplateDir(join(place, name)))
          .sort()
          .map((name) => ({
            name,
            dir: join(place, name),
            builtIn,
            description: describe(join(place, name)),
          }))
      : [];
  return [
    ...list(builtInTemplatesDir(), true),
    ...(options.templatesDir ? list(resolve(options.templatesDir), false) : []),
  ];
}

/** A path for messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
