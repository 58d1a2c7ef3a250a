import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { statementsToBook, statementToDocument } from "../src/document/statement-to-document.js";
import { BriefingError } from "../src/errors.js";
import type { Statement } from "../src/statement/statement-schema.js";
import { registerHelpers } from "../src/template/helpers.js";
import { loadLocales } from "../src/template/load-locales.js";
import { loadTemplate } from "../src/template/load-template.js";
import { listTemplates } from "../src/template/template-dirs.js";
import { smartQuotes } from "../src/text/smart-quotes.js";

const builtIns = fileURLToPath(new URL("../../../templates/", import.meta.url));

const statement: Statement = {
  title: "Statement on Cooperation",
  titleJa: "協力に関するステートメント",
  meeting: "Intersessional meetings",
  venue: "Geneva",
  date: { start: "2017-06-08", end: "2017-06-09", text: "(8 - 9 June 2017, Geneva)" },
  speaker: "Ambassador",
  delegation: "Japan",
  language: "en",
  body: [
    { type: "paragraph", role: "salutation", runs: [{ text: "Mr. President," }] },
    { type: "heading", level: 1, runs: [{ text: "Assistance" }] },
    {
      type: "paragraph",
      role: "body",
      runs: [{ text: "The 20" }, { text: "th", marks: ["sup"] }, { text: " year." }],
    },
    { type: "list", ordered: true, items: [[{ text: "clearance" }], [{ text: "education" }]] },
    { type: "paragraph", role: "closing", runs: [{ text: "Thank you." }] },
  ],
};

/** A copy of a built-in template in a fresh folder, with `edit` applied to its files. */
function templateCopy(name: string, edit: Record<string, (text: string) => string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), "briefing-template-")), name);
  cpSync(join(builtIns, name), dir, { recursive: true });
  for (const [file, change] of Object.entries(edit)) {
    const path = join(dir, file);
    writeFileSync(path, change(readFileSync(path, "utf8")));
  }
  return dir;
}

function errorOf(run: () => unknown): BriefingError {
  try {
    run();
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error("expected an error");
}

describe("built-in templates", () => {
  it("are listed", () => {
    expect(listTemplates().map((template) => [template.name, template.builtIn])).toEqual([
      ["book", true],
      ["briefing", true],
      ["reading-copy", true],
    ]);
  });

  it("are compiled once and cached", () => {
    expect(loadTemplate("briefing")).toBe(loadTemplate("briefing"));
    expect(loadTemplate(join(builtIns, "briefing"))).toBe(loadTemplate("briefing"));
  });

  it.each(["briefing", "reading-copy"])(
    "%s: source markers leave the markup as plain Handlebars renders it",
    (name) => {
      const env = Handlebars.create();
      registerHelpers(env);
      const dir = join(builtIns, name);
      const partials = Object.fromEntries(
        readdirSync(join(dir, "partials")).map((file) => [
          basename(file, ".hbs"),
          env.compile(readFileSync(join(dir, "partials", file), "utf8"), { preventIndent: true }),
        ]),
      );
      const input = {
        statement,
        stats: { words: 10, characters: 50, speakingSeconds: 5, languages: ["en"] },
        generated: { date: "2020-01-01", version: "0" },
        options: { template: name },
      };
      const plain = env.compile(readFileSync(join(dir, "template.hbs"), "utf8"), { preventIndent: true })(
        input,
        // The locale files reach the helpers as render data, as loadTemplate passes them.
        { partials, data: { locales: loadLocales(dir, (path) => path) } },
      );
      expect(loadTemplate(name).render(input).markup).toBe(plain);
    },
  );

  it("source markers survive whitespace control, standalone blocks and indented partials", () => {
    const dir = templateCopy("reading-copy", {});
    const source = `<document>
  {{~#if statement.title~}}
    <p class="title">  {{statement.title}}  </p>
  {{~/if}}
{{#each statement.body}}
    {{> line}}
{{/each}}
  {{! a comment }}
</document>
`;
    writeFileSync(join(dir, "template.hbs"), source);
    writeFileSync(join(dir, "partials", "line.hbs"), '<p class="{{role}}">\n  {{runs runs}}\n</p>\n');
    const env = Handlebars.create();
    registerHelpers(env);
    const input = {
      statement: { ...statement, body: statement.body.filter((block) => block.type === "paragraph") },
    };
    const plain = env.compile(source, { preventIndent: true })(input, {
      partials: {
        line: env.compile(readFileSync(join(dir, "partials", "line.hbs"), "utf8"), { preventIndent: true }),
      },
    });
    expect(loadTemplate(dir).render(input).markup).toBe(plain);
  });

  it("briefing: paragraphs keep their role as style, chrome uses other styles", () => {
    const { document } = statementToDocument(statement, { generatedDate: "2020-01-01" });
    const styles = document.blocks.map((block) => ("style" in block ? block.style : block.kind));
    expect(styles).toEqual([
      "title-ja",
      "title",
      "subtitle",
      "table",
      "rule",
      "salutation",
      "heading-1",
      "body",
      "list",
      "closing",
    ]);
    expect(document.meta).toMatchObject({
      title: "Statement on Cooperation",
      subject: "Intersessional meetings",
      // The speaker, a person; the delegation is a property of its own.
      author: "Ambassador",
      language: "en",
      date: "2017-06-08",
      properties: {
        "briefing.date.start": "2017-06-08",
        "briefing.date.end": "2017-06-09",
        "briefing.date.text": "(8 - 9 June 2017, Geneva)",
        "briefing.venue": "Geneva",
        "briefing.speaker": "Ambassador",
        "briefing.delegation": "Japan",
        "briefing.titleJa": "協力に関するステートメント",
        "briefing.language": "en",
      },
    });
  });

  it("book: statement headings sit below the section heading but keep their style", () => {
    const { document } = statementsToBook([statement, { ...statement, title: undefined }]);
    const headings = document.blocks.flatMap((block) =>
      block.kind === "heading" ? [[block.level, block.style, block.id]] : [],
    );
    expect(headings).toEqual([
      [1, "section-title", "statement-on-cooperation"],
      [2, "heading-1", "assistance"],
      [1, "section-title", "section"],
      [2, "heading-1", "assistance-2"],
    ]);
    const toc = document.blocks.find((block) => block.kind === "toc");
    expect(toc).toMatchObject({
      depth: 1,
      entries: [{ text: "Statement on Cooperation" }, { text: "協力に関するステートメント" }],
    });
  });
});

describe("generated.date", () => {
  const coverDate = (options: Parameters<typeof statementsToBook>[1] = {}) => {
    const block = statementsToBook([statement], options).document.blocks.find(
      (b) => b.kind === "paragraph" && b.style === "cover-date",
    );
    return block?.kind === "paragraph"
      ? block.inlines.map((i) => ("text" in i ? i.text : "")).join("")
      : undefined;
  };

  // A binder's cover says the day it was made (issue 12): never the latest statement's date.
  it("comes from SOURCE_DATE_EPOCH, else today, never the latest statement date", () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    try {
      process.env.SOURCE_DATE_EPOCH = "1700000000";
      expect(coverDate()).toBe("As of 14 November 2023");
      expect(coverDate({ generatedDate: "2001-02-03" })).toBe("As of 3 February 2001");
      delete process.env.SOURCE_DATE_EPOCH;
      const today = new Date();
      const day = `${today.getUTCDate()} ${today.toLocaleString("en-GB", { month: "long", timeZone: "UTC" })} ${today.getUTCFullYear()}`;
      expect(coverDate()).toBe(`As of ${day}`);
      expect(coverDate()).not.toBe("As of 9 June 2017");
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });
});

describe("hostile statement text", () => {
  const hostile = [
    "<p>",
    "</p>",
    "<script>alert(1)</script>",
    "{{title}}",
    "&amp;",
    "\"quoted\" 'single' `tick` a=b",
  ];
  it.each(["briefing", "reading-copy", "book"])(
    "%s: comes out as literal characters, never structure",
    (template) => {
      const text = hostile.join(" ");
      // The built-in themes set smartQuotes: the typeset text has curly quotes, markup characters stay.
      const typeset = smartQuotes(text);
      const evil: Statement = {
        ...statement,
        title: text,
        meeting: text,
        speaker: text,
        body: [
          { type: "paragraph", role: "body", runs: [{ text }] },
          { type: "heading", level: 2, runs: [{ text, marks: ["strong"] }] },
        ],
      };
      const { document } =
        template === "book"
          ? statementsToBook([evil], { template })
          : statementToDocument(evil, { template });
      const texts: string[] = [];
      const collect = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(collect);
        else if (value && typeof value === "object") {
          const record = value as Record<string, unknown>;
          if (record.kind === "text" && typeof record.text === "string") texts.push(record.text);
          Object.values(record).forEach(collect);
        }
      };
      collect(document.blocks);
      collect(document.page.header);
      // Every place the text appears holds it whole, as characters.
      expect(texts.filter((t) => t.includes(typeset)).length).toBeGreaterThanOrEqual(
        template === "reading-copy" ? 3 : 4,
      );
      expect(texts.filter((t) => t.includes("<p>") && !t.includes(typeset))).toEqual([]);
      const body = document.blocks.find((block) => block.kind === "paragraph" && block.style === "body");
      // Compared with the typeset text: only its quotes are curled (smartQuotes), the rest is literal.
      expect(body).toEqual({
        kind: "paragraph",
        style: "body",
        inlines: [{ kind: "text", text: typeset }],
        // The reading copy numbers its body paragraphs and times them in the margin.
        ...(template === "reading-copy" ? { margin: "1 · 0:00" } : {}),
      });
    },
  );
});

describe("template errors name file:line:col in the template", () => {
  it("unknown tag in template.hbs", () => {
    const dir = templateCopy("briefing", {
      "template.hbs": (t) => t.replace("<hr/>", "<hr/>\n  <blink>x</blink>"),
    });
    const error = errorOf(() => statementToDocument(statement, { template: dir }));
    expect(error.file).toBe(join(dir, "template.hbs"));
    const lines = readFileSync(join(dir, "template.hbs"), "utf8").split("\n");
    const line = lines.findIndex((text) => text.includes("<blink>")) + 1;
    expect(error.message).toContain(`template.hbs:${line}:3: unknown tag <blink> (markup `);
  });

  it("unknown style in a partial", () => {
    const dir = templateCopy("reading-copy", {
      "partials/body.hbs": (t) => t.replace('<ol class="list">', '<ol class="numbered">'),
    });
    const error = errorOf(() => statementToDocument(statement, { template: dir }));
    const lines = readFileSync(join(dir, "partials/body.hbs"), "utf8").split("\n");
    const line = lines.findIndex((text) => text.includes('class="numbered"')) + 1;
    const column = (lines[line - 1] ?? "").indexOf("class=") + 1;
    expect(error.message).toMatch(
      new RegExp(`partials/body\\.hbs:${line}:${column}: unknown style "numbered"`),
    );
  });

  it("unknown style produced by a mustache points at the tag's line", () => {
    const dir = templateCopy("reading-copy", {
      "partials/body.hbs": (t) => t.replace('<p class="{{role}}"', '<p class="x-{{role}}"'),
    });
    const error = errorOf(() => statementToDocument(statement, { template: dir }));
    const lines = readFileSync(join(dir, "partials/body.hbs"), "utf8").split("\n");
    const line = lines.findIndex((text) => text.includes('class="x-{{role}}"')) + 1;
    expect(error.message).toMatch(
      new RegExp(`partials/body\\.hbs:${line}:\\d+: unknown style "x-salutation"`),
    );
  });

  it("Handlebars syntax error", () => {
    const dir = templateCopy("briefing", {
      "template.hbs": (t) =>
        t.replace("{{> metadata}}", '{{> metadata}}\n<p class="body">{{#if statement.title}}x</p>'),
    });
    const error = errorOf(() => loadTemplate(dir));
    expect(error.message).toMatch(/template\.hbs:\d+:\d+: Handlebars/);
    const dir2 = templateCopy("briefing", {
      "template.hbs": (t) => t.replace("{{> body}}", "{{> body}}\n  {{statement.title"),
    });
    const lines = readFileSync(join(dir2, "template.hbs"), "utf8").split("\n");
    const line = lines.findIndex((text) => text.includes("{{statement.title") && !text.includes("}}")) + 1;
    expect(errorOf(() => loadTemplate(dir2)).message).toMatch(
      new RegExp(`template\\.hbs:${line}:\\d+: Handlebars syntax error`),
    );
  });

  it("unknown helper and unknown partial", () => {
    const helper = templateCopy("briefing", {
      "template.hbs": (t) => t.replace("<hr/>", "<hr/>{{shout statement.title}}"),
    });
    expect(errorOf(() => loadTemplate(helper)).message).toMatch(
      /template\.hbs:\d+:6: unknown helper "shout"/,
    );
    const partial = templateCopy("briefing", {
      "template.hbs": (t) => t.replace("{{> body}}", "{{> text}}"),
    });
    expect(errorOf(() => loadTemplate(partial)).message).toMatch(
      /template\.hbs:\d+:1: unknown partial "text"/,
    );
  });

  it("bad theme value", () => {
    const dir = templateCopy("briefing", { "theme.yaml": (t) => t.replace("size: A4", "size: B5") });
    expect(errorOf(() => loadTemplate(dir)).message).toMatch(/theme\.yaml:4:9: page\.size: /);
  });

  it("a folder without template.hbs, and an unknown name", () => {
    const empty = mkdtempSync(join(tmpdir(), "briefing-empty-"));
    mkdirSync(join(empty, "x"));
    expect(errorOf(() => loadTemplate(join(empty, "x"))).message).toMatch(/not a template folder/);
    expect(errorOf(() => loadTemplate("memo")).message).toMatch(
      /no template named "memo" — available: book, briefing, reading-copy/,
    );
  });
});
