import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Document, DocumentSchema, smartQuotes } from "@briefing/core";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../packages/cli/dist/bin.js", import.meta.url));
const examples = fileURLToPath(new URL("../examples/", import.meta.url));
const seed = fileURLToPath(
  new URL("../examples/2017-06-08-apmbc-cooperation-and-assistance.txt", import.meta.url),
);

function briefing(args: string[], cwd?: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd, maxBuffer: 64 * 2 ** 20 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function documentOf(stdout: string): Document {
  return DocumentSchema.parse(JSON.parse(stdout));
}

function texts(document: Document): string[] {
  return document.blocks.flatMap((block) => {
    if (block.kind === "paragraph" || block.kind === "heading")
      return [block.inlines.map((i) => ("text" in i ? i.text : "")).join("")];
    if (block.kind === "table")
      return block.rows.flatMap((row) =>
        row.cells.map((cell) => cell.inlines.map((i) => ("text" in i ? i.text : "")).join("")),
      );
    return [];
  });
}

describe("briefing templates / render", { timeout: 60_000 }, () => {
  it("lists the built-in templates", () => {
    const run = briefing(["templates", "list"]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").map((line) => line.split(/\s+/)[0])).toEqual([
      "book",
      "briefing",
      "reading-copy",
      "",
    ]);
    expect(run.stdout).toContain("(built-in)");
  });

  it("copies a template; a changed style and line of markup show in the rendered Document", () => {
    const work = mkdtempSync(join(tmpdir(), "briefing-templates-"));
    const mine = join(work, "mine");
    const copy = briefing(["templates", "copy", "briefing", mine]);
    expect(copy.status, copy.stderr).toBe(0);

    const theme = join(mine, "theme.yaml");
    const themeText = readFileSync(theme, "utf8");
    expect(themeText).toContain("  body:\n    basedOn: base\n    align: justify\n");
    writeFileSync(
      theme,
      themeText.replace(
        "  body:\n    basedOn: base\n    align: justify\n",
        "  body:\n    basedOn: base\n    align: left\n    size: 12.5\n",
      ),
    );
    const template = join(mine, "template.hbs");
    const markup = readFileSync(template, "utf8");
    expect(markup).toContain("<hr/>\n");
    writeFileSync(
      template,
      markup.replace("<hr/>\n", '<p class="subtitle">Draft — not for circulation</p>\n<hr/>\n'),
    );

    const standard = documentOf(briefing(["render", seed, "--to", "document"]).stdout);
    const run = briefing(["render", seed, "--to", "document", "--template", mine]);
    expect(run.status, run.stderr).toBe(0);
    const custom = documentOf(run.stdout);
    expect(standard.styles.body).toMatchObject({ size: 11, align: "justify" });
    expect(custom.styles.body).toMatchObject({ size: 12.5, align: "left" });
    // Styles based on body follow it.
    expect(custom.styles.salutation).toMatchObject({ size: 12.5 });
    expect(texts(standard)).not.toContain("Draft — not for circulation");
    expect(texts(custom)).toContain("Draft — not for circulation");
    expect(texts(custom).filter((text) => text !== "Draft — not for circulation")).toEqual(texts(standard));

    // The same folder found by name through --templates, and listed there.
    const byName = briefing(["render", seed, "--to", "document", "--templates", work, "--template", "mine"]);
    expect(byName.stdout).toBe(run.stdout);
    expect(briefing(["templates", "list", "--templates", work]).stdout).toMatch(/^mine\s+.*\(.*mine\)$/m);

    // Copying onto a folder that is not empty is refused.
    const again = briefing(["templates", "copy", "briefing", mine]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("the destination folder is not empty");
  });

  it("writes markup with -o, atomically, and it matches stdout", () => {
    const work = mkdtempSync(join(tmpdir(), "briefing-markup-"));
    const out = join(work, "out.markup");
    const run = briefing(["render", seed, "--to", "markup", "-o", out, "--template", "reading-copy"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    const written = readFileSync(out, "utf8");
    expect(written).toMatch(/^<document>\n/);
    expect(written).toBe(briefing(["render", seed, "--to", "markup", "--template", "reading-copy"]).stdout);
  });

  it("reports a template error as file:line:col and exits 1", () => {
    const work = mkdtempSync(join(tmpdir(), "briefing-broken-"));
    const mine = join(work, "broken");
    briefing(["templates", "copy", "reading-copy", mine]);
    const template = join(mine, "template.hbs");
    const lines = readFileSync(template, "utf8").split("\n");
    lines.splice(2, 0, "<marquee>x</marquee>");
    writeFileSync(template, lines.join("\n"));
    const run = briefing(["render", seed, "--to", "document", "--template", mine]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    // The seed is a .txt file holding Markdown: its one warning comes first, then the error.
    expect(run.stderr.split("\n")[0]).toMatch(/holds Markdown/);
    expect(run.stderr.split("\n").slice(1).join("\n")).toBe(
      `briefing: ${template}:3:1: unknown tag <marquee> (markup 2:1) — briefing markup has: ${"document, header, footer, h1, h2, h3, p, strong, em, sup, sub, span, a, ul, ol, li, table, tr, th, td, hr, page-break, toc, page-number, page-count, section-title, note-ref, footnote"}\n`,
    );
  });

  it("export compiles its template once, before any input: a broken one fails the run in one line", () => {
    const work = mkdtempSync(join(tmpdir(), "briefing-export-template-"));
    const mine = join(work, "mine");
    briefing(["templates", "copy", "briefing", mine]);
    const template = join(mine, "template.hbs");
    const source = readFileSync(template, "utf8");
    const lines = source.split("\n");
    const out = join(work, "out");

    // A load-time warning is said once as the run starts (each input's entry lists it too).
    writeFileSync(
      template,
      source.replace("</document>", '<p class="body">{{{statement.title}}}</p></document>'),
    );
    const warned = briefing(["export", examples, "--out", out, "--to", "pdf", "--template", mine]);
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stderr.split("\n")).toEqual([
      expect.stringMatching(
        /^briefing: .*template\.hbs:\d+:\d+: \{\{\{statement\.title\}\}\} inserts text unescaped/,
      ),
      "",
    ]);
    expect(warned.stderr).toContain(`briefing: ${template}:`);

    writeFileSync(template, [...lines, "{{#if statement.title}}"].join("\n"));
    const broken = briefing(["export", seed, "--out", join(work, "out2"), "--to", "pdf", "--template", mine]);
    expect(broken.status).toBe(1);
    expect(broken.stderr.startsWith(`briefing: ${template}:${lines.length + 1}:`)).toBe(true);
    expect(broken.stderr).toContain(": Handlebars syntax error — ");
    expect(broken.stderr.split("\n")).toHaveLength(2);
    expect(broken.stdout).toBe("");
    expect(readdirSync(join(work, "out2"))).toEqual([]);
  });

  it("rejects --pdfa without --to pdf as a usage error", () => {
    const run = briefing(["render", seed, "--to", "document", "--pdfa"]);
    expect(run.status).toBe(2);
  });

  it("keeps hostile statement text literal through the CLI", () => {
    const work = mkdtempSync(join(tmpdir(), "briefing-hostile-"));
    const hostile = '<p> </p> <script>alert(1)</script> {{title}} &amp; "q"';
    const file = join(work, "hostile.json");
    writeFileSync(
      file,
      JSON.stringify({
        title: hostile,
        meeting: hostile,
        body: [{ type: "paragraph", role: "body", runs: [{ text: hostile }] }],
      }),
    );
    const run = briefing(["render", file, "--to", "document"]);
    expect(run.status, run.stderr).toBe(0);
    const document = documentOf(run.stdout);
    expect(document.meta.title).toBe(hostile);
    expect(document.meta.subject).toBe(hostile);
    // Text is typeset with the theme's smartQuotes (meta attributes are not): only "q" curls.
    const typeset = smartQuotes(hostile);
    expect(document.page.header[0]?.inlines).toEqual([{ kind: "text", text: typeset }]);
    expect(texts(document).filter((text) => text === typeset)).toHaveLength(4); // title, subtitle, meeting row, body
  });
});
