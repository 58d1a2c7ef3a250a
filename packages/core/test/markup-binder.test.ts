// Binder markup (issue 12): `<document title-page>`, `<section-title/>`, a heading's
// `data-detail` on its TOC entry, and how a book template is told apart.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { markupToDocument } from "../src/document/markup-to-document.js";
import { statementToDocument } from "../src/document/statement-to-document.js";
import { loadTemplate } from "../src/template/load-template.js";
import { loadTheme } from "../src/theme/load-theme.js";

const theme = loadTheme(fileURLToPath(new URL("../../../templates/book/theme.yaml", import.meta.url)));
const convert = (markup: string) => markupToDocument(markup, { theme, file: "t.markup" });

describe("binder markup", () => {
  it("reads title-page, the running-head field and a heading's detail", () => {
    const { document } = convert(`<document title="B" title-page="true">
  <header><p class="header"><em><section-title/></em></p></header>
  <toc depth="2"/>
  <h1 data-detail="  1 May 2024 ·
     UNGA  ">One</h1>
  <h2>One.1</h2>
</document>`);
    expect(document.page.titlePage).toBe(true);
    expect(document.page.header[0]?.inlines).toEqual([{ kind: "field", field: "section", marks: ["em"] }]);
    const toc = document.blocks[0];
    expect(toc?.kind === "toc" && toc.entries).toEqual([
      { level: 1, text: "One", target: "one", detail: "1 May 2024 · UNGA" },
      { level: 2, text: "One.1", target: "one-1" },
    ]);
  });

  it("leaves titlePage out when the document does not ask", () => {
    const { document } = convert(`<document><p class="body">x</p></document>`);
    expect(document.page).not.toHaveProperty("titlePage");
  });

  it("knows the book template by its use of statements, and makes a book of one statement", () => {
    expect(loadTemplate("book").book).toBe(true);
    expect(loadTemplate("briefing").book).toBe(false);
    const statement = {
      title: "Only one",
      body: [{ type: "paragraph" as const, role: "body" as const, runs: [{ text: "Words." }] }],
    };
    const { document } = statementToDocument(statement, { template: "book", generatedDate: "2024-05-01" });
    const headings = document.blocks.filter((block) => block.kind === "heading" && block.level === 1);
    expect(headings.map((block) => block.kind === "heading" && block.inlines)).toEqual([
      [{ kind: "text", text: "Only one" }],
    ]);
    const toc = document.blocks.find((block) => block.kind === "toc");
    expect(toc?.kind === "toc" && toc.entries.map((entry) => entry.text)).toEqual(["Only one"]);
  });
});
