import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import type { ResolvedFontFamily } from "../document/document-schema.js";
import type { ThemeFontFamily } from "./theme-schema.js";

const requireFromCore = createRequire(import.meta.url);

/** Why a font file could not be found, with the theme path of the value that named it. */
export class FontResolutionError extends Error {
  constructor(
    readonly path: PropertyKey[],
    message: string,
  ) {
    super(message);
  }
}

/**
 * Turns a font file reference into an absolute path: `./x.ttf` and `../x.ttf` are relative to
 * the template folder; anything else is an npm specifier, looked up from the template folder
 * first (a user template may depend on its own font package) and then from @briefing/core.
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

/** Resolves every family's PDF files; missing styles fall back (italic → regular, bold italic → bold). */
export function resolveFontFamilies(
  families: Record<string, ThemeFontFamily>,
  templateDir: string,
): Record<string, ResolvedFontFamily> {
  const resolved: Record<string, ResolvedFontFamily> = {};
  for (const [name, family] of Object.entries(families)) {
    const file = (key: "regular" | "bold" | "italic" | "boldItalic", specifier: string): string => {
      const path = resolveFontFile(specifier, templateDir);
      if (!path) {
        throw new FontResolutionError(
          ["fonts", name, "pdf", key],
          `font file "${specifier}" of family "${name}" not found`,
        );
      }
      return path;
    };
    const regular = file("regular", family.pdf.regular);
    const bold = family.pdf.bold ? file("bold", family.pdf.bold) : regular;
    const italic = family.pdf.italic ? file("italic", family.pdf.italic) : regular;
    const boldItalic = family.pdf.boldItalic ? file("boldItalic", family.pdf.boldItalic) : bold;
    (family.fallback ?? []).forEach((fallback, index) => {
      if (!(fallback in families)) {
        throw new FontResolutionError(
          ["fonts", name, "fallback", index],
          `fallback family "${fallback}" of "${name}" is not defined`,
        );
      }
    });
    resolved[name] = {
      pdf: { regular, bold, italic, boldItalic },
      word: { ascii: family.word.ascii, eastAsia: family.word.eastAsia },
      fallback: [...(family.fallback ?? [])],
    };
  }
  return resolved;
}
