import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { markupToDocument } from "../src/document/markup-to-document.js";
import { BriefingError } from "../src/errors.js";
import { smartQuotes } from "../src/text/smart-quotes.js";
import { loadTheme } from "../src/theme/load-theme.js";

const theme = loadTheme(fileURLToPath(new URL("../../../templates/book/theme.yaml", import.meta.url)));
const convert = (markup: string) => markupToDocument(markup, { theme, file: "t.markup" });

function errorOf(markup: string): string {
  try {
    convert(markup);
  } catch (error) {
    if (error instanceof BriefingError) return error.message;
    throw error;
  }
  throw new Error("expected the markup to be rejected");
}

describe("markupToDocument", () => {
  it("builds blocks, inlines, header and footer", () => {
    const { document, warnings } = convert(`<document title="T" keywords="a, b,,c" lang="en">
  <header><p class="header">Meeting &amp; more</p></header>
  <footer><p class="footer">Page <page-number/> of <page-count/></p></footer>
  <h1>First   heading</h1>
  <p class="body">
    Some <strong>bold <em>and italic</em></strong> text,
    20<sup>th</sup>, H<sub>2</sub>O, <span lang="ja">日本</span> and <a href="#first-heading">a link</a>.
  </p>
  <ul class="list"><li>one</li><li> two </li></ul>
  <ol><li>three</li></ol>
  <table columns="1,3"><tr><th class="meta-label">Date</th><td class="meta-value">today</td></tr></table>
  <hr/>
  <page-break/>
</document>`);
    expect(warnings).toEqual([]);
    expect(document.meta).toEqual({ title: "T", keywords: ["a", "b", "c"], language: "en", properties: {} });
    expect(document.page.header).toEqual([
      { kind: "paragraph", style: "header", inlines: [{ kind: "text", text: "Meeting & more" }] },
    ]);
    expect(document.page.footer[0]?.inlines).toEqual([
      { kind: "text", text: "Page " },
      { kind: "field", field: "page" },
      { kind: "text", text: " of " },
      { kind: "field", field: "pages" },
    ]);
    expect(document.blocks).toEqual([
      {
        kind: "heading",
        level: 1,
        style: "heading-1",
        id: "first-heading",
        inlines: [{ kind: "text", text: "First heading" }],
      },
      {
        kind: "paragraph",
        style: "body",
        inlines: [
          { kind: "text", text: "Some " },
          { kind: "text", text: "bold ", marks: ["strong"] },
          { kind: "text", text: "and italic", marks: ["strong", "em"] },
          { kind: "text", text: " text, 20" },
          { kind: "text", text: "th", marks: ["sup"] },
          { kind: "text", text: ", H" },
          { kind: "text", text: "2", marks: ["sub"] },
          { kind: "text", text: "O, " },
          { kind: "text", text: "日本", lang: "ja" },
          { kind: "text", text: " and " },
          { kind: "text", text: "a link", href: "#first-heading" },
          { kind: "text", text: "." },
        ],
      },
      {
        kind: "list",
        ordered: false,
        style: "list",
        items: [[{ kind: "text", text: "one" }], [{ kind: "text", text: "two" }]],
      },
      { kind: "list", ordered: true, style: "list", items: [[{ kind: "text", text: "three" }]] },
      {
        kind: "table",
        columns: [1, 3],
        rows: [
          {
            cells: [
              { header: true, style: "meta-label", inlines: [{ kind: "text", text: "Date" }] },
              { header: false, style: "meta-value", inlines: [{ kind: "text", text: "today" }] },
            ],
          },
        ],
      },
      { kind: "rule" },
      { kind: "pageBreak" },
    ]);
    expect(Object.keys(document.styles)).toContain("toc-3");
    // Word names the families the PDF embeds.
    expect(document.fonts.serif?.names).toEqual({
      latin: "Noto Serif",
      eastAsia: "Noto Serif JP",
      complex: "Amiri",
    });
  });

  it("fills the table of contents and makes heading ids unique", () => {
    const { document } = convert(`<document><toc depth="2"/>
<h1>Japan</h1><h2 id="custom">Details</h2><h3>Deep</h3><h1>Japan</h1><h1>日本</h1></document>`);
    expect(document.blocks[0]).toEqual({
      kind: "toc",
      style: "toc",
      depth: 2,
      entries: [
        { level: 1, text: "Japan", target: "japan" },
        { level: 2, text: "Details", target: "custom" },
        { level: 1, text: "Japan", target: "japan-2" },
        { level: 1, text: "日本", target: "section" },
      ],
    });
  });

  it("warns about an empty table of contents and a broken internal link", () => {
    const { warnings } = convert('<document><toc/><p class="body"><a href="#nowhere">x</a></p></document>');
    expect(warnings.map((warning) => warning.message)).toEqual([
      "the table of contents is empty: the document has no headings",
      "link to #nowhere, which no heading has as its id",
    ]);
    expect(warnings[1]).toMatchObject({ file: "t.markup", line: 1, column: 33 });
  });

  it("decodes entities without turning them into structure", () => {
    const { document } = convert(
      '<document><p class="body">&lt;p&gt;&lt;/p&gt;&lt;script&gt; {{title}} &amp;amp; &#x27;&quot;&nbsp;</p></document>',
    );
    expect(document.blocks).toEqual([
      {
        kind: "paragraph",
        style: "body",
        // The book theme curls quotes (smartQuotes); the decoded markup characters stay text.
        inlines: [{ kind: "text", text: smartQuotes("<p></p><script> {{title}} &amp; '\"\u00a0") }],
      },
    ]);
  });

  it.each([
    [
      '<document><para class="body">x</para></document>',
      /^t\.markup:1:11: unknown tag <para> \(markup 1:11\)/,
    ],
    [
      '<document>\n  <p class="body" style="x">x</p></document>',
      /^t\.markup:2:19: unknown attribute "style" on <p>/,
    ],
    ['<document><p class="bodytext">x</p></document>', /^t\.markup:1:14: unknown style "bodytext"/],
    [
      '<document><p class="body"><strong>x</p></strong></document>',
      /^t\.markup:1:36: <\/p> closes <strong> \(opened at markup 1:27\)/,
    ],
    ['<document><p class="body">x</p></strong></document>', /^t\.markup:1:32: <\/strong> closes nothing/],
    [
      '<document><p class="body">x<p class="body">y</p></p></document>',
      /^t\.markup:1:28: <p> \(opened at markup 1:11\) cannot contain/,
    ],
    ['<document><p class="body">x</document>', /^t\.markup:1:28: <\/document> closes <p>/],
    ['<document><p class="body">x</p>', /^t\.markup:1:1: <document> is never closed/],
    ["<document>loose text</document>", /^t\.markup:1:11: text directly inside <document>/],
    ["<document><strong>x</strong></document>", /^t\.markup:1:11: <strong> cannot be inside <document>/],
    [
      '<document><p class="body"><h1>x</h1></p></document>',
      /cannot contain the tag here|cannot be inside <p>/,
    ],
    ['<document><ul><p class="body">x</p></ul></document>', /^t\.markup:1:15: <p> cannot be inside <ul>/],
    ["<document><p>x</p></document>", /^t\.markup:1:11: <p> needs a class/],
    ['<document><table columns="1,x"><tr><td>a</td></tr></table></document>', /columns="1,x" is not a list/],
    [
      '<document><table columns="1,2"><tr><td>a</td></tr></table></document>',
      /this row has 1 cells where the table has 2/,
    ],
    ['<document><h1 id="a">x</h1><h1 id="a">y</h1></document>', /id "a" is used twice/],
    ['<document><toc depth="4"/></document>', /depth="4" must be 1, 2 or 3/],
    ["<document></document><document></document>", /nothing may follow <\/document>/],
    ['<p class="body">x</p>', /^t\.markup:1:1: markup must be one <document> element/],
  ])("rejects %s", (markup, expected) => {
    expect(errorOf(markup)).toMatch(expected);
  });

  it("keeps a paragraph's margin mark (data-margin) when the theme has a margin style, and says so when not", () => {
    const readingCopy = loadTheme(
      fileURLToPath(new URL("../../../templates/reading-copy/theme.yaml", import.meta.url)),
    );
    const { document } = markupToDocument(
      '<document><p class="body" data-margin=" 4 ·  1:05 ">Text.</p></document>',
      {
        theme: readingCopy,
        file: "t.markup",
      },
    );
    expect(document.blocks[0]).toEqual({
      kind: "paragraph",
      style: "body",
      inlines: [{ kind: "text", text: "Text." }],
      margin: "4 · 1:05",
    });
    // The book theme has no margin style: the error names the attribute's place and the fix.
    expect(errorOf('<document><p class="body" data-margin="1">Text.</p></document>')).toMatch(
      /t\.markup:1:\d+: data-margin needs a "margin" style.* — define it under styles: in .*theme\.yaml/,
    );
  });
});
