/** How a character takes part in choosing a font. */
export type ScriptClass = "cjk" | "latin" | "neutral";

/** Han, kana, CJK punctuation and full-width forms: text for the Japanese family. */
export function isCjk(codePoint: number): boolean {
  return (
    (codePoint >= 0x2e80 && codePoint <= 0x9fff) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef) ||
    (codePoint >= 0x20000 && codePoint <= 0x3ffff)
  );
}

const letter = /\p{L}/u;

export function scriptClass(char: string, codePoint: number): ScriptClass {
  if (isCjk(codePoint)) return "cjk";
  return letter.test(char) ? "latin" : "neutral";
}

const noGlyph = /^[\s\p{Cc}\p{Cf}]$/u;

/** False for white space, controls and format characters, which need no glyph of their own. */
export function needsGlyph(char: string): boolean {
  return !noGlyph.test(char);
}

/**
 * The class each character is set in: a neutral character (digit, space, punctuation) takes
 * the class of the nearest letter before it, or after it at the start, so the 3 and 11 of
 * 令和3年11月23日 stay in the Japanese face.
 */
export function resolveClasses(chars: readonly string[], codePoints: readonly number[]): ScriptClass[] {
  const own = chars.map((char, i) => scriptClass(char, codePoints[i] ?? 0));
  const resolved: ScriptClass[] = new Array(own.length);
  let previous: ScriptClass | undefined;
  for (let i = 0; i < own.length; i++) {
    const cls = own[i] ?? "neutral";
    if (cls !== "neutral") previous = cls;
    resolved[i] = cls === "neutral" ? (previous ?? "neutral") : cls;
  }
  let next: ScriptClass = "latin";
  for (let i = own.length - 1; i >= 0; i--) {
    if (resolved[i] === "neutral") resolved[i] = next;
    else next = resolved[i] ?? next;
  }
  return resolved;
}
