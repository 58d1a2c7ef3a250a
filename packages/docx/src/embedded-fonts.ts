// Word package assembly: package parts + the Document's font files → the same parts with the fonts
// embedded as Word does it (subset by subset-font/harfbuzz, obfuscated .odttf, ECMA-376 §17.8.1).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { BriefingError, type Document, type Script, scriptOf } from "@briefing/core";
import type subsetFont from "subset-font";
import type { PartData } from "./deterministic-zip.js";
import { isComplexScriptLanguage } from "./languages.js";
import type { RenderContext } from "./render-context.js";
import { escapeXml } from "./xml.js";

// subset-font starts harfbuzz's WebAssembly when imported, about 32 MB per thread (measured with
// process.memoryUsage().external): loaded on the first document that embeds fonts, not by every
// worker of an export that does not.
let subsetFontModule: Promise<{ default: typeof subsetFont }> | undefined;
async function loadSubsetFont(): Promise<typeof subsetFont> {
  subsetFontModule ??= import("subset-font");
  return (await subsetFontModule).default;
}

const complexScripts = new Set<Script>(["arabic", "hebrew", "thai", "devanagari"]);

const decoder = new TextDecoder();
const text = (data: PartData | undefined): string =>
  data === undefined ? "" : typeof data === "string" ? data : decoder.decode(data);

// The parts whose text a reader sees, and the numbering's level texts (bullets, "%1.").
const textParts = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|numbering)\.xml$/;
const runText = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:lvlText w:val="([^"]*)"/g;
// Page numbers and a TOC Word updates need digits whatever the document holds.
const alwaysKept = "0123456789 -/.";

function unescapeXml(value: string): string {
  return value.replace(/&(lt|gt|quot|apos|amp);/g, (_m, name: string) =>
    name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : name === "apos" ? "'" : "&",
  );
}

/** Every character the package shows, once each, in code point order (so the subset is stable). */
export function usedCharacters(parts: ReadonlyMap<string, PartData>): string {
  const seen = new Set<string>(alwaysKept);
  for (const [path, data] of parts) {
    if (!textParts.test(path)) continue;
    for (const match of text(data).matchAll(runText)) {
      for (const character of unescapeXml(match[1] ?? match[2] ?? "")) seen.add(character);
    }
  }
  return [...seen].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join("");
}

/** The faces Word embeds, in the order CT_Font lists them. */
const faces = [
  { element: "w:embedRegular", file: "regular" },
  { element: "w:embedBold", file: "bold" },
  { element: "w:embedItalic", file: "italic" },
  { element: "w:embedBoldItalic", file: "boldItalic" },
] as const;

interface EmbeddedFace {
  element: string;
  key: string;
  bytes: Uint8Array;
}

/** A font to embed: its files, and whether its subset keeps the glyphs its layout features reach. */
interface EmbeddableFont {
  files: Record<string, string>;
  closure: boolean;
}

/**
 * The font names Word is asked for (each style's Latin and East Asian names, and its
 * complex-script name where the document has such text) with the files that hold them: the
 * family whose Latin name it is. A name no family has files for is left to the reader's
 * machine, with a warning.
 */
function embeddableFonts(
  document: Document,
  characters: string,
  context: RenderContext,
): Map<string, EmbeddableFont> {
  // Word sets only complex-script text (and right-to-left runs) in the w:cs font: a document with
  // none has no use for it, and embedding it would add four faces of Latin glyphs to every file.
  const complex =
    isComplexScriptLanguage(document.meta.language) ||
    Array.from(characters).some((character) => complexScripts.has(scriptOf(character)));
  const names = new Set<string>();
  const shaped = new Set<string>();
  for (const style of Object.values(document.styles)) {
    const family = document.fonts[style.font];
    if (family === undefined) continue;
    names.add(family.names.latin);
    names.add(family.names.eastAsia);
    if (complex && family.names.complex !== undefined) {
      names.add(family.names.complex);
      shaped.add(family.names.complex);
    }
  }
  const fonts = new Map<string, EmbeddableFont>();
  for (const name of [...names].sort()) {
    const family = Object.values(document.fonts).find((candidate) => candidate.names.latin === name);
    if (family === undefined) {
      context.warn(`the font "${name}" is not embedded: no font family of the theme has files for it`);
      continue;
    }
    fonts.set(name, { files: family.files, closure: shaped.has(name) });
  }
  return fonts;
}

/**
 * The key a face is obfuscated with: a GUID made from the subset's own bytes, so the same
 * Document gives the same file (Word draws one at random; any GUID is valid).
 */
function fontKey(name: string, element: string, bytes: Uint8Array): string {
  const hex = createHash("sha256").update(`${name}\0${element}\0`).update(bytes).digest("hex").toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * ECMA-376 Part 1, §17.8.1: the first 32 bytes of the font XORed with the key's 16 bytes, taken
 * from the GUID's hex digits read from the end.
 */
export function obfuscateFont(font: Uint8Array, key: string): Uint8Array {
  const hex = key.replace(/-/g, "");
  const keyBytes = Array.from({ length: 16 }, (_, i) =>
    Number.parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16),
  );
  const out = new Uint8Array(font);
  for (let i = 0; i < 32 && i < out.length; i++) out[i] = (out[i] ?? 0) ^ (keyBytes[i % 16] ?? 0);
  return out;
}

const fileBytes = new Map<string, Promise<Buffer>>();
function readFont(path: string): Promise<Buffer> {
  let bytes = fileBytes.get(path);
  if (bytes === undefined) {
    bytes = readFile(path).catch((error: unknown) => {
      fileBytes.delete(path);
      throw new BriefingError(
        { file: path },
        "cannot read this font file to embed it",
        "check the theme's font paths",
        {
          cause: error,
        },
      );
    });
    fileBytes.set(path, bytes);
  }
  return bytes;
}

async function embedFaces(name: string, font: EmbeddableFont, characters: string): Promise<EmbeddedFace[]> {
  const { files } = font;
  const embedded: EmbeddedFace[] = [];
  const seen = new Set<string>();
  for (const face of faces) {
    const path = files[face.file];
    // A family without an italic names its upright file again: Word slants that itself.
    if (path === undefined || seen.has(path)) continue;
    seen.add(path);
    // No layout closure for Latin and East Asian faces: Word applies few OpenType substitutions
    // to them, and the closure quadruples a Japanese subset (28 KB against 108 KB for a one-page
    // statement). A complex-script face keeps it: Arabic letters join, and Devanagari and Thai
    // form clusters, only through the glyphs its substitutions reach (initial, medial, final
    // forms, conjuncts), which no character maps to.
    const subset = await (await loadSubsetFont())(await readFont(path), characters, {
      targetFormat: "truetype",
      noLayoutClosure: !font.closure,
    });
    const bytes = new Uint8Array(subset);
    const key = fontKey(name, face.element, bytes);
    embedded.push({ element: face.element, key, bytes: obfuscateFont(bytes, key) });
  }
  return embedded;
}

/**
 * Embeds, subset to the characters the package shows, the faces of every font the Document's
 * styles name, as Word's "Embed fonts in the file" with "Embed only the characters used" does:
 * `word/fonts/fontN.odttf`, their relationships, `w:font` entries with `w:embed*` in the font
 * table, and `w:embedTrueTypeFonts` and `w:saveSubsetFonts` in the settings.
 */
export async function embedFonts(
  parts: Map<string, PartData>,
  document: Document,
  context: RenderContext,
): Promise<void> {
  const characters = usedCharacters(parts);
  const entries: string[] = [];
  const relationships: string[] = [];
  let count = 0;
  for (const [name, font] of embeddableFonts(document, characters, context)) {
    const embedded = await embedFaces(name, font, characters);
    const elements = embedded.map((face) => {
      count++;
      parts.set(`word/fonts/font${count}.odttf`, face.bytes);
      relationships.push(
        `<Relationship Id="rId${count}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/font${count}.odttf"/>`,
      );
      return `<${face.element} r:id="rId${count}" w:fontKey="{${face.key}}" w:subsetted="true"/>`;
    });
    entries.push(
      `<w:font w:name="${escapeXml(name)}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>${elements.join("")}</w:font>`,
    );
  }
  if (count === 0) return;
  const fontTable = text(parts.get("word/fontTable.xml"));
  const filled = fontTable.replace(/<w:fonts\b([^>]*?)\/>$/, `<w:fonts$1>${entries.join("")}</w:fonts>`);
  const settings = text(parts.get("word/settings.xml"));
  // CT_Settings order: these two come after displayBackgroundShape and before defaultTabStop.
  const flagged = settings.replace(
    "<w:defaultTabStop ",
    "<w:embedTrueTypeFonts/><w:saveSubsetFonts/><w:defaultTabStop ",
  );
  if (filled === fontTable || flagged === settings) {
    throw new Error("docx wrote a font table or settings part briefing cannot add embedded fonts to");
  }
  parts.set("word/fontTable.xml", filled);
  parts.set("word/settings.xml", flagged);
  parts.set(
    "word/_rels/fontTable.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`,
  );
  const types = text(parts.get("[Content_Types].xml"));
  if (!types.includes('Extension="odttf"')) {
    parts.set(
      "[Content_Types].xml",
      types.replace(
        "<Override ",
        '<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"/><Override ',
      ),
    );
  }
}
