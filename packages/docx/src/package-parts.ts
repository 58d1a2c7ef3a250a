// Word package assembly: a docx Document → its package parts by path, theme parts from a cache.
// Borrows docx's PRIVATE Compiler through ./docx-internals.ts; else Packer + fflate unzip.
import { Packer, type Document as WordDocument } from "docx";
import { unzipSync } from "fflate";
import type { PartData } from "./deterministic-zip.js";
import { partCompiler } from "./docx-internals.js";
import { numberRelationshipIds } from "./relationship-ids.js";

/**
 * The parts of a package that the theme alone decides: the styles come from the options the theme
 * gives (see `theme-setup.ts`), and the others from nothing a briefing Document varies. Each is
 * read off the File the way docx's compiler reads it.
 */
const themeParts: Record<string, (word: WordDocument) => object> = {
  "word/styles.xml": (word) => word.Styles,
  "word/theme/theme1.xml": (word) => word.Theme,
  "word/settings.xml": (word) => word.Settings,
  "word/fontTable.xml": (word) => word.FontTable.View,
  "word/endnotes.xml": (word) => word.Endnotes.View,
  "docProps/app.xml": (word) => word.AppProperties,
};

/** The theme parts of a package as docx wrote them the first time, kept per theme. */
export type ThemeParts = ReadonlyMap<string, string>;

// Components whose part comes from the cache in the compile under way; their XML is not written.
const skipped = new Set<object>();
const standInTag = "briefing:cached";
const standIn = { [standInTag]: {} };

/**
 * docx's compiler, whose formatter leaves out the parts the cache holds. Only whole parts go through
 * the formatter: whatever reads a component from inside another part still reads it. Undefined if
 * docx no longer has one; `packageParts` then packs the public way.
 */
const compile = partCompiler(
  (format) => (input, context) => (skipped.has(input) ? standIn : format(input, context)),
);

/**
 * The package's files, by path in docx's order, not yet zipped. With `cached` (this theme's parts
 * from an earlier document), those parts are taken from it instead of being written again;
 * without it, the theme's parts are returned beside the files for the caller to keep. They are
 * undefined when this docx cannot take them back (it has no compiler of its own to lend).
 */
export async function packageParts(
  word: WordDocument,
  cached: ThemeParts | undefined,
): Promise<{ parts: Map<string, PartData>; themeParts: ThemeParts | undefined }> {
  if (compile === undefined) {
    // docx's public way, zipped and unzipped once more: slower, the same parts.
    const zipped = new Uint8Array(await Packer.toArrayBuffer(word));
    const parts = new Map<string, PartData>(Object.entries(unzipSync(zipped)));
    numberRelationshipIds(parts);
    return { parts, themeParts: undefined };
  }
  if (cached !== undefined) {
    for (const [path, component] of Object.entries(themeParts)) {
      if (cached.has(path)) skipped.add(component(word));
    }
    let parts: Map<string, PartData>;
    try {
      // An override keeps the place of the part it replaces.
      const overrides = [...cached].map(([path, data]) => ({ path, data }));
      parts = compile(word, overrides);
    } finally {
      skipped.clear();
    }
    // Should a later docx write a skipped component into another part, fail rather than write a
    // broken file (the tests compare these parts with docx's own Packer).
    for (const [path, data] of parts) {
      if (typeof data === "string" && !cached.has(path) && data.includes(`<${standInTag}`)) {
        throw new Error(`docx wrote ${path} from a part briefing takes from its cache`);
      }
    }
    numberRelationshipIds(parts);
    return { parts, themeParts: cached };
  }
  const parts = compile(word);
  numberRelationshipIds(parts);
  const written = new Map<string, string>();
  for (const path of Object.keys(themeParts)) {
    const data = parts.get(path);
    if (typeof data === "string") written.set(path, data);
  }
  return { parts, themeParts: written };
}
