// Shared rule: text → slug: ASCII for heading anchors; file names keep Japanese words too.

/**
 * Latin letters that NFKD does not take apart, as they are written without their stroke or
 * ligature: "Außenministerin" → "aussenministerin", "Łódź" → "lodz", "Færøerne" → "faeroerne".
 */
const SPELLED_OUT: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
};
const UNDECOMPOSED = /[ßæœøđðłþı]/gu;

/**
 * The one slug rule: NFKD, combining marks dropped (é → e), lower case, the letters NFKD keeps
 * whole spelled out (ß → ss, ł → l), and every run of characters that is not an ASCII letter or
 * digit (spaces, punctuation, path separators, NUL, CJK) one `-`, none at either end.
 */
export function slugWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(UNDECOMPOSED, (letter) => SPELLED_OUT[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Longest title part of a file name, in characters; the rest of a long title is cut at a word. */
export const MAX_SLUG_LENGTH = 60;

/** Longest title part of a file name in UTF-8 bytes, so date + title + hash stays far below 255. */
export const MAX_SLUG_BYTES = 180;

// Kanji, kana and the marks that belong to words (ー 々 〆 ヶ): kept in file names, as NFC.
const JAPANESE_WORD = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+)/u;

const utf8 = new TextEncoder();

/**
 * A slug for a file name. Text without Japanese is {@link slugWords}, a long one cut at a word
 * boundary within `maxLength`. Text with Japanese keeps its kanji and kana (NFC; none is
 * special on Windows, macOS or Linux) and slugs what lies between them, so
 * "人身取引に関する声明（2021）" → "人身取引に関する声明-2021"; it is cut within `maxLength`
 * characters and {@link MAX_SLUG_BYTES} bytes, at a `-` when one is in the second half.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const normal = text.normalize("NFC");
  if (!JAPANESE_WORD.test(normal)) return cutAtWord(slugWords(text), maxLength);
  const slug = normal
    .split(JAPANESE_WORD)
    .map((piece, index) => (index % 2 === 1 ? piece : slugWords(piece)))
    .filter(Boolean)
    .join("-");
  return cutAtWord(slug, maxLength, MAX_SLUG_BYTES);
}

function cutAtWord(slug: string, maxLength: number, maxBytes = Number.POSITIVE_INFINITY): string {
  const chars = Array.from(slug);
  let length = Math.min(chars.length, maxLength);
  while (length > 0 && utf8.encode(chars.slice(0, length).join("")).length > maxBytes) length--;
  if (length === chars.length) return slug;
  // Cut at a word when the next character starts a new one or a `-` lies in the second half.
  const cut = chars.slice(0, length + 1).join("");
  const lastDash = cut.lastIndexOf("-");
  const kept = lastDash > length / 2 ? cut.slice(0, lastDash) : chars.slice(0, length).join("");
  return kept.replace(/-+$/, "");
}

/**
 * An anchor id from heading text: {@link slugWords} cut to 40 characters, `section` when
 * nothing is left, `s-` in front when it would not start with a letter (Word bookmark names
 * must).
 */
export function anchorSlug(text: string): string {
  const slug = slugWords(text).slice(0, 40).replace(/-+$/, "");
  if (!slug) return "section";
  return /^[a-z]/.test(slug) ? slug : `s-${slug}`;
}
