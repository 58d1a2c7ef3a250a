import { stat } from "node:fs/promises";
import { dirname, extname, isAbsolute, relative, resolve, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** One input file of a batch. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** The path as shown to the user and named in errors: relative to the cwd when inside it. */
  display: string;
  /** The path relative to the common root of all inputs, with `/` separators (stable across machines). */
  relative: string;
}

export interface ExpandOptions {
  /** Extensions (with or without the dot) that a directory's files must have; named files are always taken. */
  extensions: readonly string[];
  /** Absolute directories whose files are never inputs (the output directory). */
  exclude?: readonly string[];
  cwd?: string;
}

export interface ExpandedInputs {
  /** Each file once, in the order the arguments named them; a directory's or glob's files sorted. */
  inputs: InputFile[];
  /** The deepest directory holding every input. */
  root: string;
  /** Arguments that matched no file (globs with no match, missing paths are kept as inputs). */
  unmatched: string[];
}

/**
 * Turns command-line arguments into input files: a file is taken as is (a missing one
 * too, so the importer reports it like any other bad input), a directory is searched
 * recursively for files with a statement extension, anything else is a glob.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<ExpandedInputs> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const extensions = new Set(options.extensions.map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase()));
  const exclude = (options.exclude ?? []).map((dir) => resolve(cwd, dir));
  const isExcluded = (path: string) => exclude.some((dir) => path === dir || path.startsWith(dir + sep));
  const seen = new Set<string>();
  const ordered: string[] = [];
  const unmatched: string[] = [];
  const take = (paths: string[]) => {
    for (const path of paths.sort(compareCodePoints)) {
      if (seen.has(path) || isExcluded(path)) continue;
      seen.add(path);
      ordered.push(path);
    }
  };

  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await glob("**/*", { cwd: path, absolute: true, onlyFiles: true, dot: false });
      take(found.map((p) => resolve(p)).filter((p) => extensions.has(extname(p).toLowerCase())));
    } else if (info || !isDynamicPattern(arg)) {
      take([path]);
    } else {
      const found = await glob(arg, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
      });
      if (found.length === 0) unmatched.push(arg);
      take(found.map((p) => resolve(p)));
    }
  }

  const root = commonRoot(ordered.map((p) => dirname(p))) ?? cwd;
  const inputs = ordered.map((path) => ({
    path,
    display: displayPath(cwd, path),
    relative: relative(root, path).split(sep).join("/"),
  }));
  return { inputs, root, unmatched };
}

/** Sorts by the path relative to the root, so the order never depends on the locale or the file system. */
export function sortInputs(inputs: readonly InputFile[]): InputFile[] {
  return [...inputs].sort((a, b) => compareCodePoints(a.relative, b.relative));
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function displayPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : path;
}

function commonRoot(dirs: string[]): string | undefined {
  const [first, ...rest] = dirs;
  if (first === undefined) return undefined;
  let parts = first.split(sep);
  for (const dir of rest) {
    const other = dir.split(sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}
