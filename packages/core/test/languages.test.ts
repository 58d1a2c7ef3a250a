// Import → template for a statement in each UN language, Korean and a mixed one (issue 13):
// tests/fixtures/languages/*.txt against the hand-read facts in expected.yaml.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { statementToDocument } from "../src/document/statement-to-document.js";
import { parseStatement } from "../src/import/parse-statement.js";
import { retagRuns, statementLanguage } from "../src/import/statement-language.js";
import type { Statement, StatementBlock } from "../src/statement/statement-schema.js";
import { detectLanguage } from "../src/text/scripts.js";

const root = join(import.meta.dirname, "../../..");
const dir = join(root, "tests/fixtures/languages");

interface Expected {
  language: string;
  locale: string;
  title: string;
  date: { start: string; text: string };
  venue?: string;
  speaker?: string;
  delegation?: string;
  delivery?: string;
  salutation: string;
  closing: string;
  paragraphs: number;
  chromeDate: string;
  quotation?: { text: string; lang: string };
}

const expected = parse(readFileSync(join(dir, "expected.yaml"), "utf8")) as Record<string, Expected>;
const load = (name: string) => parseStatement(readFileSync(join(dir, name)), { filename: name });
const blockText = (block: StatementBlock | undefined) =>
  block?.type === "list"
    ? block.items.map((item) => item.map((run) => run.text).join("")).join("\n")
    : (block?.runs.map((run) => run.text).join("") ?? "");
const labels = (template: string, locale: string) =>
  parse(readFileSync(join(root, "templates", template, "locales", `${locale}.yaml`), "utf8")) as Record<
    string,
    string
  >;

/** Every piece of text in a Document (blocks, table cells, header and footer), in order. */
function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value !== "object" || value === null) return [];
  const node = value as Record<string, unknown>;
  const own = node.kind === "text" && typeof node.text === "string" ? [node.text] : [];
  return [
    ...own,
    ...Object.entries(node)
      .filter(([key]) => key !== "styles" && key !== "fonts")
      .flatMap(([, child]) => texts(child)),
  ];
}

describe("statements in each UN language, Korean and a mixed one", () => {
  it("has a fact sheet for every fixture", () => {
    expect(Object.keys(expected).sort()).toEqual(
      ["ar", "en", "es", "fr", "ko", "mixed", "ru", "zh-hans", "zh-hant"].map((name) => `${name}.txt`),
    );
  });

  for (const [name, facts] of Object.entries(expected)) {
    describe(name, () => {
      const { statement, warnings } = load(name);

      it("imports the hand-read header fields, the language and every paragraph with its role", () => {
        expect({
          language: statement.language,
          title: statement.title,
          titleJa: statement.titleJa,
          date: statement.date,
          venue: statement.venue,
          speaker: statement.speaker,
          delegation: statement.delegation,
          delivery: statement.delivery,
        }).toEqual({
          language: facts.language,
          title: facts.title,
          titleJa: undefined,
          date: facts.date,
          venue: facts.venue,
          speaker: facts.speaker,
          delegation: facts.delegation,
          delivery: facts.delivery,
        });
        expect(statement.body).toHaveLength(facts.paragraphs);
        const roles = statement.body.map((block) => (block.type === "paragraph" ? block.role : block.type));
        expect(roles).toEqual(["salutation", ...Array(facts.paragraphs - 2).fill("body"), "closing"]);
        expect(blockText(statement.body[0])).toBe(facts.salutation);
        expect(blockText(statement.body.at(-1))).toBe(facts.closing);
        // Nothing of the page header is left in the text, and nothing was dropped unread.
        const body = statement.body.map(blockText).join("\n");
        expect(body).not.toContain(facts.title);
        expect(body).not.toContain(facts.date.text);
        expect(warnings.filter((warning) => /dropped|not a real date/.test(warning.message))).toEqual([]);
        expect(detectLanguage(body)).toBe(facts.language);
      });

      it("tags no Chinese or Korean text as Japanese", () => {
        const runs = statement.body.flatMap((block) =>
          block.type === "list" ? block.items.flat() : block.runs,
        );
        expect(runs.filter((run) => run.lang === "ja")).toEqual([]);
        if (facts.quotation) {
          const quotation = runs.find((run) => run.text.includes(facts.quotation?.text ?? "?"));
          expect(quotation?.lang).toBe(facts.quotation.lang);
        }
      });

      for (const template of ["briefing", "reading-copy", "book"]) {
        it(`renders under ${template} with the chrome of locales/${facts.locale}.yaml and the date in its form`, () => {
          const own = labels(template, facts.locale);
          const { document, warnings: rendered } = statementToDocument(statement as Statement, {
            template,
            generatedDate: "2023-12-01",
          });
          expect(rendered).toEqual([]);
          // A book is in the locale it chose for its statements' language.
          expect(document.meta.language).toBe(template === "book" ? facts.locale : facts.language);
          const all = texts(document).join("\n");
          const footer = texts(document.page.footer).join("");
          if (template === "reading-copy") {
            expect(all).toContain(own.end);
          } else {
            for (const key of ["date", "speakingTime", "length"]) expect(all).toContain(own[key]);
            // The footer's words around the page fields (a book's "- N -" has none of its own).
            for (const piece of (own.footer ?? "").split(/\{pages?\}/)) expect(footer).toContain(piece);
          }
          if (template === "book") {
            expect(all).toContain(own.bookTitle);
            expect(all).toContain(own.contents);
          }
          expect(all).toContain(facts.chromeDate);
          // The Japanese era date stands beside the English date only; never in another language's chrome.
          expect(all.includes("令和5年")).toBe(facts.locale === "en");
          if (facts.locale !== "en") {
            const english = labels(template, "en");
            for (const key of ["speakingTime", "date", "length"]) {
              if (english[key] !== own[key]) expect(all).not.toContain(english[key]);
            }
          }
        });
      }
    });
  }
});

describe("statementLanguage and retagRuns", () => {
  it("keeps ja and en as the importers always gave them, and names the other languages", () => {
    expect(statementLanguage("議長、日本は国連の取組を支持します。")).toBe("ja");
    expect(statementLanguage("Japan supports the report 報告書 of the Secretary-General.")).toBe("en");
    // Mostly Han but with kana: still Japanese.
    expect(statementLanguage("国際連合安全保障理事会公開討論における発言")).toBe("ja");
    expect(statementLanguage("安全保障理事会における日本の発言")).toBe("ja");
    expect(statementLanguage("中国代表团欢迎这份报告。")).toBe("zh-Hans");
    expect(
      statementLanguage("Nous saluons le rapport du Secrétaire général et les efforts de la Mission."),
    ).toBe("fr");
    expect(statementLanguage("2024 — 12")).toBe("en");
  });

  it("tags Han without kana by the statement's language, and a long Chinese quotation in another", () => {
    const runs = [{ text: "中国代表团", lang: "ja" }, { text: "日本の立場", lang: "ja" }, { text: "UN" }];
    expect(retagRuns(runs, "zh-Hant").map((run) => run.lang)).toEqual(["zh-Hant", "ja", undefined]);
    expect(retagRuns(runs, "ko").map((run) => run.lang)).toEqual(["ko", "ja", undefined]);
    expect(retagRuns(runs, "ja").map((run) => run.lang)).toEqual(["ja", "ja", undefined]);
    // In an English statement five Han characters may be a Japanese name or body; six or more
    // without kana are a Chinese sentence.
    expect(retagRuns(runs, "en").map((run) => run.lang)).toEqual(["ja", "ja", undefined]);
    expect(retagRuns([{ text: "發展權是人權。", lang: "ja" }], "en")[0]?.lang).toBe("zh-Hant");
    // Kanji only, but every character one Japanese writes: a Japanese name, never a guess.
    expect(retagRuns([{ text: "国際連合安全保障理事会", lang: "ja" }], "en")[0]?.lang).toBe("ja");
  });
});
