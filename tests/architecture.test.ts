// The layering docs/architecture.md describes, checked: no package imports one above it, inside
// a package no two folders import each other (directly or round a longer loop), and the CLI's
// main thread loads no parser, renderer or server at start ("Two entry points").
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { declaredExports } from "./support/declared-exports.js";

const root = join(import.meta.dirname, "..");
const layers = ["core", "pdf", "docx", "web", "cli"] as const;
const allowed: Record<(typeof layers)[number], string[]> = {
  core: [],
  pdf: ["core"],
  docx: ["core"],
  // The page talks to the server over HTTP only: it shares no code with the pipeline.
  web: [],
  cli: ["core", "pdf", "docx", "web"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    .map((file) => join(dir, file));
}

const importsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map(
    (match) => match[1] as string,
  );

/** A file's node in the folder graph: its top folder, or the file itself when it sits at the top. */
function nodeOf(src: string, file: string): string {
  const path = relative(src, file);
  return path.includes(sep) ? (path.split(sep)[0] as string) : path;
}

/** One loop in the graph, as its nodes in order, or undefined. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    if (!state.has(node)) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return undefined;
}

describe("architecture", () => {
  for (const name of layers) {
    const src = join(root, "packages", name, "src");

    it(`@briefing/${name} imports only ${allowed[name].join(", ") || "no other package"}`, () => {
      const used = new Set(
        sourceFiles(src).flatMap((file) =>
          importsOf(file)
            .map((specifier) => /^@briefing\/([a-z]+)/.exec(specifier)?.[1])
            .filter((pkg): pkg is string => pkg !== undefined && pkg !== "templates"),
        ),
      );
      expect([...used].filter((pkg) => !allowed[name].includes(pkg as never))).toEqual([]);
    });

    it(`@briefing/${name} has no import loop between its folders`, () => {
      const graph = new Map<string, Set<string>>();
      for (const file of sourceFiles(src)) {
        const from = nodeOf(src, file);
        for (const specifier of importsOf(file).filter((s) => s.startsWith("."))) {
          const to = nodeOf(src, resolve(dirname(file), specifier));
          if (to === from || to === "index.js" || from === "index.ts") continue;
          if (!graph.has(from)) graph.set(from, new Set());
          graph.get(from)?.add(to.replace(/\.js$/, ".ts"));
        }
      }
      expect(findCycle(graph)).toBeUndefined();
    });
  }
});

/**
 * What loading `entry` (a built .js file) loads, following static imports only (a dynamic
 * `import()` runs later, if at all): our built files, and third-party packages by name.
 */
function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/^\s*(?:(?:import|export)\s[^;]*?\sfrom|import)\s*"([^"]+)";/gm)) {
      const specifier = match[1] as string;
      if (specifier.startsWith("node:")) continue;
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier));
      else if (specifier.startsWith("@briefing/")) {
        const [, name, subpath] = /^@briefing\/([a-z]+)(?:\/(.+))?$/.exec(specifier) ?? [];
        packages.add(specifier);
        if (name !== "templates")
          visit(join(root, "packages", name as string, "dist", `${subpath ?? "index"}.js`));
      } else
        packages.add(
          specifier.startsWith("@")
            ? specifier.split("/").slice(0, 2).join("/")
            : (specifier.split("/")[0] as string),
        );
    }
  };
  visit(entry);
  return { files, packages };
}

describe("the CLI's start", () => {
  it("loads the light core and no parser, renderer or server until a command needs one", () => {
    const { packages } = staticImports(join(root, "packages", "cli", "dist", "bin.js"));
    expect(packages).toContain("@briefing/core/light");
    const heavy = [
      "@briefing/core",
      "@briefing/pdf",
      "@briefing/docx",
      "@briefing/web",
      "handlebars",
      "zod",
      "markdown-it",
      "htmlparser2",
      "pdfkit",
      "fontkit",
      "docx",
      "fastify",
      "fflate",
    ];
    expect([...packages].filter((name) => heavy.includes(name))).toEqual([]);
  });

  it("the light core entry imports only what the main entry exports, without its parsers", () => {
    const light = readFileSync(join(root, "packages", "core", "src", "light.ts"), "utf8");
    const index = readFileSync(join(root, "packages", "core", "src", "index.ts"), "utf8");
    const { values, types } = declaredExports(index);
    const lightNames = declaredExports(light);
    expect(
      [...lightNames.values, ...lightNames.types].filter((name) => !values.has(name) && !types.has(name)),
    ).toEqual([]);
    const { packages } = staticImports(join(root, "packages", "core", "dist", "light.js"));
    expect([...packages].sort()).toEqual(["yaml"]);
  });
});
