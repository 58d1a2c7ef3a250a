// Japanese phrases (BudouX's Japanese model): where a title or heading may break, shared by
// both renderers so the PDF and Word keep the same phrases together (上川外務大臣の / 談話).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { JAPANESE_CHAR } from "./script.js";

/**
 * Styles whose Japanese text breaks only between phrases: title-like paragraphs, headings and
 * contents entries.
 * A style based on one of them (its resolved `basedOn`) counts too.
 */
export const PHRASE_STYLES: ReadonlySet<string> = new Set([
  "title",
  "title-ja",
  "subtitle",
  "section-title",
  "cover-title",
  "heading-1",
  "heading-2",
  "heading-3",
  // Contents entries repeat the titles: the PDF breaks them where the title breaks.
  "toc-1",
  "toc-2",
  "toc-3",
]);

/** True when text in `style` keeps its Japanese phrases together (see PHRASE_STYLES). */
export function keepsPhrases(style: { name: string; basedOn?: string | undefined }): boolean {
  return PHRASE_STYLES.has(style.name) || (style.basedOn !== undefined && PHRASE_STYLES.has(style.basedOn));
}

interface BudouxParser {
  parse(sentence: string): string[];
}

let parser: BudouxParser | undefined;

function japaneseParser(): BudouxParser {
  if (parser) return parser;
  // The parser and the Japanese model only: budoux's index also loads its HTML processor
  // (linkedom) and the Chinese and Thai models, 50× the load time.
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve("budoux"));
  const { Parser } = require(join(dist, "parser.js")) as { Parser: new (model: unknown) => BudouxParser };
  const { model } = require(join(dist, "data", "models", "ja.js")) as { model: unknown };
  parser = new Parser(model);
  return parser;
}

/** `text` split into BudouX phrases (text without Japanese characters is one phrase). */
export function japanesePhrases(text: string): string[] {
  if (!JAPANESE_CHAR.test(text)) return text.length > 0 ? [text] : [];
  return japaneseParser().parse(text);
}

/** The UTF-16 positions strictly inside `text` where one BudouX phrase ends and the next starts. */
export function phraseBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  let at = 0;
  for (const phrase of japanesePhrases(text)) {
    at += phrase.length;
    if (at < text.length) boundaries.push(at);
  }
  return boundaries;
}
