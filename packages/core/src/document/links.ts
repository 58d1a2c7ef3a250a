// Shared rule: a link target → the href to write, or undefined (an allow list of schemes).
// Used by markup-to-document and both renderers, so none writes a link the others refuse.

/** The URL schemes a link may use, beside `#id` links to a heading of the document. */
export const linkSchemes: readonly string[] = ["http:", "https:", "mailto:"];

// What URL parsers skip (WHATWG URL: leading and trailing C0 controls and spaces, tabs and
// newlines anywhere), so that "\tjava\nscript:" is read as the javascript: scheme it is to a
// PDF viewer or Word.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters skipped
const skippedAtEnds = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const skippedInside = /[\t\n\r]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a link holding one is refused
const controlCharacter = /[\u0000-\u001f\u007f]/;
const schemePattern = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * The one rule for links, used by markup-to-document and by both renderers: the target to
 * write for `href`, or undefined when it may not be a link. Allowed are `#id` (a heading of
 * the document) and absolute `http:`, `https:` and `mailto:` URLs, the scheme in any case.
 * Everything else is refused: other schemes (`file:`, `javascript:`, `data:`), and relative
 * or protocol-relative (`//host`) targets, which a viewer resolves against wherever the file
 * happens to be. It is an allow list because a deny list misses spellings (`JaVa\tScript:`,
 * a fullwidth colon); entity tricks (`&#106;avascript:`) are already decoded by the markup
 * parser when this runs. Control characters are refused too: they are in no valid URL and a
 * Word file holding one does not open.
 */
export function allowedHref(href: string): string | undefined {
  const target = href.replace(skippedAtEnds, "").replace(skippedInside, "");
  if (target.length === 0 || controlCharacter.test(target)) return undefined;
  if (target.startsWith("#")) return target;
  const scheme = schemePattern.exec(target)?.[1];
  return scheme !== undefined && linkSchemes.includes(`${scheme.toLowerCase()}:`) ? target : undefined;
}

/** The warning for a link `allowedHref` refused (the target shortened, on one line). */
export function refusedLinkMessage(href: string): string {
  const shown = href.length > 60 ? `${href.slice(0, 59)}…` : href;
  return `link to ${JSON.stringify(shown)} is shown as plain text: links may only go to http:, https:, mailto: or #id`;
}
