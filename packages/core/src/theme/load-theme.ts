// Theme stage: theme.yaml → Theme (page geometry, resolved styles and font families).
// Borrows yaml's node ranges so each zod problem is reported at its line and column.

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { z } from "zod";
import type { Page, ResolvedFontFamily, ResolvedStyle } from "../contract/document-schema.js";
import { BriefingError } from "../errors.js";
import { locateYamlPath, parseYamlWithPositions } from "../yaml/positions.js";
import { defaultFontFamilies } from "./default-fonts.js";
import { FontResolutionError, resolveFontFamilies } from "./resolve-fonts.js";
import { resolveStyles, StyleResolutionError } from "./resolve-styles.js";
import { ThemeFileSchema } from "./theme-schema.js";

/** A validated theme: page geometry, resolved styles and font families. */
export interface Theme {
  /** The theme.yaml it came from. */
  file: string;
  description: string | undefined;
  page: Omit<Page, "header" | "footer">;
  styles: Record<string, ResolvedStyle>;
  fonts: Record<string, ResolvedFontFamily>;
  /** Text typesetting; `smartQuotes`: straight quotes in text inlines become curly (see smart-quotes.ts). */
  typography?: { smartQuotes: boolean };
}

/** Page sizes in points. */
export const pageSizes = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
} as const;

/** The styles a statement's own text is set in; every theme defines them. */
export const statementStyles = [
  "body",
  "salutation",
  "closing",
  "heading-1",
  "heading-2",
  "heading-3",
  "list",
];

const defaultMargin = 72;

/**
 * Reads and validates a theme.yaml; fonts resolve relative to the folder holding it.
 * `display` is how messages name the file (default: `path`); `root` is the folder font files
 * named by path must lie in (default: the folder holding the theme).
 */
export function loadTheme(path: string, options: { display?: string; root?: string } = {}): Theme {
  return parseTheme(readFileSync(path, "utf8"), {
    file: options.display ?? path,
    baseDir: dirname(resolve(path)),
    ...(options.root !== undefined ? { root: options.root } : {}),
  });
}

/**
 * Validates theme.yaml text. Every problem is a BriefingError at the line and column of the
 * offending value. Font files named by path resolve from `baseDir` and must lie inside `root`
 * (default `baseDir`), links followed.
 */
export function parseTheme(text: string, options: { file: string; baseDir: string; root?: string }): Theme {
  const { file } = options;
  const { yaml, lineCounter } = parseYamlWithPositions(text, file);
  const at = (path: readonly PropertyKey[], atKey = false) => ({
    file,
    ...(atKey && path.length > 0
      ? locateYamlPath(yaml, lineCounter, path.slice(0, -1), String(path.at(-1)))
      : locateYamlPath(yaml, lineCounter, path)),
  });

  const parsed = ThemeFileSchema.safeParse(yaml.toJS() ?? {});
  if (!parsed.success) throw themeIssueError(parsed.error.issues[0], at);
  const theme = parsed.data;

  for (const name of statementStyles) {
    if (!(name in theme.styles)) {
      throw new BriefingError(
        at(["styles"], true),
        `theme has no style "${name}"`,
        `every theme defines the styles statement text uses: ${statementStyles.join(", ")}`,
      );
    }
  }
  try {
    const fonts = resolveFontFamilies(
      { ...defaultFontFamilies, ...theme.fonts },
      options.baseDir,
      options.root ?? options.baseDir,
    );
    const styles = resolveStyles(theme.styles, new Set(Object.keys(fonts)));
    const given = theme.page.margins ?? {};
    const margins = {
      top: given.top ?? defaultMargin,
      right: given.right ?? defaultMargin,
      bottom: given.bottom ?? defaultMargin,
      left: given.left ?? defaultMargin,
    };
    return {
      file,
      description: theme.description,
      page: { size: theme.page.size, ...pageSizes[theme.page.size], margins },
      styles,
      fonts,
      typography: { smartQuotes: theme.typography?.smartQuotes ?? false },
    };
  } catch (error) {
    if (error instanceof FontResolutionError) {
      const defined = theme.fonts && (error.path[1] as string) in theme.fonts;
      throw new BriefingError(
        defined ? at(error.path) : { file },
        error.message,
        error.hint ??
          "give an npm package path such as @expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf or a path relative to the template folder (./fonts/x.ttf)",
      );
    }
    if (error instanceof StyleResolutionError)
      throw new BriefingError(at(error.path), error.message, error.hint);
    throw error;
  }
}

function themeIssueError(
  issue: z.core.$ZodIssue | undefined,
  at: (path: readonly PropertyKey[], atKey?: boolean) => { file: string; line: number; column: number },
): BriefingError {
  if (!issue) return new BriefingError(at([]), "invalid theme");
  const path = issue.path;
  const name = path.length ? path.join(".") : "theme";
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    return new BriefingError(
      at([...path, key], true),
      `unknown field "${[...path, key].join(".")}"`,
      "see docs/templates.md for the fields a theme may set",
    );
  }
  if (issue.code === "invalid_key") {
    return new BriefingError(
      at(path, true),
      `"${String(path.at(-1))}": ${issue.issues[0]?.message ?? issue.message}`,
    );
  }
  return new BriefingError(at(path), `${name}: ${issue.message}`);
}
