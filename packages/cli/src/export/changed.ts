// `briefing export --changed`: previous manifest entries → the inputs to skip, those with the
// same cache key whose every requested output is still on disk with its recorded SHA-256.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type CacheKeys, sha256 } from "./cache-key.js";
import type { InputFile } from "./expand-inputs.js";
import type { ManifestEntry } from "./manifest.js";

/**
 * Decides which inputs `--changed` may skip: those the previous manifest recorded as
 * rendered with the same cache key (input bytes, template files, theme, fonts, CLI
 * version) and whose every requested output is still on disk with the recorded hash.
 */
export class ChangeDetector {
  readonly #previous = new Map<string, ManifestEntry>();
  constructor(
    previous: readonly ManifestEntry[],
    readonly outDir: string,
    readonly keys: CacheKeys,
  ) {
    // By the input's real path: adding or moving other files changes nothing for this one.
    for (const entry of previous) this.#previous.set(entry.path, entry);
  }

  /**
   * The previous entry, marked unchanged, when `input` (whose bytes hash to `inputSha256`, as
   * the run already computed to name it) needs no work; else undefined.
   */
  async unchanged(
    input: InputFile,
    formats: readonly string[],
    inputSha256: string | undefined,
  ): Promise<ManifestEntry | undefined> {
    const entry = this.#previous.get(input.path);
    if (!entry || entry.status === "failed" || !entry.cacheKey || !entry.fonts) return undefined;
    const outputs = formats.map((format) => entry.outputs.find((output) => output.format === format));
    if (outputs.some((output) => output === undefined)) return undefined;
    if (!inputSha256 || (await this.keys.keyOf(inputSha256, entry.fonts)) !== entry.cacheKey)
      return undefined;
    for (const output of outputs) {
      const bytes = output && (await readFile(join(this.outDir, output.path)).catch(() => undefined));
      if (!bytes || sha256(bytes) !== output?.sha256) return undefined;
    }
    return {
      ...entry,
      input: input.display,
      relative: input.relative,
      status: "unchanged",
      outputs: outputs.filter((output) => output !== undefined),
      ms: 0,
    };
  }
}
