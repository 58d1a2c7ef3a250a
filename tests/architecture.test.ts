// The layering docs/architecture.md describes, checked: no package imports one above it, and
// inside a package no two folders import each other (directly or round a longer loop).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

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
