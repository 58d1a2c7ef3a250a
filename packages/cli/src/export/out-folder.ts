// `briefing export` output folder: its manifests → which input owns each file, so a run never
// overwrites another input's output, removes only its own stale ones and clears leftover temps.

import { readdir, readFile, stat, unlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { isAtomicTempFile } from "@briefing/core/light";
import { sha256 } from "./cache-key.js";
import type { InputFile } from "./expand-inputs.js";
import {
  type Manifest,
  type ManifestEntry,
  type ManifestOutput,
  manifestFileName,
  readAllManifests,
} from "./manifest.js";
import type { Shard } from "./shard.js";

/** Who wrote an output: the input's real path and the hash of its bytes. */
interface Owner {
  path: string;
  inputSha256: string | undefined;
}

/** What became of the outputs of earlier runs once this run has finished. */
export interface Settlement {
  /** Earlier entries still owning files in the folder (see `Manifest.kept`). */
  kept: ManifestEntry[];
  /** Outputs removed as stale, relative to the folder. */
  removed: string[];
  /** Stale outputs left in place because they changed since briefing wrote them. */
  leftAlone: string[];
}

/**
 * The output folder as the manifests in it describe it: which input owns each file, so a
 * run never overwrites another input's output and can clear away its own stale ones.
 * Every shard's manifest is read for ownership; only this shard's is carried forward.
 */
export class OutFolder {
  readonly #owners = new Map<string, Owner>();
  readonly #otherShards = new Set<string>();
  readonly #previous: ManifestEntry[];

  private constructor(
    readonly dir: string,
    manifests: { name: string; manifest: Manifest }[],
    ownName: string,
  ) {
    const own = manifests.find((m) => m.name === ownName)?.manifest;
    this.#previous = own ? [...own.inputs, ...own.kept] : [];
    for (const { name, manifest } of manifests) {
      for (const entry of [...manifest.inputs, ...manifest.kept]) {
        for (const output of entry.outputs) {
          this.#owners.set(output.path, ownerOf(entry));
          if (name !== ownName) this.#otherShards.add(output.path);
        }
      }
    }
  }

  static async open(dir: string, shard: Shard | undefined): Promise<OutFolder> {
    return new OutFolder(dir, await readAllManifests(dir), manifestFileName(shard));
  }

  /** This shard's entries from the previous run (rendered and kept ones), for `--changed`. */
  get previous(): readonly ManifestEntry[] {
    return this.#previous;
  }

  /**
   * True when `outputPath` (relative to the folder) belongs to another input file: writing it
   * would destroy that input's output. (Names carry the hash of the input's bytes, so the
   * owner is a copy of this file elsewhere, or, once in billions, a hash prefix collision.)
   */
  isTakenByAnother(outputPath: string, input: InputFile): boolean {
    const owner = this.#owners.get(outputPath);
    return owner !== undefined && owner.path !== input.path;
  }

  /** Records that this run wrote `outputPath` for `input`, so later inputs of the run see it. */
  claim(outputPath: string, input: InputFile, inputSha256: string): void {
    this.#owners.set(outputPath, { path: input.path, inputSha256 });
  }

  /**
   * Settles the previous run's entries against this run's: an input rendered again leaves its
   * old outputs stale when their names changed; an input not rendered this time is kept with
   * the outputs still present — unless `dropVanished` is set (`--changed`) and the input no
   * longer exists, when its outputs are stale too. A stale output is removed only when it is
   * byte for byte what briefing wrote and no other entry (of this run, kept, or another
   * shard's manifest) names it.
   */
  async settle(current: readonly ManifestEntry[], options: { dropVanished: boolean }): Promise<Settlement> {
    // The formats each input was written in by this run.
    const done = new Map<string, Set<string>>();
    for (const entry of current) {
      if (entry.status !== "failed") done.set(entry.path, new Set(entry.outputs.map((o) => o.format)));
    }
    const kept: ManifestEntry[] = [];
    const stale: ManifestOutput[] = [];
    for (const entry of this.#previous) {
      const path = ownerOf(entry).path;
      const formats = done.get(path);
      if (options.dropVanished && !(await exists(path))) {
        stale.push(...entry.outputs);
        continue;
      }
      // A format this run did not ask for stays as it was (`--to pdf` leaves the Word files).
      const others = formats ? entry.outputs.filter((o) => !formats.has(o.format)) : entry.outputs;
      if (formats) stale.push(...entry.outputs.filter((o) => formats.has(o.format)));
      const present = [];
      for (const output of others) {
        if (await exists(join(this.dir, output.path))) present.push(output);
      }
      if (present.length > 0) kept.push({ ...entry, outputs: present });
    }
    const inUse = new Set([...current, ...kept].flatMap((e) => e.outputs.map((o) => o.path)));
    const removed: string[] = [];
    const leftAlone: string[] = [];
    for (const output of stale) {
      if (inUse.has(output.path) || this.#otherShards.has(output.path) || removed.includes(output.path))
        continue;
      const file = join(this.dir, output.path);
      const bytes = await readFile(file).catch(() => undefined);
      if (!bytes) continue;
      if (sha256(bytes) !== output.sha256) {
        leftAlone.push(output.path);
        continue;
      }
      await unlink(file);
      removed.push(output.path);
    }
    return { kept, removed, leftAlone };
  }
}

/**
 * Removes the temporary files an interrupted run left (a kill -9, a power cut): those whose
 * writer process is gone, or older than a day in case its process id was reused. With `ownToo`,
 * once this process's workers are stopped, also its own: a worker stopped mid-write (a time
 * limit, a signal) leaves its temporary file to nobody. Returns their names.
 */
export async function removeLeftoverTempFiles(dir: string, { ownToo = false } = {}): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!isAtomicTempFile(name)) continue;
    const pid = Number(name.split(".").at(-3));
    const file = join(dir, name);
    const age = Date.now() - ((await stat(file).catch(() => undefined))?.mtimeMs ?? Date.now());
    const own = pid === process.pid;
    if ((own && ownToo) || (!own && (!isAlive(pid) || age > 24 * 3600_000))) {
      await unlink(file).catch(() => {});
      removed.push(name);
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function ownerOf(entry: ManifestEntry): Owner {
  // Manifests written before `path` existed name inputs relative to the cwd of their run.
  return { path: entry.path ?? resolve(entry.input), inputSha256: entry.inputSha256 };
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}
