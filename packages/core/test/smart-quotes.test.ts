import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Inline } from "../src/contract/document-schema.js";
import { markupToDocument } from "../src/document/markup-to-document.js";
import { smartQuotes } from "../src/index.js";
import { loadTheme, parseTheme } from "../src/theme/load-theme.js";

describe("smartQuotes", () => {
  it.each([
    ['"x"', "\u201Cx\u201D"],
    ["'x'", "\u2018x\u2019"],
    ["it's", "it\u2019s"],
    ["the '90s", "the \u201990s"],
    ["'05 and '90s", "\u201905 and \u201990s"],
    ['He said "yes".', "He said \u201Cyes\u201D."],
    ['("quoted")', "(\u201Cquoted\u201D)"],
    ["['a']", "[\u2018a\u2019]"],
    ['\u2014"no"', "\u2014\u201Cno\u201D"],
    ['"Hello," she said', "\u201CHello,\u201D she said"],
    ["the States' duty", "the States\u2019 duty"],
    ["\"'nested'\"", "\u201C\u2018nested\u2019\u201D"],
  ])("%s → %s", (input, expected) => {
    expect(smartQuotes(input)).toBe(expected);
  });

  it("keeps text already curly, and text without quotes, as it is", () => {
    expect(smartQuotes("\u201Calready\u201D it\u2019s")).toBe("\u201Calready\u201D it\u2019s");
    expect(smartQuotes("<p> & {{title}}")).toBe("<p> & {{title}}");
  });

  it("never touches a quote next to a Japanese character", () => {
    expect(smartQuotes('日本"語"')).toBe('日本"語"');
    expect(smartQuotes("'東京'")).toBe("'東京'");
  });

  it("changes only quote characters, so markup characters stay text", () => {
    const hostile = `<script>alert("x")</script> {{title}} &amp; <a href='y'>`;
    const curled = smartQuotes(hostile);
    expect(curled.length).toBe(hostile.length);
    expect(curled.replace(/[\u2018\u2019\u201C\u201D]/g, "")).toBe(hostile.replace(/["']/g, ""));
  });
});

describe("typography.smartQuotes in markupToDocument", () => {
  const builtIn = loadTheme(
    fileURLToPath(new URL("../../../templates/briefing/theme.yaml", import.meta.url)),
  );
  const texts = (inlines: readonly Inline[]) =>
    inlines.map((inline) => (inline.kind === "text" ? inline.text : ""));
  const firstInlines = (markup: string, theme = builtIn) => {
    const block = markupToDocument(markup, { theme }).document.blocks[0];
    if (block?.kind !== "paragraph" && block?.kind !== "heading") throw new Error("expected a paragraph");
    return block.inlines;
  };

  it("is on in the built-in themes and judges quotes across inlines", () => {
    expect(builtIn.typography?.smartQuotes).toBe(true);
    const inlines = firstInlines(
      `<document><p class="body">"<em>Peace</em>" it's <strong>'90s</strong></p></document>`,
    );
    expect(texts(inlines)).toEqual(["\u201C", "Peace", "\u201D it\u2019s ", "\u201990s"]);
  });

  it("leaves link targets, attributes and Japanese-tagged text alone", () => {
    const markup = `<document title="a 'b'"><h1 data-detail='"d"'>"T"</h1><p class="body"><a href="https://x.org/?q='a'">"link"</a> <span lang="ja">"語"</span></p></document>`;
    const { document } = markupToDocument(markup, { theme: builtIn });
    expect(document.meta.title).toBe("a 'b'");
    const [heading, paragraph] = document.blocks;
    if (heading?.kind !== "heading" || paragraph?.kind !== "paragraph") throw new Error("unexpected blocks");
    expect(texts(heading.inlines)).toEqual(["\u201CT\u201D"]);
    const link = paragraph.inlines[0];
    expect(link?.kind === "text" && link.href).toBe("https://x.org/?q='a'");
    expect(texts(paragraph.inlines)).toEqual(["\u201Clink\u201D", " ", '"語"']);
  });

  it("is off when a theme does not ask for it", () => {
    const plain = parseTheme(
      "styles:\n  body: {}\n  salutation: {}\n  closing: {}\n  heading-1: {}\n  heading-2: {}\n  heading-3: {}\n  list: {}\n",
      { file: "theme.yaml", baseDir: fileURLToPath(new URL(".", import.meta.url)) },
    );
    expect(plain.typography?.smartQuotes).toBe(false);
    expect(texts(firstInlines(`<document><p class="body">"x" it's</p></document>`, plain))).toEqual([
      '"x" it\'s',
    ]);
  });
});
