import type { Document, Inline, Warning } from "@briefing/core";
import { describe, expect, it } from "vitest";
import { elementsNamed, readParts, xmlText } from "../../../tests/support/docx-read.js";
import { everyBlockDocument } from "../../../tests/support/sample-document.js";
import { BAND_MAX_COLUMNS, truncateInlines } from "../src/one-line.js";
import { renderDocx } from "../src/render-docx.js";

function longTitle(length: number): string {
  const words = ["Statement", "by", "the", "Delegation", "of", "Japan", "on", "the", "Implementation"];
  let title = "";
  for (let i = 0; title.length < length; i++) title += `${words[i % words.length]} `;
  return title.slice(0, length).trim();
}

const plain = (inlines: Inline[]) => inlines.map((i) => (i.kind === "text" ? i.text : "#")).join("");

describe("Word page bands", () => {
  it("cut a 350-character header to one line ending in … at a word boundary", async () => {
    const title = longTitle(350);
    const document: Document = everyBlockDocument();
    document.page.header = [{ kind: "paragraph", style: "header", inlines: [{ kind: "text", text: title }] }];
    const parts = readParts(await renderDocx(document));
    const header = Object.entries(parts).find(([path]) => /^word\/header\d*\.xml$/.test(path))?.[1] ?? "";
    const paragraphs = elementsNamed(header, "w:p");
    expect(paragraphs).toHaveLength(1);
    const shown = xmlText(header);
    expect(shown).toMatch(/…$/);
    expect(shown.length).toBeLessThanOrEqual(BAND_MAX_COLUMNS);
    expect(title.startsWith(shown.slice(0, -1))).toBe(true);
    expect(title[shown.length - 1]).toBe(" ");
  });

  it("count wide characters as two columns and keep page fields", () => {
    const japanese =
      "人身取引グローバル行動計画の履行状況評価に係る国連ハイレベル総会における木村大使ステートメント";
    const cut = plain(truncateInlines([{ kind: "text", text: japanese }]));
    expect(cut).toMatch(/…$/);
    expect(Array.from(cut).length - 1).toBe((BAND_MAX_COLUMNS - 1) >> 1);
    const footer: Inline[] = [
      { kind: "text", text: "Page " },
      { kind: "field", field: "page" },
      { kind: "text", text: ` · ${longTitle(200)}` },
    ];
    const cutFooter = truncateInlines(footer);
    expect(cutFooter[1]).toEqual({ kind: "field", field: "page" });
    expect(plain(cutFooter)).toMatch(/^Page # · Statement by .*[a-z]…$/);
    const short: Inline[] = [{ kind: "text", text: "Short enough" }];
    expect(truncateInlines(short)).toEqual(short);
  });
});

describe("Word links", () => {
  it("only http:, https:, mailto: and #id become hyperlinks; others are plain text with a warning", async () => {
    const document: Document = everyBlockDocument();
    const hrefs = [
      "javascript:alert(1)",
      "file:///etc/passwd",
      "https://example.org/ok",
      "javascript:alert(1)",
    ];
    document.blocks.push({
      kind: "paragraph",
      style: "body",
      inlines: hrefs.map((href, i) => ({ kind: "text", text: `link${i} `, href })),
    });
    const warnings: Warning[] = [];
    const parts = readParts(await renderDocx(document, { onWarning: (w) => warnings.push(w) }));
    const rels = parts["word/_rels/document.xml.rels"] ?? "";
    expect(rels).toContain('Target="https://example.org/ok"');
    expect(rels).not.toMatch(/javascript|file:/);
    expect(xmlText(parts["word/document.xml"] ?? "")).toContain("link0 link1 link2 link3 ");
    expect(warnings.map((w) => w.message)).toEqual([
      'link to "javascript:alert(1)" is shown as plain text: links may only go to http:, https:, mailto: or #id',
      'link to "file:///etc/passwd" is shown as plain text: links may only go to http:, https:, mailto: or #id',
    ]);
  });
});
