// Input files for `briefing export` and `book`: file, folder and glob arguments (tinyglobby) →
// each file once, links resolved, in a stable order; earlier exports' output folders are skipped.

import { lstatSync, realpathSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** One input file of a batch. */
export interface InputFile {
  /** Absolute path, symbolic links resolved (as given when the file does not exist). */
  path: string;
  /** The path as shown to the user and named in errors: relative to the cwd when inside it. */
  display: string;
  /**
   * The path relative to the folder argument it was found in (else to the cwd), with `/`
   * separators: the same whatever other files the run holds and on every machine. Shards use it.
   */
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
  /** Arguments that matched no file (globs with no match, missing paths are kept as inputs). */
  unmatched: string[];
}

/**
 * Turns command-line arguments into input files: a file is taken as is (a missing one
 * too, so the importer reports it like any other bad input), a directory is searched
 * recursively for files with a statement extension, anything else is a glob.
 *
 * A file reached twice (through a symbolic link, a link loop or two arguments) is taken
 * once, by the path without links. A folder holding a briefing manifest is an earlier
 * export's output and is skipped when searched, so outputs are never read back as inputs.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<ExpandedInputs> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const extensions = new Set(options.extensions.map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase()));
  const exclude = (options.exclude ?? []).map((dir) => realPathOf(resolve(cwd, dir)));
  const isUnder = (dirs: readonly string[], path: string) =>
    dirs.some((dir) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep));
  const seen = new Set<string>();
  const ordered: { path: string; real: string; base: string }[] = [];
  const unmatched: string[] = [];
  const take = (paths: string[], base: string, skipDirs: readonly string[] = []) => {
    const reals = realPaths(paths);
    const found = paths.map((path, at) => ({ path, real: reals[at] as string }));
    // The link-free path first, so a file seen through a link is named by its real place.
    found.sort(
      (a, b) => Number(a.path !== a.real) - Number(b.path !== b.real) || compareCodePoints(a.path, b.path),
    );
    const accepted = found.filter(({ path, real }) => {
      if (seen.has(real) || isUnder(exclude, real) || isUnder(exclude, path) || isUnder(skipDirs, real))
        return false;
      seen.add(real);
      return true;
    });
    ordered.push(...accepted.sort((a, b) => compareCodePoints(a.path, b.path)).map((p) => ({ ...p, base })));
  };

  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await glob("**/*", { cwd: path, absolute: true, onlyFiles: true, dot: false });
      const files = found.map((p) => resolve(p)).filter((p) => extensions.has(extname(p).toLowerCase()));
      take(files, path, await outputFolders(files));
    } else if (info || !isDynamicPattern(arg)) {
      take([path], cwd);
    } else {
      const found = await glob(arg, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
      });
      if (found.length === 0) unmatched.push(arg);
      take(
        found.map((p) => resolve(p)),
        cwd,
      );
    }
  }

  const inputs = ordered.map(({ path, real, base }) => ({
    path: real,
    display: displayPath(cwd, path),
    relative: displayPath(base, path).split(sep).join("/"),
  }));
  return { inputs, unmatched };
}

/** The real folders among `files`' folders that hold a manifest written by `briefing export`. */
async function outputFolders(files: readonly string[]): Promise<string[]> {
  const manifests = files.filter((file) => /^manifest(-\d+-of-\d+)?\.json$/.test(basename(file)));
  const folders = await Promise.all(
    manifests.map(async (file) => {
      const text = await readStart(file, 200);
      // The tool stamp is the first field the export writes: no need to parse a large manifest.
      return /^\{\s*"tool":\s*\{\s*"name":\s*"briefing"/.test(text.slice(0, 200))
        ? realPathOf(dirname(file))
        : undefined;
    }),
  );
  return folders.filter((folder) => folder !== undefined);
}

async function readStart(file: string, bytes: number): Promise<string> {
  const handle = await open(file, "r").catch(() => undefined);
  if (!handle) return "";
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/**
 * The paths without links, as `realPathOf` gives them: a folder of 10,000 statements took
 * 10,000 round trips through the I/O pool, each a realpath(3) of every folder on the way. A
 * folder is resolved once, and a file itself only when it is a link.
 */
function realPaths(paths: readonly string[]): string[] {
  const folders = new Map<string, string>();
  return paths.map((path) => {
    try {
      if (lstatSync(path).isSymbolicLink()) return realPathOf(path);
    } catch {
      return path;
    }
    const folder = dirname(path);
    let real = folders.get(folder);
    if (real === undefined) {
      real = realPathOf(folder);
      folders.set(folder, real);
    }
    return real === folder ? path : join(real, basename(path));
  });
}

/** `path` without links, in a blocking call; as given when it cannot be resolved. */
function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * Sorts by real path in code-point order, so the order depends neither on the locale, the file
 * system nor the order of the arguments.
 */
export function sortInputs(inputs: readonly InputFile[]): InputFile[] {
  return [...inputs].sort((a, b) => compareCodePoints(a.path, b.path));
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function displayPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : path;
}
