// Word package assembly adapter: all docx use beyond its typed API. Packer's PRIVATE Compiler and
// XML formatter (theme parts from a cache), BookmarkStart/End as paragraph children.
// test/docx-internals.test.ts names what moved; without a compiler, Packer is used.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { BookmarkEnd, BookmarkStart, Packer, type ParagraphChild, type Document as WordDocument } from "docx";
import type { PartData } from "./deterministic-zip.js";

/** docx's XML formatter: a component (a part's root, a paragraph, …) to the object its XML is written from. */
export type XmlFormat = (input: object, context?: object) => object;

/** A part written in place of the one docx would write at `path`, keeping that part's place. */
export interface PartOverride {
  path: string;
  data: PartData;
}

/** The package's files, by path in docx's order, before they are zipped. */
export type CompileParts = (word: WordDocument, overrides?: readonly PartOverride[]) => Map<string, PartData>;

/** docx 9's Compiler, which `Packer` keeps privately as `Packer.compiler`. */
interface Compiler {
  formatter: { format: XmlFormat };
  compile(file: WordDocument, prettify?: string, overrides?: readonly PartOverride[]): Map<string, PartData>;
}

let version: string | undefined;

/** The installed docx's version, from the package.json above its entry (its exports leave it out). */
export function docxVersion(): string {
  version ??= readVersion();
  return version;
}

function readVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve("docx"));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === "docx" && manifest.version) return manifest.version;
    } catch {
      // No package.json at this level: keep climbing.
    }
    const parent = dirname(dir);
    if (parent === dir) return "(version unknown)";
    dir = parent;
  }
}

/** A new Compiler of the kind `Packer` uses, or why there is none (docx's internals moved). */
function newCompiler(): Partial<Compiler> | string {
  const shared = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  const Class = shared?.constructor as (new () => Partial<Compiler>) | undefined;
  if (typeof shared?.compile !== "function" || typeof Class !== "function") return "Packer.compiler";
  const compiler = new Class();
  if (typeof compiler.compile !== "function") return "Compiler#compile";
  if (typeof compiler.formatter?.format !== "function") return "Compiler#formatter.format";
  return compiler;
}

/** Undefined while docx still has what `partCompiler` borrows; otherwise what moved, with docx's version. */
export function compilerMissing(): string | undefined {
  const compiler = newCompiler();
  if (typeof compiler !== "string") return undefined;
  return `docx ${docxVersion()}: ${compiler} is gone — see docx-internals.ts`;
}

/**
 * A compiler of our own, built like the one `Packer` uses, whose XML formatter is `wrap` of docx's.
 * Undefined if docx no longer has one; the caller then packs the public way.
 */
export function partCompiler(wrap: (format: XmlFormat) => XmlFormat): CompileParts | undefined {
  const compiler = newCompiler();
  if (typeof compiler === "string") return undefined;
  const { formatter } = compiler as Compiler;
  compiler.formatter = { format: wrap(formatter.format.bind(formatter)) };
  return (word, overrides) => (compiler as Compiler).compile(word, undefined, overrides);
}

/**
 * A bookmark around a paragraph's children, with an id of this render's (docx's `Bookmark` takes one
 * from a process-wide counter, so the same Document would not give the same bytes). docx documents
 * this use of BookmarkStart/End, but its ParagraphChild type leaves them out.
 */
export function bookmark(name: string, id: number): { start: ParagraphChild; end: ParagraphChild } {
  return {
    start: new BookmarkStart(name, id) as unknown as ParagraphChild,
    end: new BookmarkEnd(id) as unknown as ParagraphChild,
  };
}
