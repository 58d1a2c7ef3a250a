// PDF measure pass: Document inlines → Pieces of one face each, choosing faces by glyph coverage
// (fontkit cmap) along the style's fallback chain.
import {
  allowedHref,
  type Inline,
  type ResolvedStyle,
  resolveClasses,
  type ScriptClass,
} from "@briefing/core";
import type { PieceContext } from "../draw/draw-context.js";
import { type FontFace, fontVariant } from "../fonts/document-fonts.js";
import type { Piece } from "./piece.js";

const noGlyph = /^[\s\p{Cc}\p{Cf}]$/u;

/** False for white space, controls and format characters, which need no glyph of their own. */
function needsGlyph(char: string): boolean {
  return !noGlyph.test(char);
}

// Shrink and raise as word processors do; pdfkit's own superscript option only shrinks.
const SCRIPT_SCALE = 0.65;
const SUPERSCRIPT_RISE = 0.35;
const SUBSCRIPT_DROP = 0.12;
/** Width of the text a page-number field is measured with before its value is known. */
const FIELD_PLACEHOLDER = "00";

/**
 * Splits inline content into pieces of one face each. Every character goes to the first
 * family of the style's fallback chain that has a glyph for it, so Japanese inside English
 * is set in the Japanese family and the Latin text keeps the Latin one.
 */
export function inlinesToPieces(
  inlines: readonly Inline[],
  style: ResolvedStyle,
  context: PieceContext,
): Piece[] {
  const pieces: Piece[] = [];
  for (const inline of inlines) {
    const marks = inline.marks ?? [];
    const variant = fontVariant(style.bold || marks.includes("strong"), style.italic || marks.includes("em"));
    const scripted = marks.includes("sup") || marks.includes("sub");
    const size = scripted ? style.size * SCRIPT_SCALE : style.size;
    const rise = marks.includes("sup")
      ? style.size * SUPERSCRIPT_RISE
      : marks.includes("sub")
        ? -style.size * SUBSCRIPT_DROP
        : 0;
    const base = { size, rise, color: style.color };
    if (inline.kind === "field") {
      const face = context.fonts.face(style.font, variant);
      pieces.push({
        ...base,
        text: FIELD_PLACEHOLDER,
        face,
        lang: undefined,
        href: undefined,
        field: inline.field,
      });
      continue;
    }
    // A Document need not come from markup-to-document, which already dropped such links:
    // the renderer applies the same rule rather than trust it.
    const href = inline.href === undefined ? undefined : allowedHref(inline.href);
    if (inline.href !== undefined && href === undefined) context.refusedLink?.(inline.href);
    for (const run of splitByCoverage(inline.text, style.font, variant, context)) {
      pieces.push({
        ...base,
        text: run.text,
        face: run.face,
        lang: inline.lang ?? (run.cls === "cjk" ? "ja" : undefined),
        href,
        field: undefined,
        ...(inline.note !== undefined ? { note: inline.note } : {}),
      });
    }
  }
  return pieces;
}

interface CoverageRun {
  text: string;
  face: FontFace;
  cls: ScriptClass;
}

function splitByCoverage(
  text: string,
  family: string,
  variant: ReturnType<typeof fontVariant>,
  context: PieceContext,
): CoverageRun[] {
  const primary = context.fonts.face(family, variant);
  // Most text is Latin that the primary face covers: then the per-character walk below would
  // put all of it in one run of that face, so skip it.
  if (SIMPLE_LATIN.test(text) && coversSimpleLatin(primary))
    return text ? [{ text, face: primary, cls: "latin" }] : [];
  const chars = Array.from(text);
  const codePoints = chars.map((char) => char.codePointAt(0) ?? 0);
  const classes = resolveClasses(chars);
  // Fallback faces load only when a character needs them: English text never parses the JP font.
  const names = context.fonts.chain(family);
  const findCovering = (codePoint: number): FontFace | undefined => {
    for (const name of names) {
      const face = context.fonts.face(name, variant);
      if (hasGlyph(face, codePoint)) return face;
    }
    return undefined;
  };
  const lastFace: Partial<Record<ScriptClass, FontFace>> = {};
  const runs: CoverageRun[] = [];
  for (let i = 0; i < chars.length; i++) {
    let char = chars[i] as string;
    const codePoint = codePoints[i] as number;
    const cls = classes[i] as ScriptClass;
    let face: FontFace | undefined;
    if (!needsGlyph(char)) {
      face = runs.at(-1)?.face ?? lastFace[cls] ?? primary;
      // Line breaks stay for the line breaker; other white space, controls and format
      // characters a face cannot draw would show as boxes: a space, or nothing, instead.
      if (!LINE_BREAKS.has(char) && !hasGlyph(face, codePoint)) {
        face = findCovering(codePoint) ?? face;
        if (!hasGlyph(face, codePoint)) {
          if (!/\s/u.test(char)) continue;
          char = " ";
        }
      }
    } else {
      const inherited = lastFace[cls];
      face = inherited && hasGlyph(inherited, codePoint) ? inherited : findCovering(codePoint);
      if (face === undefined) {
        context.missingGlyph(char);
        if (context.omitMissing) continue;
        face = primary;
      } else if (scriptOwnClass(cls, char)) {
        lastFace[cls] = face;
      }
    }
    const last = runs.at(-1);
    if (last && last.face === face && last.cls === cls) last.text += char;
    else runs.push({ text: char, face, cls });
  }
  return runs;
}

const LINE_BREAKS = new Set(["\n", "\r", "\u2028", "\u2029"]);

/**
 * Characters that are never CJK (so all of them resolve to the Latin class) and that need no
 * line-break handling: printable ASCII, Latin-1 and general punctuation (dashes, quotes,
 * bullets, ellipsis). A text of only these, in a face with a glyph for every one of them,
 * is one run of that face.
 */
const SIMPLE_LATIN_CHARS = "\\x20-\\x7E\\u00A0-\\u00FF\\u2010-\\u2027";
const SIMPLE_LATIN = new RegExp(`^[${SIMPLE_LATIN_CHARS}]*$`);
const simpleLatinCoverage = new WeakMap<FontFace["font"], boolean>();

function coversSimpleLatin(face: FontFace): boolean {
  let covered = simpleLatinCoverage.get(face.font);
  if (covered === undefined) {
    covered = true;
    for (const [from, to] of [
      [0x20, 0x7e],
      [0xa0, 0xff],
      [0x2010, 0x2027],
    ] as const) {
      for (let codePoint = from; covered && codePoint <= to; codePoint++) covered = hasGlyph(face, codePoint);
    }
    simpleLatinCoverage.set(face.font, covered);
  }
  return covered;
}

// cmap lookups are per character; the answers never change for a parsed font.
const coverage = new WeakMap<FontFace["font"], Map<number, boolean>>();

function hasGlyph(face: FontFace, codePoint: number): boolean {
  let known = coverage.get(face.font);
  if (known === undefined) {
    known = new Map();
    coverage.set(face.font, known);
  }
  let covered = known.get(codePoint);
  if (covered === undefined) {
    covered = face.font.hasGlyphForCodePoint(codePoint);
    known.set(codePoint, covered);
  }
  return covered;
}

/** Whether `char` is a letter of its class (not a neutral character that took the class). */
function scriptOwnClass(cls: ScriptClass, char: string): boolean {
  return cls === "cjk" ? true : /\p{L}/u.test(char);
}
