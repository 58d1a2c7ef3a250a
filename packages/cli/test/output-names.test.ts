import { createHash } from "node:crypto";
import { resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_TITLE_LENGTH, outputBaseName, outputPath, slugify } from "../src/export/output-names.js";

const hash = (text: string) => createHash("sha256").update(text).digest("hex");

describe("slugify", () => {
  it("folds accents and punctuation to lowercase ASCII words", () => {
    expect(slugify("Déclaration sur l'Égalité — Genève, 2017")).toBe("declaration-sur-l-egalite-geneve-2017");
  });

  it("keeps nothing of path syntax, NUL or scripts it cannot fold", () => {
    expect(slugify("../../etc/passwd\0x")).toBe("etc-passwd-x");
  });

  it("keeps Japanese words (NFC) and cuts a long Japanese title within 180 UTF-8 bytes", () => {
    expect(slugify("人身取引に関する声明（2021）")).toBe("人身取引に関する声明-2021");
    expect(slugify("カ\u3099ス")).toBe("ガス");
    const long = slugify("𠀋".repeat(80));
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(180);
    expect(long.length).toBeGreaterThan(0);
    expect(slugify("持続可能な開発のための二〇三〇アジェンダ".repeat(5)).length).toBeLessThanOrEqual(
      MAX_TITLE_LENGTH,
    );
  });

  it("cuts long titles at a word boundary within the cap", () => {
    const slug = slugify("Trafficking in persons ".repeat(10));
    expect(slug.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.startsWith("trafficking-in-persons-trafficking")).toBe(true);
  });
});

describe("outputBaseName", () => {
  const date = { start: "2021-11-23", text: "令和3年11月23日" };

  it("is date, title and the start of the input's hash", () => {
    const name = outputBaseName({ title: "Trafficking in Persons", date }, "unga/tip.txt", hash("a"));
    expect(name).toBe(`2021-11-23-trafficking-in-persons-${hash("a").slice(0, 8)}`);
  });

  it("depends on the input's bytes, not its place: same bytes, same name; other bytes, another", () => {
    const a = outputBaseName({ title: "Same", date }, "a/x.md", hash("one"));
    expect(outputBaseName({ title: "Same", date }, "elsewhere/x.md", hash("one"))).toBe(a);
    expect(outputBaseName({ title: "Same", date }, "a/x.md", hash("two"))).not.toBe(a);
    expect(outputBaseName({ title: "Same", date }, "a/x.md", hash("one"), 16)).toBe(
      `2021-11-23-same-${hash("one").slice(0, 16)}`,
    );
  });

  it("keeps a Japanese title, and falls back to the file name when the title has no letters", () => {
    expect(outputBaseName({ titleJa: "人身取引", date }, "dir/unga-tip.txt", hash("x"))).toMatch(
      /^2021-11-23-人身取引-[0-9a-f]{8}$/,
    );
    expect(outputBaseName(undefined, "人身.txt", hash("x"))).toMatch(/^人身-[0-9a-f]{8}$/);
    expect(outputBaseName({ titleJa: "「」", date }, "2021-11-23-unga-tip.txt", hash("x"))).toMatch(
      /^2021-11-23-unga-tip-/,
    );
  });

  it("never yields a reserved Windows name or a dot name", () => {
    for (const title of ["CON", "nul", "LPT1", "..", ".", " "]) {
      const name = outputBaseName({ title }, "con", hash("x"));
      expect(name).toMatch(/^[a-z0-9_][a-z0-9-]*$/);
      expect(name.split(".")[0]?.toLowerCase()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
    }
  });
});

describe("outputPath", () => {
  const out = resolve("/tmp/briefing-out");

  it("resolves inside the output directory", () => {
    expect(outputPath(out, "2021-a-12345678", ".pdf")).toBe(`${out}${sep}2021-a-12345678.pdf`);
  });

  it("refuses names that would leave it", () => {
    for (const bad of ["../x", "/etc/passwd", "a/b", "x\0y", ""]) {
      expect(() => outputPath(out, bad, bad === "" ? "" : ".pdf")).toThrow(/refusing/);
    }
  });

  it("keeps every hostile title inside", () => {
    for (const title of ["../../../etc/passwd", "/abs/path", "C:\\Windows\\x", "a\0b", "CON", "..\\..\\x"]) {
      const path = outputPath(out, outputBaseName({ title }, `../${title}`, hash(title)), ".pdf");
      expect(path.startsWith(out + sep)).toBe(true);
      expect(path.slice(out.length + 1)).not.toContain(sep);
    }
  });
});
