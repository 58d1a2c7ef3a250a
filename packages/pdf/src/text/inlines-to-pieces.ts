// PDF measure pass: Document inlines → Pieces of one face and language each, choosing faces by
// glyph coverage (fontkit cmap) along the style's fallback chain, narrowed by script and ordered
// by language (core's scriptOf / languageOf).
import {
  allowedHref,
  type Inline,
  isJapaneseChar,
  languageOf,
  type ResolvedStyle,
  type Script,
  scriptOf,
} from "@briefing/core";
import type { PieceContext } from "../draw/draw-context.js";
import { type FontFace, fontVariant } from "../fonts/document-fonts.js";
import type { Piece } from "./piece.js";

// Variation selectors too: a face without them draws the base character's default form.
const noGlyph = /^(?:[\s\p{Cc}\p{Cf}]|\p{Variation_Selector})$/u;

/**
 * False for white space, controls, format characters and variation selectors, which need no
 * glyph of their own.
 */
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
 * Splits inline content into pieces of one face each. Every character goes to the style's
 * family or else the first of its fallbacks for the character's script and language that has a
 * glyph for it, so Japanese inside English is set in the Japanese family, Chinese Han in the
 * Chinese one, and the Latin text keeps the Latin one.
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
    for (const run of splitByCoverage(inline.text, inline.lang, style.font, variant, context)) {
      pieces.push({
        ...base,
        text: run.text,
        face: run.face,
        lang: run.lang,
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
  /** The piece's `lang`: the inline's, else the script's language for the scripts tagged. */
  lang: string | undefined;
  /** Japanese-class text (core's JAPANESE_CHAR) or not: such runs never merge with others. */
  cjk: boolean;
  /** Set in a fallback for symbols (✓ 😀), whose spaces are no text's (Noto Emoji's is 1 em). */
  symbol: boolean;
}

/**
 * What a character is set with. `group`: the faces it shares (`cjk` for every character core's
 * JAPANESE_CHAR takes, so kana, Han, CJK punctuation and full-width forms stay together as they
 * always have; a script otherwise; `neutral` for digits, punctuation, symbols and combining
 * marks, which take the group of the letters around them). `script`: what narrows the fallbacks.
 * `letter`: whether the face it gets is the one later neutral characters of its group inherit.
 */
interface CharKind {
  group: Script | "cjk";
  script: Script;
  letter: boolean;
}

const INHERITED = /\p{Script=Inherited}/u;
const LETTER = /\p{L}/u;
const kinds = new Map<string, CharKind>();

function kindOf(char: string): CharKind {
  let kind = kinds.get(char);
  if (kind === undefined) {
    let script = scriptOf(char);
    // A combining mark or variation selector belongs to the character before it.
    if (INHERITED.test(char)) script = "neutral";
    const group: CharKind["group"] =
      script === "hangul"
        ? "hangul"
        : isJapaneseChar(char)
          ? "cjk"
          : script === "symbol"
            ? "neutral"
            : script;
    // Full-width Latin (Ａ), CJK punctuation and symbols go with Han and kana but are of no script
    // the CJK faces are limited to: any fallback may set them, as before.
    if (group === "cjk" && script !== "han" && script !== "kana") script = "neutral";
    kind = { group, script, letter: group === "cjk" || (group !== "neutral" && LETTER.test(char)) };
    // Bounded like core's own script cache: a statement uses a few hundred distinct characters.
    if (kinds.size < 8192) kinds.set(char, kind);
  }
  return kind;
}

/** Scripts whose runs carry a language tag of their own (`lang`) when the inline has none. */
// Not Latin, Greek or Cyrillic: many languages share them, and "ru" for Ukrainian would be wrong.
const TAGGED = new Set<CharKind["group"]>(["cjk", "hangul", "arabic", "hebrew", "thai", "devanagari"]);

/** The group and language each character is set in, neutral characters taking their neighbours'. */
function resolveKinds(
  chars: readonly string[],
  inlineLang: string | undefined,
  documentLanguage: string | undefined,
): { group: CharKind["group"]; lang: string }[] {
  const hanLang = languageOf("han", documentLanguage);
  const resolved: { group: CharKind["group"]; lang: string }[] = new Array(chars.length);
  let previous: { group: CharKind["group"]; lang: string } | undefined;
  let cjkLang = hanLang;
  for (let i = 0; i < chars.length; i++) {
    const kind = kindOf(chars[i] as string);
    if (kind.group === "neutral") {
      resolved[i] = previous ?? { group: "neutral", lang: "" };
      continue;
    }
    let lang: string;
    if (kind.group === "cjk") {
      // CJK punctuation and full-width forms are in the language of the Han or kana before them.
      if (kind.script === "han" || kind.script === "kana")
        cjkLang = languageOf(kind.script, documentLanguage);
      lang = inlineLang ?? cjkLang;
    } else {
      lang = inlineLang ?? languageOf(kind.script, documentLanguage);
    }
    const current =
      previous?.group === kind.group && previous.lang === lang ? previous : { group: kind.group, lang };
    resolved[i] = current;
    previous = current;
  }
  // Neutral characters at the start take the first letter's group; with none, Latin's.
  let next: { group: CharKind["group"]; lang: string } = {
    group: "latin",
    lang: inlineLang ?? languageOf("latin", documentLanguage),
  };
  for (let i = chars.length - 1; i >= 0; i--) {
    const current = resolved[i] as { group: CharKind["group"]; lang: string };
    if (current.group === "neutral") resolved[i] = next;
    else next = current;
  }
  return resolved;
}

function splitByCoverage(
  text: string,
  inlineLang: string | undefined,
  family: string,
  variant: ReturnType<typeof fontVariant>,
  context: PieceContext,
): CoverageRun[] {
  const primary = context.fonts.face(family, variant);
  // Most text is Latin that the primary face covers: then the per-character walk below would
  // put all of it in one run of that face, so skip it.
  if (SIMPLE_LATIN.test(text) && coversSimpleLatin(primary))
    return text ? [{ text, face: primary, lang: inlineLang, cjk: false, symbol: false }] : [];
  const chars = Array.from(text);
  const documentLanguage = context.fonts.language;
  const hanLang = languageOf("han", documentLanguage);
  const resolved = resolveKinds(chars, inlineLang, documentLanguage);
  // Fallback faces load only when a character needs them, and only the fallbacks for its
  // script: English text never parses the CJK or Arabic fonts.
  const findCovering = (codePoint: number, script: Script, lang: string): FontFace | undefined => {
    if (hasGlyph(primary, codePoint)) return primary;
    // The inline's own language, then the text's, then the document's Han: punctuation Noto Serif
    // lacks comes from the Chinese face in a Chinese document, from the Japanese one otherwise.
    for (const name of context.fonts.candidates(family, script, [inlineLang, lang, hanLang])) {
      const face = context.fonts.face(name, variant);
      if (hasGlyph(face, codePoint)) return face;
    }
    return undefined;
  };
  // An emoji sequence (❤️, 👍🏽, 👩‍💻) is drawn by one face or it falls apart: the first with
  // a glyph for each of its characters.
  const findCoveringAll = (codePoints: readonly number[], lang: string): FontFace | undefined => {
    if (codePoints.every((codePoint) => hasGlyph(primary, codePoint))) return primary;
    for (const name of context.fonts.candidates(family, "symbol", [inlineLang, lang, hanLang])) {
      const face = context.fonts.face(name, variant);
      if (codePoints.every((codePoint) => hasGlyph(face, codePoint))) return face;
    }
    return undefined;
  };
  const lastFace = new Map<string, FontFace>();
  const runs: CoverageRun[] = [];
  for (let i = 0; i < chars.length; i++) {
    let char = chars[i] as string;
    const codePoint = char.codePointAt(0) ?? 0;
    const kind = kindOf(char);
    const { group, lang } = resolved[i] as { group: CharKind["group"]; lang: string };
    const key = `${group}\u0000${lang}`;
    let face: FontFace | undefined;
    let symbol = false;
    if (!needsGlyph(char)) {
      const previous = runs.at(-1);
      // A space after a symbol is the text's; a joiner or selector stays with the symbol.
      face =
        (previous?.symbol && /\s/u.test(char) ? undefined : previous?.face) ?? lastFace.get(key) ?? primary;
      symbol = previous?.symbol === true && !/\s/u.test(char);
      // Line breaks stay for the line breaker; other white space, controls and format
      // characters a face cannot draw would show as boxes: a space, or nothing, instead.
      if (!LINE_BREAKS.has(char) && !hasGlyph(face, codePoint)) {
        face = findCovering(codePoint, "neutral", lang) ?? face;
        if (!hasGlyph(face, codePoint)) {
          if (!/\s/u.test(char)) continue;
          char = " ";
        }
      }
    } else {
      const inherited = lastFace.get(key);
      face =
        kind.script === "symbol"
          ? symbolFace(chars, i, runs.at(-1), (codePoints) => findCoveringAll(codePoints, lang))
          : undefined;
      face ??=
        inherited && hasGlyph(inherited, codePoint) ? inherited : findCovering(codePoint, kind.script, lang);
      if (face === undefined) {
        context.missingGlyph(char);
        if (context.omitMissing) continue;
        face = primary;
      } else if (kind.letter) {
        lastFace.set(key, face);
      } else if (kind.script === "symbol") {
        symbol = face !== inherited && face !== primary;
      }
    }
    const tag = inlineLang ?? (TAGGED.has(group) ? lang : undefined);
    const cjk = group === "cjk";
    const last = runs.at(-1);
    if (last && last.face === face && last.lang === tag && last.cjk === cjk && last.symbol === symbol)
      last.text += char;
    else runs.push({ text: char, face, lang: tag, cjk, symbol });
  }
  return runs;
}

const EMOJI_LINK = /^(?:\p{Variation_Selector}|\p{Emoji_Modifier}|\u200d)$/u;

/**
 * The face for the symbol `chars[i]` when it belongs to an emoji sequence: after a zero-width
 * joiner, the face of the symbol before it; followed by a variation selector, a skin-tone
 * modifier or a joiner, the first face with all of the sequence. Undefined for a lone symbol.
 */
function symbolFace(
  chars: readonly string[],
  i: number,
  previous: CoverageRun | undefined,
  coveringAll: (codePoints: readonly number[]) => FontFace | undefined,
): FontFace | undefined {
  const codePoint = (char: string | undefined) => char?.codePointAt(0) ?? 0;
  if (chars[i - 1] === "\u200d" && previous?.symbol && hasGlyph(previous.face, codePoint(chars[i])))
    return previous.face;
  const sequence = [codePoint(chars[i])];
  for (let j = i + 1; j < chars.length && EMOJI_LINK.test(chars[j] as string); j++) {
    sequence.push(codePoint(chars[j]));
    if (chars[j] === "\u200d" && j + 1 < chars.length) sequence.push(codePoint(chars[++j]));
  }
  return sequence.length > 1 ? coveringAll(sequence) : undefined;
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
