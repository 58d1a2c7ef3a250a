// Import stage (Markdown): inline HTML tags markdown-it hands over → tags with their marks.
// Borrows htmlparser2, so one parser matches each closing tag to its opening tag.

import { Parser } from "htmlparser2";
import type { Mark } from "../statement/statement-schema.js";

const MARK_OF_TAG: Record<string, Mark> = {
  sup: "sup",
  sub: "sub",
  em: "em",
  i: "em",
  strong: "strong",
  b: "strong",
};

/** An inline HTML tag as Markdown hands it over: `<sup>`, `</sup>`, `<span class="x">`. */
export interface HtmlTag {
  name: string;
  closing: boolean;
  /** The mark the tag stands for, if it is one briefing knows. */
  mark?: Mark;
}

/**
 * Reads the inline HTML tags of one paragraph in order, with htmlparser2. Markdown hands the
 * tags over one by one (`<sup>`, text, `</sup>`), so one parser sees them all and can match
 * each closing tag to its opening tag; implied closes are ignored.
 */
export function inlineHtmlReader(): (html: string) => HtmlTag[] {
  let tags: HtmlTag[] = [];
  const add = (name: string, closing: boolean) => {
    const mark = MARK_OF_TAG[name];
    tags.push(mark ? { name, closing, mark } : { name, closing });
  };
  const parser = new Parser(
    {
      onopentag: (name) => add(name, false),
      onclosetag: (name, implied) => {
        if (!implied) add(name, true);
      },
    },
    { lowerCaseTags: true, recognizeSelfClosing: true },
  );
  return (html) => {
    tags = [];
    parser.write(html);
    return tags;
  };
}

/** The text of an HTML block, tags removed. */
export function htmlText(html: string): string {
  let text = "";
  const parser = new Parser({ ontext: (chunk) => (text += chunk) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return text;
}
