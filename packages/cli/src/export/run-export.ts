import { mkdir } from "node:fs/promises";
import { relative } from "node:path";
import { writeFileAtomic } from "@briefing/core";
import { type CacheKeys, sha256 } from "./cache-key.js";
import type { ChangeDetector } from "./changed.js";
import { errorInfo } from "./error-info.js";
import type { InputFile } from "./expand-inputs.js";
import type { ManifestEntry, ManifestOutput } from "./manifest.js";
import { outputBaseName, outputPath } from "./output-names.js";
import type { RenderPool } from "./pool.js";
import type { ErrorInfo, RenderConfig, RenderResult } from "./render-task.js";

export interface ExportRun {
  inputs: readonly InputFile[];
  outDir: string;
  config: RenderConfig;
  keys: CacheKeys;
  pool: RenderPool;
  /** Tasks handed to the pool at once; a little above the thread count keeps every thread busy. */
  concurrency: number;
  changed?: ChangeDetector;
  /** Ctrl-C: no new task starts, running ones are stopped, finished ones are kept. */
  signal?: AbortSignal;
  onEntry?: (entry: ManifestEntry) => void;
}

/**
 * Renders every input on the pool and writes its outputs atomically as it finishes;
 * returns an entry per finished input (in input order), failures included.
 */
export async function runExport(run: ExportRun): Promise<{ entries: ManifestEntry[]; interrupted: boolean }> {
  await mkdir(run.outDir, { recursive: true });
  const entries = new Map<InputFile, ManifestEntry>();
  let next = 0;
  const lane = async () => {
    while (!run.signal?.aborted) {
      const input = run.inputs[next++];
      if (!input) return;
      const entry = await exportOne(run, input);
      if (!entry) return;
      entries.set(input, entry);
      run.onEntry?.(entry);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, run.concurrency) }, lane));
  const finished = run.inputs.flatMap((input) => entries.get(input) ?? []);
  return { entries: finished, interrupted: run.signal?.aborted === true };
}

async function exportOne(run: ExportRun, input: InputFile): Promise<ManifestEntry | undefined> {
  const unchanged = await run.changed?.unchanged(input, run.config.formats);
  if (unchanged) return unchanged;
  let result: RenderResult;
  try {
    result = await run.pool.run({ file: input.display, config: run.config }, run.signal);
  } catch (error) {
    // A stopped task is not a failed input: it is simply not in the manifest.
    if (run.signal?.aborted) return undefined;
    result = { ok: false, error: errorInfo(error, input.display), warnings: [], ms: 0 };
  }
  const done = { warnings: result.warnings, ms: Math.round(result.ms) };
  const failed = (error: ErrorInfo): ManifestEntry => ({
    input: input.display,
    relative: input.relative,
    status: "failed",
    outputs: [],
    error,
    ...done,
  });
  if (!result.ok) return failed(result.error);
  try {
    const name = outputBaseName(result.statement, input.relative);
    const outputs: ManifestOutput[] = [];
    for (const output of result.outputs) {
      const path = outputPath(run.outDir, name, output.extension);
      await writeFileAtomic(path, output.bytes);
      outputs.push({
        format: output.format,
        path: relative(run.outDir, path),
        sha256: sha256(output.bytes),
        bytes: output.bytes.byteLength,
        ...(output.pages !== undefined && { pages: output.pages }),
      });
    }
    const cacheKey = await run.keys.keyOf(input.path, result.fonts);
    return {
      input: input.display,
      relative: input.relative,
      status: "rendered",
      ...(cacheKey && { cacheKey }),
      fonts: result.fonts,
      outputs,
      ...done,
    };
  } catch (error) {
    return failed(errorInfo(error, input.display));
  }
}
