import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BriefingError } from "../src/errors.js";
import { parseTheme } from "../src/theme/load-theme.js";
import { fontNamesForLanguage } from "../src/theme/resolve-fonts.js";

const required = `
  body: { basedOn: base }
  salutation: { basedOn: body }
  closing: { basedOn: body }
  heading-1: { basedOn: base, bold: true }
  heading-2: { basedOn: heading-1 }
  heading-3: { basedOn: heading-1 }
  list: { basedOn: body }
`;

const parse = (text: string, baseDir = tmpdir()) => parseTheme(text, { file: "theme.yaml", baseDir });

function errorOf(text: string): BriefingError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error("expected the theme to be rejected");
}

describe("theme.yaml", () => {
  it("resolves basedOn chains, units, page size and the default fonts", () => {
    const theme = parse(`page:
  size: Letter
  margins: { top: 1in, right: 20mm, bottom: 2cm, left: 36 }
styles:
  base: { size: 12, color: "#112233", lineHeight: 1.5 }
${required}`);
    expect(theme.page).toEqual({
      size: "Letter",
      width: 612,
      height: 792,
      margins: { top: 72, right: 56.69, bottom: 56.69, left: 36 },
    });
    expect(theme.styles["heading-2"]).toMatchObject({
      name: "heading-2",
      basedOn: "heading-1",
      size: 12,
      bold: true,
      color: "#112233",
      lineHeight: 1.5,
      font: "serif",
    });
    const serif = theme.fonts.serif;
    expect(serif?.files.regular).toMatch(/noto-serif[/\\]400Regular[/\\]NotoSerif_400Regular\.ttf$/);
    expect(serif?.files.italic).toMatch(/NotoSerif_400Regular_Italic\.ttf$/);
    // Japanese first, as before 0.3; then a family for each other script.
    expect(serif?.fallback).toEqual([
      "serif-jp",
      "serif-sc",
      "serif-tc",
      "serif-kr",
      "serif-ar",
      "serif-he",
      "serif-deva",
      "sans-thai",
      "symbols",
      "emoji",
    ]);
    expect(serif?.names).toEqual({ latin: "Noto Serif", eastAsia: "Noto Serif JP", complex: "Amiri" });
    expect(serif?.scripts).toBeUndefined();
    expect(theme.fonts["serif-sc"]).toMatchObject({
      names: { latin: "Noto Serif SC", eastAsia: "Noto Serif SC" },
      scripts: ["han"],
      languages: ["zh-Hans", "zh-CN", "zh-SG", "zh-MY"],
    });
    expect(theme.fonts["serif-ar"]?.files.regular).toMatch(/Amiri_400Regular\.ttf$/);
    expect(theme.fonts.emoji?.scripts).toEqual(["symbol"]);
    // Noto Serif JP has no italic face: italic is upright, bold italic is bold.
    const jp = theme.fonts["serif-jp"];
    expect(jp?.files.italic).toBe(jp?.files.regular);
    expect(jp?.files.boldItalic).toBe(jp?.files.bold);
    expect(theme.page.size).toBe("Letter");
  });

  it("accepts font files relative to the template folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "briefing-theme-"));
    writeFileSync(join(dir, "mine.ttf"), "not really a font");
    const theme = parse(
      `fonts:
  mine:
    pdf: { regular: ./mine.ttf }
    word: { ascii: Georgia, eastAsia: MS Mincho }
styles:
  base: { font: mine }
${required}`,
      dir,
    );
    expect(theme.fonts.mine?.files).toEqual({
      regular: join(dir, "mine.ttf"),
      bold: join(dir, "mine.ttf"),
      italic: join(dir, "mine.ttf"),
      boldItalic: join(dir, "mine.ttf"),
    });
  });

  it("reads font families as files and names, the earlier pdf and word spellings too", () => {
    const dir = mkdtempSync(join(tmpdir(), "briefing-theme-"));
    writeFileSync(join(dir, "mine.ttf"), "not really a font");
    const current = parse(
      `fonts:
  mine:
    files: { regular: ./mine.ttf }
    names: { latin: Georgia, eastAsia: MS Mincho }
styles:
  base: { font: mine }
${required}`,
      dir,
    );
    expect(current.fonts.mine?.files.regular).toBe(join(dir, "mine.ttf"));
    expect(current.fonts.mine?.names).toEqual({ latin: "Georgia", eastAsia: "MS Mincho" });
    const earlier = parse(
      `fonts:
  mine:
    pdf: { regular: ./mine.ttf }
    word: { ascii: Georgia, eastAsia: MS Mincho }
styles:
  base: { font: mine }
${required}`,
      dir,
    );
    expect(earlier.fonts.mine).toEqual(current.fonts.mine);
  });

  it("reads a family's scripts, languages and complex-script name", () => {
    const dir = mkdtempSync(join(tmpdir(), "briefing-theme-"));
    writeFileSync(join(dir, "naskh.ttf"), "not really a font");
    const theme = parse(
      `fonts:
  naskh:
    files: { regular: ./naskh.ttf }
    names: { latin: My Naskh, eastAsia: My Naskh, complex: My Naskh }
    scripts: [arabic]
    languages: [ar, fa]
styles:
  base: {}
${required}`,
      dir,
    );
    expect(theme.fonts.naskh).toMatchObject({
      names: { latin: "My Naskh", eastAsia: "My Naskh", complex: "My Naskh" },
      scripts: ["arabic"],
      languages: ["ar", "fa"],
    });
  });

  it("rejects an unknown script and a malformed language", () => {
    const family = (extra: string) => `fonts:
  x:
    files: { regular: ./a.ttf }
    names: { latin: A, eastAsia: A }
    ${extra}
styles:
  base: {}
${required}`;
    expect(errorOf(family("scripts: [klingon]")).message).toMatch(
      /^theme\.yaml:5:\d+: fonts\.x\.scripts\.0: /,
    );
    expect(errorOf(family("languages: [zh_Hans]")).message).toMatch(/BCP 47 language tag/);
  });

  it("rejects a font family with both spellings or with neither", () => {
    expect(
      errorOf(`fonts:
  x:
    files: { regular: ./a.ttf }
    pdf: { regular: ./a.ttf }
    names: { latin: A, eastAsia: B }
styles:
  base: {}
${required}`).message,
    ).toMatch(/^theme\.yaml:4:\d+: .*give "files" or its earlier spelling "pdf", not both/);
    expect(
      errorOf(`fonts:
  x:
    files: { regular: ./a.ttf }
styles:
  base: {}
${required}`).message,
    ).toMatch(/^theme\.yaml:3:5: fonts\.x: a font family needs "names"/);
  });

  it("names line and column of a bad value", () => {
    const error = errorOf(`styles:
  base:
    size: 11
    align: middle
${required}`);
    expect(error.message).toMatch(/^theme\.yaml:4:12: styles\.base\.align: /);
  });

  it("names an unknown field", () => {
    expect(errorOf(`styles:\n  base:\n    colour: "#000000"\n${required}`).message).toMatch(
      /^theme\.yaml:3:5: unknown field "styles\.base\.colour"/,
    );
  });

  it("rejects a bad colour, a bad length and a bad page size", () => {
    expect(errorOf(`styles:\n  base: { color: red }\n${required}`).message).toMatch(
      /^theme\.yaml:2:18: styles\.base\.color: expected a colour/,
    );
    expect(errorOf(`styles:\n  base: { spaceAfter: 3 furlongs }\n${required}`).message).toMatch(
      /^theme\.yaml:2:23: styles\.base\.spaceAfter: expected a length like 72, 12pt, 20mm/,
    );
    expect(errorOf(`page: { size: A5 }\nstyles:\n  base: {}\n${required}`).message).toMatch(
      /^theme\.yaml:1:15: page\.size/,
    );
  });

  it("rejects basedOn cycles and unknown bases", () => {
    const cycle = errorOf(`styles:\n  base: { basedOn: list }\n${required}`);
    expect(cycle.message).toMatch(
      /^theme\.yaml:4:20: styles are based on each other in a cycle: base → list → body → base/,
    );
    expect(errorOf(`styles:\n  base: { basedOn: nothing }\n${required}`).message).toMatch(
      /^theme\.yaml:2:20: style "base" is based on "nothing", which is not defined/,
    );
  });

  it("requires the styles statement text uses", () => {
    expect(errorOf("styles:\n  base: {}\n  body: {}\n").message).toMatch(
      /^theme\.yaml:1:1: theme has no style "salutation"/,
    );
  });

  it("rejects unknown fonts and missing font files", () => {
    expect(errorOf(`styles:\n  base: { font: sans }\n${required}`).message).toMatch(
      /^theme\.yaml:2:17: style "base" uses font family "sans"/,
    );
    expect(
      errorOf(`fonts:
  x:
    pdf: { regular: ./missing.ttf }
    word: { ascii: A, eastAsia: B }
styles:
  base: {}
${required}`).message,
    ).toMatch(/^theme\.yaml:3:21: font file "\.\/missing\.ttf" of family "x" not found/);
  });

  it("reports YAML syntax errors with their position", () => {
    expect(errorOf("styles:\n  base: [\n").message).toMatch(/^theme\.yaml:\d+:\d+: invalid YAML/);
  });
});

describe("fontNamesForLanguage", () => {
  const fonts = parse(`styles:
  base: {}
${required}`).fonts;
  const names = (language: string | undefined) => fontNamesForLanguage(fonts, language).serif?.names;

  it("names the Han face of the document's language as serif's East Asian font", () => {
    expect(names("zh-Hans")?.eastAsia).toBe("Noto Serif SC");
    expect(names("zh")?.eastAsia).toBe("Noto Serif SC");
    expect(names("zh-TW")?.eastAsia).toBe("Noto Serif TC");
    expect(names("zh-Hant")?.eastAsia).toBe("Noto Serif TC");
    expect(names("ko")?.eastAsia).toBe("Noto Serif KR");
    for (const language of ["ja", "en", "fr", "ar", undefined])
      expect(names(language)?.eastAsia).toBe("Noto Serif JP");
  });

  it("names the complex-script face of the document's language, Amiri otherwise", () => {
    expect(names("ar")?.complex).toBe("Amiri");
    expect(names("he")?.complex).toBe("Noto Serif Hebrew");
    expect(names("th")?.complex).toBe("Noto Sans Thai");
    expect(names("hi")?.complex).toBe("Noto Serif Devanagari");
    expect(names("en")?.complex).toBe("Amiri");
    expect(names("zh-Hans")?.latin).toBe("Noto Serif");
  });

  it("keeps a name the theme chose, a family's own names, and the record it was given", () => {
    const chosen = { ...fonts, serif: { ...(fonts.serif as NonNullable<typeof fonts.serif>) } };
    chosen.serif.names = { latin: "Georgia", eastAsia: "MS Mincho", complex: "Arial" };
    expect(fontNamesForLanguage(chosen, "zh-Hans").serif?.names).toEqual(chosen.serif.names);
    // Noto Serif JP (the title-ja style's family) has no Chinese fallback: it stays itself.
    expect(fontNamesForLanguage(fonts, "zh-Hans")["serif-jp"]?.names.eastAsia).toBe("Noto Serif JP");
    expect(fonts.serif?.names.eastAsia).toBe("Noto Serif JP");
  });
});
