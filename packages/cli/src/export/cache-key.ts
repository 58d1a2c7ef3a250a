// `briefing export --changed` cache keys: SHA-256 of the input's bytes, template folder, CLI
// version, render options and font files (by path and size: cheaper than hashing them).

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { compareCodePoints } from "./expand-inputs.js";

/**
 * A hash of everything besides the input and fonts that shapes an output: every file of
 * the template folder (its Handlebars files and theme), the CLI version and the render options.
 */
export async function environmentKey(parts: {
  templateDir: string | undefined;
  template: string | undefined;
  version: string;
  pdfa: boolean;
  embedFonts: boolean;
}): Promise<string> {
  const hash = createHash("sha256");
  hash.update(
    JSON.stringify({
      version: parts.version,
      pdfa: parts.pdfa,
      embedFonts: parts.embedFonts,
      template: parts.template ?? "",
    }),
  );
  if (parts.templateDir) {
    const files = (await readdir(parts.templateDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort(compareCodePoints);
    for (const file of files) {
      hash.update(`\0${file.slice(parts.templateDir.length)}\0`);
      hash.update(await readFile(file));
    }
  }
  return hash.digest("hex");
}

/** The identity of font files (path and size): parsing them to hash would cost more than rendering. */
export async function fontsIdentity(paths: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const path of [...new Set(paths)].sort(compareCodePoints)) {
    const size = (await stat(path).catch(() => undefined))?.size ?? -1;
    hash.update(`${path}\0${size}\0`);
  }
  return hash.digest("hex");
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** SHA-256 of the file at `path`, or undefined when it cannot be read. */
export function hashFileSync(path: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return sha256(bytes);
}

/**
 * Cache keys of inputs: a hash of the input's bytes, the environment key and the
 * identity of the fonts it was set in. Font files are stat'ed once per run.
 */
export class CacheKeys {
  readonly #fonts = new Map<string, Promise<string>>();

  constructor(readonly environmentKey: string) {}

  /** The key of an input whose bytes hash to `inputSha256`, set in `fonts`. */
  async keyOf(inputSha256: string, fonts: readonly string[]): Promise<string> {
    return sha256(`${inputSha256}\0${this.environmentKey}\0${await this.#fontsKey(fonts)}`);
  }

  #fontsKey(fonts: readonly string[]): Promise<string> {
    const id = fonts.join("\0");
    let key = this.#fonts.get(id);
    if (!key) {
      key = fontsIdentity(fonts);
      this.#fonts.set(id, key);
    }
    return key;
  }
}
