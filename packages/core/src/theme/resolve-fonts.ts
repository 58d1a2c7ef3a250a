// Theme stage: font references in theme.yaml → absolute file paths, per family and style.
// Resolves npm specifiers with createRequire; refuses files outside the template or packages.

import { existsSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, resolve, sep } from "node:path";
import type { ResolvedFontFamily } from "../contract/document-schema.js";
import { isInsideFolder, quotePath } from "../io/template-files.js";
import { languageMatches, languageOf } from "../text/scripts.js";
import type { ThemeFontFamily } from "./theme-schema.js";

const requireFromCore = createRequire(import.meta.url);

/** Why a font file could not be found, with the theme path of the value that named it. */
export class FontResolutionError extends Error {
  constructor(
    readonly path: PropertyKey[],
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../") || isAbsolute(specifier);
}

/**
 * Why the font file `path` (resolved from `specifier`) may not be read, or undefined when it
 * may. A file named by path must lie in the template folder `root`, links followed: the file
 * is embedded in every PDF, so a template must not reach out of its folder. A file named as
 * an npm package path must lie in an installed package (a `node_modules` folder) or the
 * template folder; `x/../../..` could otherwise climb out of node_modules.
 */
function outsideReason(
  specifier: string,
  path: string,
  templateDir: string,
  root: string,
): string | undefined {
  const real = realpathSync.native(path);
  if (isInsideFolder(realPath(root), real)) return undefined;
  if (!isPathSpecifier(specifier)) {
    return real.split(sep).includes("node_modules")
      ? undefined
      : `resolves to ${quotePath(real)}, outside the template folder and its npm packages`;
  }
  if (!isInsideFolder(resolve(root), resolve(templateDir, specifier)))
    return "is outside the template folder";
  return `is a link to a file outside the template folder (${quotePath(real)})`;
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Turns a font file reference into an absolute path: `./x.ttf` and `../x.ttf` are relative to
 * the template folder; anything else is an npm specifier, looked up from the template folder
 * first (a user template may depend on its own font package) and then from @briefing/core.
 * Where the file may lie is checked by `resolveFontFamilies`, not here.
 */
export function resolveFontFile(specifier: string, templateDir: string): string | undefined {
  if (specifier.startsWith("./") || specifier.startsWith("../") || isAbsolute(specifier)) {
    const path = resolve(templateDir, specifier);
    return existsSync(path) ? path : undefined;
  }
  for (const resolver of [createRequire(join(templateDir, "package.json")), requireFromCore]) {
    try {
      return resolver.resolve(specifier);
    } catch {
      // not reachable from here; try the next place
    }
  }
  return undefined;
}

/**
 * Resolves every family's PDF files; missing styles fall back (italic → regular, bold italic →
 * bold). Files must lie in `root` (default `templateDir`) or an installed npm package.
 */
export function resolveFontFamilies(
  families: Record<string, ThemeFontFamily>,
  templateDir: string,
  root: string = templateDir,
): Record<string, ResolvedFontFamily> {
  const resolved: Record<string, ResolvedFontFamily> = {};
  for (const [name, family] of Object.entries(families)) {
    // The schema guarantees exactly one spelling of each; errors point at the one written.
    const filesKey = family.files ? "files" : "pdf";
    const files = (family.files ?? family.pdf) as NonNullable<ThemeFontFamily["files"]>;
    const names = family.names ?? { latin: family.word?.ascii ?? "", eastAsia: family.word?.eastAsia ?? "" };
    const file = (key: "regular" | "bold" | "italic" | "boldItalic", specifier: string): string => {
      const path = resolveFontFile(specifier, templateDir);
      if (!path) {
        throw new FontResolutionError(
          ["fonts", name, filesKey, key],
          `font file "${specifier}" of family "${name}" not found`,
        );
      }
      const outside = outsideReason(specifier, path, templateDir, root);
      if (outside !== undefined) {
        throw new FontResolutionError(
          ["fonts", name, filesKey, key],
          `font file "${specifier}" of family "${name}" ${outside}`,
          "copy the file into the template folder",
        );
      }
      return path;
    };
    const regular = file("regular", files.regular);
    const bold = files.bold ? file("bold", files.bold) : regular;
    const italic = files.italic ? file("italic", files.italic) : regular;
    const boldItalic = files.boldItalic ? file("boldItalic", files.boldItalic) : bold;
    (family.fallback ?? []).forEach((fallback, index) => {
      if (!(fallback in families)) {
        throw new FontResolutionError(
          ["fonts", name, "fallback", index],
          `fallback family "${fallback}" of "${name}" is not defined`,
        );
      }
    });
    resolved[name] = {
      files: { regular, bold, italic, boldItalic },
      names: {
        latin: names.latin,
        eastAsia: names.eastAsia,
        ...("complex" in names && names.complex !== undefined ? { complex: names.complex } : {}),
      },
      fallback: [...(family.fallback ?? [])],
      ...(family.scripts ? { scripts: [...family.scripts] } : {}),
      ...(family.languages ? { languages: [...family.languages] } : {}),
    };
  }
  return resolved;
}

const complexScripts = new Set(["arabic", "hebrew", "thai", "devanagari"]);

/**
 * The families' Word names for a document in `language`: where a family names one of its
 * fallbacks as its East Asian (or complex-script) font, and another fallback of the same kind
 * is for the document's language, that one is named instead. So `serif` (East Asian name Noto
 * Serif JP) asks for Noto Serif SC in a Simplified Chinese document, TC in a Traditional one,
 * KR in a Korean one, and keeps Noto Serif JP otherwise; its complex-script name (Amiri) becomes
 * Noto Serif Hebrew in a Hebrew document. A name the theme chose itself (one no fallback has)
 * is kept. Word takes one such name per style, so the document's language decides; the PDF
 * chooses per character and does not read names. Returns new records; `fonts` is not changed.
 */
export function fontNamesForLanguage(
  fonts: Record<string, ResolvedFontFamily>,
  language: string | undefined,
): Record<string, ResolvedFontFamily> {
  const result: Record<string, ResolvedFontFamily> = {};
  for (const [name, family] of Object.entries(fonts)) {
    const chain = fallbackChain(fonts, name);
    const pick = (
      current: string,
      ofKind: (family: ResolvedFontFamily) => boolean,
      wanted: string | undefined,
    ): string => {
      const kind = chain.filter(ofKind);
      // Only a name that is one of these fallbacks' own is the theme's default to replace.
      if (wanted === undefined || !kind.some((other) => other.names.latin === current)) return current;
      const chosen = kind.find((other) => other.languages?.some((prefix) => languageMatches(wanted, prefix)));
      return chosen?.names.latin ?? current;
    };
    const eastAsia = pick(
      family.names.eastAsia,
      (other) => other.languages !== undefined && (other.scripts?.includes("han") ?? false),
      languageOf("han", language),
    );
    const complex =
      family.names.complex === undefined
        ? undefined
        : pick(
            family.names.complex,
            (other) =>
              other.languages !== undefined &&
              (other.scripts?.some((script) => complexScripts.has(script)) ?? false),
            language,
          );
    result[name] = {
      ...family,
      names: { ...family.names, eastAsia, ...(complex !== undefined ? { complex } : {}) },
    };
  }
  return result;
}

/** `name`'s fallback families (and theirs), each once, without `name` itself. */
function fallbackChain(fonts: Record<string, ResolvedFontFamily>, name: string): ResolvedFontFamily[] {
  const seen = new Set<string>([name]);
  const chain: ResolvedFontFamily[] = [];
  const visit = (family: ResolvedFontFamily | undefined) => {
    for (const next of family?.fallback ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      const fallback = fonts[next];
      if (fallback) chain.push(fallback);
      visit(fallback);
    }
  };
  visit(fonts[name]);
  return chain;
}
