// Shared rule: text → ASCII slug, for output file names and heading anchors.

/**
 * The one slug rule: NFKD, combining marks dropped (é → e), lower case, and every run of
 * characters that is not an ASCII letter or digit (spaces, punctuation, path separators,
 * NUL, CJK) one `-`, none at either end.
 */
export function slugWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Longest title part of a file name, in characters; the rest of a long title is cut at a word. */
export const MAX_SLUG_LENGTH = 60;

/** A slug for a file name: {@link slugWords}, a long one cut at a word boundary within `maxLength`. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const folded = slugWords(text);
  if (folded.length <= maxLength) return folded;
  const cut = folded.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut.slice(0, maxLength)).replace(/-+$/, "");
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
