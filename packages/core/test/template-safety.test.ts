import {
  cpSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allowedHref } from "../src/document/links.js";
import { markupToDocument } from "../src/document/markup-to-document.js";
import { statementToDocument } from "../src/document/statement-to-document.js";
import { BriefingError } from "../src/errors.js";
import type { Statement } from "../src/statement/statement-schema.js";
import { loadTemplate } from "../src/template/load-template.js";
import { listTemplates } from "../src/template/template-dirs.js";
import { loadTheme } from "../src/theme/load-theme.js";

const builtIns = fileURLToPath(new URL("../../../templates/", import.meta.url));

const statement: Statement = {
  title: "Statement <strong>bold</strong>",
  meeting: "Meeting",
  body: [{ type: "paragraph", role: "body", runs: [{ text: "Thank you." }] }],
};

/** A fresh copy of a built-in template, and a secret file outside it. */
function copy(name = "briefing"): { dir: string; secret: string } {
  const root = mkdtempSync(join(tmpdir(), "briefing-safety-"));
  const dir = join(root, name);
  cpSync(join(builtIns, name), dir, { recursive: true });
  const secret = join(root, "secret.txt");
  writeFileSync(secret, "SECRET-CONTENT");
  return { dir, secret };
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof BriefingError) return error.message;
    throw error;
  }
  throw new Error("expected a BriefingError");
}

describe("a template reads only files inside its folder", () => {
  it("refuses a partial linked to a file outside", () => {
    const { dir, secret } = copy();
    symlinkSync(secret, join(dir, "partials", "evil.hbs"));
    const message = messageOf(() => loadTemplate(dir));
    expect(message).toMatch(
      /partials[/\\]evil\.hbs: is a link to a file outside the template folder \(.*secret\.txt\) — copy the file into the template folder$/,
    );
    expect(message).not.toContain("\n");
  });

  it.each(["template.hbs", "theme.yaml"])("refuses a %s that is a link to a file outside", (file) => {
    const { dir, secret } = copy();
    // A working file, moved out of the folder and linked back in: still refused.
    renameSync(join(dir, file), secret);
    symlinkSync(secret, join(dir, file));
    expect(messageOf(() => loadTemplate(dir))).toMatch(
      new RegExp(`${file.replace(".", "\\.")}: is a link to a file outside the template folder`),
    );
  });

  it("follows links that stay inside the folder", () => {
    const { dir } = copy();
    renameSync(join(dir, "partials", "body.hbs"), join(dir, "body-source.hbs"));
    symlinkSync(join(dir, "body-source.hbs"), join(dir, "partials", "body.hbs"));
    expect(loadTemplate(dir).warnings).toEqual([]);
  });

  it("lists a template whose theme.yaml is a link outside without reading it", () => {
    const { dir, secret } = copy();
    writeFileSync(secret, "description: from outside\n");
    unlinkSync(join(dir, "theme.yaml"));
    symlinkSync(secret, join(dir, "theme.yaml"));
    const listed = listTemplates({ templatesDir: join(dir, "..") }).find((t) => t.dir === dir);
    expect(listed?.description).toBe("");
  });

  it("refuses font files outside the folder, by link or by path", () => {
    const { dir, secret } = copy();
    symlinkSync(secret, join(dir, "evil.ttf"));
    const theme = join(dir, "theme.yaml");
    const text = readFileSync(theme, "utf8");
    expect(text).not.toMatch(/^fonts:/m);
    const withFont = (regular: string) =>
      writeFileSync(
        theme,
        `${text}\nfonts:\n  mine:\n    pdf: { regular: "${regular}" }\n    word: { ascii: Georgia, eastAsia: MS Mincho }\n`,
      );
    withFont("./evil.ttf");
    expect(messageOf(() => loadTheme(theme))).toMatch(
      /font file "\.\/evil\.ttf" of family "mine" is a link to a file outside the template folder \(.*secret\.txt\) — copy the file into the template folder$/,
    );
    withFont("../secret.txt");
    expect(messageOf(() => loadTheme(theme))).toMatch(
      /"\.\.\/secret\.txt" of family "mine" is outside the template folder/,
    );
    withFont("@expo-google-fonts/noto-serif/../../../../../../../../../../../../../../../etc/hostname");
    expect(messageOf(() => loadTheme(theme))).toMatch(/outside the template folder/);
  });

  it("built-in templates still load (their fonts come from npm packages)", () => {
    for (const { dir } of listTemplates()) expect(loadTemplate(dir).warnings).toEqual([]);
  });
});

describe("triple-stash warnings", () => {
  it("warns at each {{{…}}} and {{&…}} that inserts input text, not at runs or literals", () => {
    const { dir } = copy("reading-copy");
    writeFileSync(
      join(dir, "template.hbs"),
      `<document>
<p class="title">{{{statement.title}}}</p>
<p class="title">{{& statement.meeting}} {{{upper statement.meeting}}}</p>
{{#each statement.body}}<p class="{{role}}">{{{runs runs}}}</p>{{/each}}
<p class="title">{{{"<strong>fixed</strong>"}}}</p>
</document>
`,
    );
    const { warnings, document } = statementToDocument(statement, { template: dir });
    const shown = warnings.map((w) => `${w.file.replace(/.*[/\\]/, "")}:${w.line}:${w.column}: ${w.message}`);
    expect(shown).toEqual([
      "template.hbs:2:18: {{{statement.title}}} inserts text unescaped: markup in a statement becomes structure — use {{statement.title}}",
      "template.hbs:3:18: {{& statement.meeting}} inserts text unescaped: markup in a statement becomes structure — use {{statement.meeting}}",
      "template.hbs:3:42: {{{upper statement.meeting}}} inserts text unescaped: markup in a statement becomes structure — use {{upper statement.meeting}}",
    ]);
    // Which is why: the statement's <b> became structure.
    expect(document.blocks[0]).toMatchObject({
      inlines: [{ text: "Statement " }, { text: "bold", marks: ["strong"] }],
    });
  });

  it("built-in templates have none", () => {
    for (const name of ["briefing", "reading-copy"]) {
      expect(statementToDocument(statement, { template: name }).warnings).toEqual([]);
    }
  });
});

describe("links", () => {
  it.each(["https://example.org/a?b=c", "HTTP://example.org", "mailto:someone@example.org", "#section"])(
    "allows %s",
    (href) => {
      expect(allowedHref(href)).toBe(href);
    },
  );

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " \tjava\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example/x",
    "relative/page.html",
    "javascript\uff1aalert(1)",
    "vbscript:msgbox",
    "https://example.org/\u0000x",
    "",
  ])("refuses %j", (href) => {
    expect(allowedHref(href)).toBeUndefined();
  });

  const theme = loadTheme(join(builtIns, "book", "theme.yaml"));
  it("markup keeps the text of a refused link, drops the link and warns where it is", () => {
    const { document, warnings } = markupToDocument(
      `<document>
<p class="body">a <a href="&#106;avascript&colon;alert(1)">one</a> b <a href="https://example.org">two</a></p>
<p class="body"><a href="  FILE:///etc/passwd"><strong>three</strong></a></p>
</document>`,
      { theme, file: "t.markup" },
    );
    const inlines = document.blocks.flatMap((block) => (block.kind === "paragraph" ? block.inlines : []));
    expect(inlines).toEqual([
      { kind: "text", text: "a one b " },
      { kind: "text", text: "two", href: "https://example.org" },
      { kind: "text", text: "three", marks: ["strong"] },
    ]);
    expect(warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      't.markup:2: link to "javascript:alert(1)" is shown as plain text: links may only go to http:, https:, mailto: or #id',
      't.markup:3: link to "  FILE:///etc/passwd" is shown as plain text: links may only go to http:, https:, mailto: or #id',
    ]);
  });

  it("an <a> inside a refused <a> is still an error", () => {
    expect(
      messageOf(() =>
        markupToDocument('<document><p class="body"><a href="file:x"><a href="#y">z</a></a></p></document>', {
          theme,
          file: "t.markup",
        }),
      ),
    ).toMatch(/<a> cannot be inside <a>/);
  });
});
