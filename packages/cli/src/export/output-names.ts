// Export output names: `<date>-<title>-<8 hex of the input's SHA-256>`, stable across runs and
// machines; Windows-reserved names are escaped and no name may leave the output folder.

import { basename, extname, isAbsolute, relative, resolve, sep } from "node:path";
import type { Statement } from "@briefing/core";
import { MAX_SLUG_LENGTH, slugify } from "@briefing/core/light";
import { sha256 } from "./cache-key.js";

/** Longest title part of a name, in characters; the rest of a long title is cut at a word. */
export const MAX_TITLE_LENGTH = MAX_SLUG_LENGTH;

// Windows refuses these as a file's base name whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The file-name slug, from core; re-exported for the CLI's callers. */
export { slugify };

/**
 * The base name (no extension) of an input's outputs: `date-title-hash`, e.g.
 * `2021-11-23-trafficking-in-persons-3fa2c1d0`. The title comes from the statement
 * (title, Japanese title, meeting), falling back to the input's file name; the hash is the
 * first `hashLength` hex digits of the SHA-256 of the input's bytes. So a name depends on the
 * input alone — not on the other files of the run, its folder or the machine — and two inputs
 * with different bytes never share one (identical files are one statement and share it).
 */
export function outputBaseName(
  statement: Pick<Statement, "title" | "titleJa" | "meeting" | "date"> | undefined,
  inputPath: string,
  inputSha256: string,
  hashLength = 8,
): string {
  const date = statement?.date?.start;
  const datePart = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : "";
  const candidates = [statement?.title, statement?.titleJa, statement?.meeting, stem(inputPath)];
  let title = "";
  for (const candidate of candidates) {
    title = candidate ? slugify(candidate) : "";
    // File names often start with the date already (2021-11-23-unga-….txt): say it once.
    if (datePart && title.startsWith(`${datePart}-`)) title = title.slice(datePart.length + 1);
    if (title) break;
  }
  const parts = [datePart, title].filter(Boolean);
  let base = parts.length > 0 ? parts.join("-") : "statement";
  if (RESERVED.test(base)) base = `_${base}`;
  return `${base}-${inputSha256.slice(0, hashLength)}`;
}

/**
 * The absolute path of an output inside `outDir`. Throws if the name would escape it,
 * which `outputBaseName` never produces; the check guards against future changes.
 */
export function outputPath(outDir: string, baseName: string, extension: string): string {
  const name = `${baseName}${extension}`;
  const root = resolve(outDir);
  const path = resolve(root, name);
  const inside = relative(root, path);
  if (
    name.includes("\0") ||
    inside === "" ||
    inside.startsWith("..") ||
    isAbsolute(inside) ||
    inside.includes(sep) ||
    inside.includes("/")
  ) {
    throw new Error(`refusing to write ${JSON.stringify(name)} outside ${root}`);
  }
  return path;
}

/** What an input's outputs are named after: the hash of its bytes, made unique within the run. */
export interface Identity {
  inputSha256: string;
  /** `inputSha256`, or for a later input with the same bytes (a copy), a hash of it and a salt. */
  nameHash: string;
}

/**
 * Each input's identity, in input order, so names do not depend on which render finishes first:
 * of several inputs with the same bytes the first keeps the plain hash and each later one gets a
 * hash salted with `saltOf` (the CLI uses the file's path, the server the upload's place and
 * name), so no two inputs share an output. An input with no hash (unreadable) has no identity.
 */
export function identify<T>(
  inputs: readonly T[],
  hashOf: (input: T) => string | undefined,
  saltOf: (input: T, index: number) => string,
): (Identity | undefined)[] {
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    const inputSha256 = hashOf(input);
    if (inputSha256 === undefined) return undefined;
    const nameHash = seen.has(inputSha256) ? saltedHash(inputSha256, saltOf(input, index)) : inputSha256;
    seen.add(inputSha256);
    return { inputSha256, nameHash };
  });
}

/** A hash told apart from `hash` by `salt`: another name for an input whose usual one is taken. */
export function saltedHash(hash: string, salt: string): string {
  return sha256(`${hash}\0${salt}`);
}

function stem(path: string): string {
  const name = basename(path.replaceAll("\\", "/"));
  return name.slice(0, name.length - extname(name).length);
}
