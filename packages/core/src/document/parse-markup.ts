// Document stage: briefing markup text → element tree, strict about nesting and unclosed tags.
// Borrows htmlparser2's Parser; errors map back to template lines through MarkupSourceMap.

import { Parser } from "htmlparser2";
import { BriefingError } from "../errors.js";
import type { MarkupSourceMap } from "../template/markup-source-map.js";

/** An element of briefing markup with where it starts in the markup. */
export interface MarkupElement {
  type: "element";
  name: string;
  attributes: Record<string, string>;
  /** Offset of each attribute's name. */
  attributeOffsets: Record<string, number>;
  offset: number;
  children: MarkupNode[];
}

export interface MarkupText {
  type: "text";
  text: string;
  offset: number;
}

export type MarkupNode = MarkupElement | MarkupText;

/** Raises a BriefingError at a markup offset, located in the template that produced it. */
export type Fail = (offset: number, problem: string, hint?: string) => never;

/** A `Fail` that names the template position and, beside it, the markup position. */
export function failAt(map: MarkupSourceMap): Fail {
  return (offset, problem, hint) => {
    const markup = map.markupPosition(offset);
    throw new BriefingError(map.locate(offset), `${problem} (markup ${markup.line}:${markup.column})`, hint);
  };
}

// htmlparser2 repairs bad nesting silently (an implied close, an ignored stray end tag); this
// subclass notes which close events came from a real end tag or `/>` so the rest are errors.
class StrictParser extends Parser {
  closingTag: { name: string; offset: number } | undefined;
  selfClosing = false;
  ending = false;
  closeEvents = 0;

  constructor(
    private readonly markup: string,
    private readonly fail: Fail,
    handler: ConstructorParameters<typeof Parser>[0],
  ) {
    super(handler, {
      xmlMode: false,
      recognizeSelfClosing: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
    });
  }

  override onclosetag(start: number, endIndex: number): void {
    const closing = { name: this.markup.slice(start, endIndex).toLowerCase(), offset: start - 2 };
    this.closingTag = closing;
    const before = this.closeEvents;
    try {
      super.onclosetag(start, endIndex);
    } finally {
      this.closingTag = undefined;
    }
    // htmlparser2 ignores an end tag that matches no open element, without any event.
    if (this.closeEvents === before) {
      this.fail(closing.offset, `</${closing.name}> closes nothing: no <${closing.name}> is open here`);
    }
  }

  override onselfclosingtag(endIndex: number): void {
    this.selfClosing = true;
    try {
      super.onselfclosingtag(endIndex);
    } finally {
      this.selfClosing = false;
    }
  }

  override onend(): void {
    this.ending = true;
    super.onend();
  }
}

const voidTags = new Set(["hr"]);

/** Parses markup into a tree, rejecting bad nesting, stray end tags and unclosed elements. */
export function parseMarkup(markup: string, fail: Fail): MarkupElement {
  const root: MarkupElement = {
    type: "element",
    name: "#root",
    attributes: {},
    attributeOffsets: {},
    offset: 0,
    children: [],
  };
  const stack: MarkupElement[] = [root];
  let attributeOffsets: Record<string, number> = {};
  const top = () => stack[stack.length - 1] as MarkupElement;
  const where = (element: MarkupElement) => {
    const before = markup.slice(0, element.offset);
    const line = before.split("\n").length;
    return `${line}:${element.offset - before.lastIndexOf("\n")}`;
  };

  const parser: StrictParser = new StrictParser(markup, fail, {
    onattribute(name) {
      attributeOffsets[name] ??= parser.startIndex;
    },
    onopentag(name, attributes) {
      const closing = parser.closingTag;
      if (closing)
        fail(closing.offset, `</${closing.name}> closes nothing: no <${closing.name}> is open here`);
      const element: MarkupElement = {
        type: "element",
        name,
        attributes,
        attributeOffsets,
        offset: parser.startIndex,
        children: [],
      };
      attributeOffsets = {};
      top().children.push(element);
      stack.push(element);
    },
    ontext(text) {
      const siblings = top().children;
      const last = siblings[siblings.length - 1];
      if (last?.type === "text") last.text += text;
      else siblings.push({ type: "text", text, offset: parser.startIndex });
    },
    onclosetag(name) {
      const element = top();
      const closing = parser.closingTag;
      if (closing) {
        if (closing.name !== name || element.name !== name) {
          fail(
            closing.offset,
            `</${closing.name}> closes <${element.name}> (opened at markup ${where(element)}), which is still open`,
            `close <${element.name}> first`,
          );
        }
      } else if (parser.ending) {
        fail(
          element.offset,
          `<${element.name}> is never closed`,
          `end it with </${element.name}> or write <${element.name}/>`,
        );
      } else if (!parser.selfClosing && !voidTags.has(name)) {
        fail(
          parser.startIndex,
          `<${element.name}> (opened at markup ${where(element)}) cannot contain the tag here`,
          `close <${element.name}> first`,
        );
      }
      stack.pop();
      parser.closeEvents++;
    },
  });
  parser.end(markup);
  return root;
}
