// `briefing export` manifest.json (manifest-i-of-n.json per shard): its shape, totals, reading
// and atomic writing; the record of every input, its outputs and errors, carried across runs.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Warning, writeFileAtomic } from "@briefing/core/light";
import type { ErrorInfo } from "./render-task.js";
import type { Shard } from "./shard.js";

/** One file written for an input. */
export interface ManifestOutput {
  format: string;
  /** Relative to the output directory. */
  path: string;
  sha256: string;
  bytes: number;
  pages?: number;
}

/** What happened to one input. */
export interface ManifestEntry {
  /** The input as given on the command line (relative to the cwd when inside it). */
  input: string;
  /** The input relative to the folder argument it was found in: what shards are made from. */
  relative: string;
  /** The input's absolute path, links resolved: which input an output belongs to, across runs. */
  path: string;
  /** SHA-256 of the input's bytes (absent when it could not be read): output names carry its start. */
  inputSha256?: string;
  status: "rendered" | "unchanged" | "failed";
  /** Hash of the input, template, theme, fonts and CLI version (absent for failures). */
  cacheKey?: string;
  /** Font files the outputs were set in, re-checked by `--changed`. */
  fonts?: string[];
  outputs: ManifestOutput[];
  warnings: Warning[];
  error?: ErrorInfo;
  /** Time spent on this input, in milliseconds (0 when unchanged). */
  ms: number;
}

export interface ManifestTotals {
  inputs: number;
  rendered: number;
  unchanged: number;
  failed: number;
  outputs: number;
  bytes: number;
  pages: number;
  warnings: number;
  /** Wall-clock time of the export, in milliseconds. */
  ms: number;
}

/** `out/manifest.json`: every input of the export, what became of it, and totals. */
export interface Manifest {
  tool: { name: "briefing"; version: string };
  options: { to: string[]; template: string; templatesDir?: string; pdfa: boolean; embedFonts: boolean };
  shard?: Shard;
  /** True when a signal or a full disk stopped the export: the entries are what finished. */
  interrupted: boolean;
  /** What stopped it: `SIGINT` (Ctrl-C), `SIGTERM` (a cancelled job) or `disk full`. */
  stoppedBy?: StopReason;
  inputs: ManifestEntry[];
  /**
   * Inputs of earlier exports into the same folder that this run did not render again, whose
   * outputs are still there: the manifest accounts for every file briefing wrote in the folder.
   */
  kept: ManifestEntry[];
  /** Outputs of earlier runs this run removed as stale (relative to the output folder). */
  removed: string[];
  totals: ManifestTotals;
}

export type StopReason = "SIGINT" | "SIGTERM" | "disk full";

/** `manifest.json`, or `manifest-2-of-4.json` for a shard, so shards sharing a directory never clash. */
export function manifestFileName(shard: Shard | undefined): string {
  return shard && shard.count > 1 ? `manifest-${shard.index}-of-${shard.count}.json` : "manifest.json";
}

export function manifestTotals(entries: readonly ManifestEntry[], ms: number): ManifestTotals {
  const totals: ManifestTotals = {
    inputs: entries.length,
    rendered: 0,
    unchanged: 0,
    failed: 0,
    outputs: 0,
    bytes: 0,
    pages: 0,
    warnings: 0,
    ms: Math.round(ms),
  };
  for (const entry of entries) {
    totals[entry.status]++;
    totals.warnings += entry.warnings.length;
    for (const output of entry.outputs) {
      totals.outputs++;
      totals.bytes += output.bytes;
      totals.pages += output.pages ?? 0;
    }
  }
  return totals;
}

/** The previous manifest in `outDir`, or undefined when there is none or it is unreadable. */
export async function readManifest(outDir: string, shard: Shard | undefined): Promise<Manifest | undefined> {
  return readManifestFile(join(outDir, manifestFileName(shard)));
}

/** Every manifest in `outDir` (all shards'), each with its file name. */
export async function readAllManifests(outDir: string): Promise<{ name: string; manifest: Manifest }[]> {
  const names = (await readdir(outDir).catch(() => [] as string[])).filter((name) =>
    MANIFEST_NAME.test(name),
  );
  const read = await Promise.all(
    names.sort().map(async (name) => ({ name, manifest: await readManifestFile(join(outDir, name)) })),
  );
  return read.flatMap(({ name, manifest }) => (manifest ? [{ name, manifest }] : []));
}

export const MANIFEST_NAME = /^manifest(-\d+-of-\d+)?\.json$/;

async function readManifestFile(path: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path, "utf8")) as Manifest;
    if (!Array.isArray(manifest.inputs)) return undefined;
    return { ...manifest, kept: Array.isArray(manifest.kept) ? manifest.kept : [] };
  } catch {
    return undefined;
  }
}

export async function writeManifest(outDir: string, manifest: Manifest): Promise<string> {
  const path = join(outDir, manifestFileName(manifest.shard));
  await writeFileAtomic(path, manifestJson(manifest));
  return path;
}

/**
 * `JSON.stringify({ ...manifest, ...extra }, null, 2)` and a newline, in pieces of one entry:
 * 10,000 entries make 50 MB of JSON, which as one string (and its bytes) was the export's peak
 * of memory. The pieces put together are exactly that text.
 */
export function* manifestJson(manifest: Manifest, extra: Record<string, unknown> = {}): Generator<string> {
  const fields = Object.entries({ ...manifest, ...extra }).filter(([, value]) => value !== undefined);
  yield "{";
  for (const [index, [key, value]] of fields.entries()) {
    yield `${index === 0 ? "" : ","}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield "[";
      for (const [at, item] of value.entries())
        yield `${at === 0 ? "" : ","}\n    ${indented(JSON.stringify(item, null, 2), "    ")}`;
      yield "\n  ]";
    } else {
      yield indented(JSON.stringify(value, null, 2), "  ");
    }
  }
  yield "\n}\n";
}

/** JSON.stringify's text of a nested value: every line after the first indented one level more. */
function indented(json: string, indent: string): string {
  return json.replaceAll("\n", `\n${indent}`);
}
