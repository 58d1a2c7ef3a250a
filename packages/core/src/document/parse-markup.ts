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

/** "line:column" of an element in the markup. */
function where(markup: string, element: MarkupElement): string {
  const before = markup.slice(0, element.offset);
  const line = before.split("\n").length;
  return `${line}:${element.offset - before.lastIndexOf("\n")}`;
}

// The parser's callbacks as prototype methods, the state of one parse in fields: a handler
// object of closures made per call is compiled afresh after each GC (docs/architecture.md, "Known traps").
class TreeBuilder {
  readonly root: MarkupElement = {
    type: "element",
    name: "#root",
    attributes: {},
    attributeOffsets: {},
    offset: 0,
    children: [],
  };
  private readonly stack: MarkupElement[] = [this.root];
  private attributeOffsets: Record<string, number> = {};
  private readonly parser: StrictParser;

  constructor(
    private readonly markup: string,
    private readonly fail: Fail,
  ) {
    this.parser = new StrictParser(markup, fail, this);
  }

  parse(): MarkupElement {
    this.parser.end(this.markup);
    return this.root;
  }

  private top(): MarkupElement {
    return this.stack[this.stack.length - 1] as MarkupElement;
  }

  onattribute(name: string): void {
    this.attributeOffsets[name] ??= this.parser.startIndex;
  }

  onopentag(name: string, attributes: Record<string, string>): void {
    const closing = this.parser.closingTag;
    if (closing)
      this.fail(closing.offset, `</${closing.name}> closes nothing: no <${closing.name}> is open here`);
    const element: MarkupElement = {
      type: "element",
      name,
      attributes,
      attributeOffsets: this.attributeOffsets,
      offset: this.parser.startIndex,
      children: [],
    };
    this.attributeOffsets = {};
    this.top().children.push(element);
    this.stack.push(element);
  }

  ontext(text: string): void {
    const siblings = this.top().children;
    const last = siblings[siblings.length - 1];
    if (last?.type === "text") last.text += text;
    else siblings.push({ type: "text", text, offset: this.parser.startIndex });
  }

  onclosetag(name: string): void {
    const element = this.top();
    const parser = this.parser;
    const closing = parser.closingTag;
    if (closing) {
      if (closing.name !== name || element.name !== name) {
        this.fail(
          closing.offset,
          `</${closing.name}> closes <${element.name}> (opened at markup ${where(this.markup, element)}), which is still open`,
          `close <${element.name}> first`,
        );
      }
    } else if (parser.ending) {
      this.fail(
        element.offset,
        `<${element.name}> is never closed`,
        `end it with </${element.name}> or write <${element.name}/>`,
      );
    } else if (!parser.selfClosing && !voidTags.has(name)) {
      this.fail(
        parser.startIndex,
        `<${element.name}> (opened at markup ${where(this.markup, element)}) cannot contain the tag here`,
        `close <${element.name}> first`,
      );
    }
    this.stack.pop();
    parser.closeEvents++;
  }
}

/** Parses markup into a tree, rejecting bad nesting, stray end tags and unclosed elements. */
export function parseMarkup(markup: string, fail: Fail): MarkupElement {
  return new TreeBuilder(markup, fail).parse();
}
