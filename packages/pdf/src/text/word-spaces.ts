// PDF text: white space found a code unit at a time — what a line may end with (line filling),
// the word spaces justification stretches (every justified line is cut into its words) — and a
// count of code points without an array of them.

/**
 * Where the next word of `text` after `from` starts: the first character after a run of word
 * spaces (white space but U+3000, as justification stretches them), or `text.length`. A line
 * is cut there into the words justification spaces out; a loop over code units, as every
 * justified line goes through here (white space is all in the BMP).
 */
export function nextWordStart(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    if (isWordSpace(text.charCodeAt(i - 1)) && !isWordSpace(text.charCodeAt(i))) return i;
  }
  return text.length;
}

/** The length of `text` without the characters at its end that `strip` picks (white space by default). */
export function trimmedLength(text: string, strip: (code: number) => boolean = isWhiteSpace): number {
  let end = text.length;
  while (end > 0 && strip(text.charCodeAt(end - 1))) end--;
  return end;
}

/** JavaScript's `\s` (Unicode White_Space, line terminators, U+FEFF) but U+3000. */
export function isWordSpace(code: number): boolean {
  return code !== 0x3000 && isWhiteSpace(code);
}

/** JavaScript's `\s`: the white space a line may end with (it hangs past the margin). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** How many code points `text` has (`Array.from(text).length`, without the array). */
export function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; a lone surrogate counts alone.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}
