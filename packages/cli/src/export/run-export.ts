// `briefing export` main loop: inputs → tasks on the worker pool, which write each output to a
// temporary file → outputs named and renamed into place, a manifest entry each; failures stay
// per file, a signal or a full disk stops the run cleanly.

import { unlink } from "node:fs/promises";
import { relative } from "node:path";
import { commitTempFile } from "@briefing/core/light";
import { isDiskFull } from "../io/path-errors.js";
import { type CacheKeys, hashFileSync } from "./cache-key.js";
import type { ChangeDetector } from "./changed.js";
import { errorInfo, taskFailure } from "./error-info.js";
import type { InputFile } from "./expand-inputs.js";
import type { ManifestEntry, ManifestOutput, StopReason } from "./manifest.js";
import type { OutFolder } from "./out-folder.js";
import { type Identity, identify, outputBaseName, outputPath, saltedHash } from "./output-names.js";
import type { RenderPool } from "./pool.js";
import type { ErrorInfo, ExportTaskResult, RenderConfig, WrittenFile } from "./render-task.js";
import { taskSignal } from "./task-signal.js";

export interface ExportRun {
  inputs: readonly InputFile[];
  outDir: string;
  /** Who owns which file in `outDir`; the run claims what it writes. */
  folder: OutFolder;
  config: RenderConfig;
  keys: CacheKeys;
  pool: RenderPool;
  /** Tasks handed to the pool at once; a little above the thread count keeps every thread busy. */
  concurrency: number;
  /**
   * The inputs' hashes and name hashes, from `identifyInputs` over every input of the export
   * (all shards, so copies are told apart the same way in each); computed from `inputs` if absent.
   */
  identities?: ReadonlyMap<InputFile, Identity>;
  /** Longest time one input may take to render, in milliseconds. */
  timeoutMs: number;
  changed?: ChangeDetector;
  /**
   * Awaited before each input is handed to the pool (the export's template check, which throws
   * to end the run); not for inputs `changed` finds unchanged, so a run with nothing to do starts no thread.
   */
  beforeRender?: () => Promise<void>;
  /**
   * Aborted with a `StopReason` by a signal: no new task starts, running ones are stopped,
   * finished ones are kept. The run aborts it itself, with "disk full", on the first ENOSPC.
   */
  stop: AbortController;
  onEntry?: (entry: ManifestEntry) => void;
}

export interface ExportResult {
  entries: ManifestEntry[];
  /** Set when the run stopped before every input was done. */
  stoppedBy?: StopReason;
}

/**
 * Renders every input on the pool and writes its outputs atomically as it finishes;
 * returns an entry per finished input (in input order), failures included.
 */
export async function runExport(run: ExportRun): Promise<ExportResult> {
  const identities = run.identities ?? identifyInputs(run.inputs);
  const entries = new Map<InputFile, ManifestEntry>();
  // Every input set in the same fonts shares one list: a worker sends a copy with each result,
  // and 10,000 copies of the same paths held for the manifest came to 9 MB (heap snapshot).
  const fontLists = new Map<string, string[]>();
  const sharedFonts = (fonts: string[]) => {
    const key = fonts.join("\n");
    const shared = fontLists.get(key);
    if (shared) return shared;
    fontLists.set(key, fonts);
    return fonts;
  };
  const batch = batchSize(run.inputs.length, run.concurrency);
  let next = 0;
  const lane = async () => {
    while (!run.stop.signal.aborted && next < run.inputs.length) {
      const group = run.inputs.slice(next, next + batch);
      next += group.length;
      const done = await exportGroup(run, group, identities, sharedFonts);
      for (const [input, entry] of done) {
        entries.set(input, entry);
        // Once stopped, a failure is the stop itself (said once by the caller), not the input's fault.
        if (!run.stop.signal.aborted || entry.status !== "failed") run.onEntry?.(entry);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, run.concurrency) }, lane));
  const finished = run.inputs.flatMap((input) => entries.get(input) ?? []);
  return {
    entries: finished,
    ...(run.stop.signal.aborted && { stoppedBy: run.stop.signal.reason as StopReason }),
  };
}

/**
 * Hashes every input's bytes before any render, so names are decided in input order (see
 * `identify`); a copy of an earlier input is told apart by its path. Blocking reads: the export
 * thread has nothing else to do yet, and through the I/O pool each file took four round trips
 * between threads.
 */
export function identifyInputs(inputs: readonly InputFile[]): Map<InputFile, Identity> {
  const found = identify(
    inputs,
    (input) => hashFileSync(input.path),
    (input) => input.path,
  );
  const identities = new Map<InputFile, Identity>();
  inputs.forEach((input, index) => {
    const identity = found[index];
    if (identity) identities.set(input, identity);
  });
  return identities;
}

/**
 * The most inputs a lane takes at a time: those to render go to one thread as one task, which
 * takes them through each stage together (`renderInputs`). Exports of 3,000 statements side by
 * side (`--jobs 2` each): batches of 8 took 8–9 % less CPU and wall time than one input at a
 * time, 16 another 2–6 %, 32 another 2–4 % of CPU but no less wall time and up to 6 MB more
 * (bench/results.md, issue 15 step 39).
 */
export const EXPORT_BATCH = 16;

/**
 * Inputs per batch: `EXPORT_BATCH`, or fewer so that each lane (two a thread) gets at least two
 * batches — a small export is shared out between the threads as it was one input at a time.
 */
export function batchSize(inputs: number, lanes: number): number {
  return Math.max(1, Math.min(EXPORT_BATCH, Math.floor(inputs / (2 * Math.max(1, lanes)))));
}

/**
 * Exports `group`'s inputs (unchanged ones are only listed) and returns their entries in order;
 * an input stopped before it was done has none.
 */
async function exportGroup(
  run: ExportRun,
  group: readonly InputFile[],
  identities: ReadonlyMap<InputFile, Identity>,
  sharedFonts: (fonts: string[]) => string[],
): Promise<[InputFile, ManifestEntry][]> {
  const entries = new Map<InputFile, ManifestEntry>();
  const toRender: InputFile[] = [];
  for (const input of group) {
    const unchanged = await run.changed?.unchanged(
      input,
      run.config.formats,
      identities.get(input)?.inputSha256,
    );
    if (unchanged) entries.set(input, unchanged);
    else {
      await run.beforeRender?.();
      toRender.push(input);
    }
  }
  const results = await renderGroup(run, toRender);
  // Every result is finished, even after a stop, so no temporary file is left behind; each
  // claims its names before its first wait, so in input order, and they commit side by side.
  await Promise.all(
    toRender.map(async (input, index) => {
      const result = results[index];
      const entry = result && (await finishOne(run, input, identities.get(input), result, sharedFonts));
      if (entry) entries.set(input, entry);
    }),
  );
  return group.flatMap((input): [InputFile, ManifestEntry][] => {
    const entry = entries.get(input);
    return entry ? [[input, entry]] : [];
  });
}

/**
 * Renders `inputs` on one thread as one task. Should that task fail as a whole (a time limit,
 * a thread out of memory), each input is rendered alone, so only the one at fault fails, with
 * its own reason. A stopped input has no result.
 */
async function renderGroup(
  run: ExportRun,
  inputs: readonly InputFile[],
): Promise<(ExportTaskResult | undefined)[]> {
  if (inputs.length === 1) return [await renderOne(run, inputs[0] as InputFile)];
  if (inputs.length === 0) return [];
  const task = taskSignal(run.timeoutMs * inputs.length, run.stop.signal);
  try {
    return await run.pool.run(
      {
        kind: "exports",
        tasks: inputs.map((input) => ({
          kind: "export",
          file: input.display,
          config: run.config,
          outDir: run.outDir,
        })),
      },
      task.signal,
    );
  } catch {
    if (run.stop.signal.aborted) return inputs.map(() => undefined);
  } finally {
    task.release();
  }
  const results: (ExportTaskResult | undefined)[] = [];
  for (const input of inputs) results.push(await renderOne(run, input));
  return results;
}

/** Renders one input on the pool; its failure as a result, none once the export is stopped. */
async function renderOne(run: ExportRun, input: InputFile): Promise<ExportTaskResult | undefined> {
  const task = taskSignal(run.timeoutMs, run.stop.signal);
  try {
    return await run.pool.run(
      { kind: "export", file: input.display, config: run.config, outDir: run.outDir },
      task.signal,
    );
  } catch (error) {
    // A stopped task is not a failed input: it is simply not in the manifest.
    if (run.stop.signal.aborted) return undefined;
    const limits = { timeoutMs: run.timeoutMs, timedOut: task.timedOut() };
    return { ok: false, error: taskFailure(error, input.display, limits), warnings: [], ms: 0 };
  } finally {
    task.release();
  }
}

/** Names and renames `result`'s outputs into place: `input`'s manifest entry, none if stopped. */
async function finishOne(
  run: ExportRun,
  input: InputFile,
  identity: Identity | undefined,
  result: ExportTaskResult,
  sharedFonts: (fonts: string[]) => string[],
): Promise<ManifestEntry | undefined> {
  const done = { warnings: result.warnings, ms: Math.round(result.ms) };
  const outputs: ManifestOutput[] = [];
  const failed = (error: ErrorInfo, inputSha256?: string): ManifestEntry => ({
    input: input.display,
    relative: input.relative,
    path: input.path,
    ...(inputSha256 && { inputSha256 }),
    status: "failed",
    outputs,
    error,
    ...done,
  });
  if (!result.ok) {
    if (!result.diskFull) return failed(result.error);
    return run.stop.signal.aborted ? undefined : diskFull(run, input, failed, identity?.inputSha256);
  }
  // Stopped between two outputs of one input: the files written are on disk, so they are listed.
  const unfinished = () =>
    outputs.length === 0
      ? undefined
      : failed({
          file: input.display,
          message: `${input.display}: stopped (${String(run.stop.signal.reason)}) before all its outputs were written`,
        });
  // Temporary files not renamed into place are removed, whatever the way out.
  const pending = new Set<WrittenFile>(result.outputs);
  try {
    if (!identity)
      return failed({ file: input.display, message: `${input.display}: the file vanished while rendering` });
    const { inputSha256 } = identity;
    try {
      const name = ownName(run, input, result.statement, identity, result.outputs);
      for (const output of result.outputs) {
        if (run.stop.signal.aborted) return unfinished();
        const path = outputPath(run.outDir, name, output.extension);
        await commitTempFile(output.temp, path);
        pending.delete(output);
        outputs.push({
          format: output.format,
          path: relative(run.outDir, path),
          sha256: output.sha256,
          bytes: output.size,
          ...(output.pages !== undefined && { pages: output.pages }),
        });
      }
      const fonts = sharedFonts(result.fonts);
      const cacheKey = await run.keys.keyOf(inputSha256, fonts);
      return {
        input: input.display,
        relative: input.relative,
        path: input.path,
        inputSha256,
        status: "rendered",
        cacheKey,
        fonts,
        outputs,
        ...done,
      };
    } catch (error) {
      if (isDiskFull(error))
        return run.stop.signal.aborted ? unfinished() : diskFull(run, input, failed, inputSha256);
      return failed(errorInfo(error, input.display), inputSha256);
    }
  } finally {
    await Promise.all([...pending].map((output) => unlink(output.temp).catch(() => {})));
  }
}

type Failed = (error: ErrorInfo, inputSha256?: string) => ManifestEntry;

/**
 * Every later write would fail the same way: stop, and keep the disk's last bytes for the
 * manifest. Inputs caught by the same full disk after the first are unfinished, not failed.
 */
function diskFull(
  run: ExportRun,
  input: InputFile,
  failed: Failed,
  inputSha256: string | undefined,
): ManifestEntry {
  run.stop.abort("disk full" satisfies StopReason);
  return failed(
    {
      file: input.display,
      message: `${input.display}: not written: ${run.outDir}: the disk is full — free some space and run again with --changed`,
    },
    inputSha256,
  );
}

/**
 * The base name for `input`'s outputs, claimed at once so no other input of the run takes it:
 * the usual one, unless an earlier run wrote a file of that name for another input (a copy of
 * this file elsewhere), then one whose hash is salted with this input's path.
 */
function ownName(
  run: ExportRun,
  input: InputFile,
  statement: Parameters<typeof outputBaseName>[0],
  identity: Identity,
  outputs: readonly { extension: string }[],
): string {
  for (const hash of [identity.nameHash, saltedHash(identity.nameHash, input.path)]) {
    const name = outputBaseName(statement, input.relative, hash);
    const paths = outputs.map((o) => `${name}${o.extension}`);
    if (paths.some((path) => run.folder.isTakenByAnother(path, input))) continue;
    for (const path of paths) run.folder.claim(path, input, identity.inputSha256);
    return name;
  }
  throw new Error(
    `every name for its outputs is taken by another input in ${run.outDir} — export it into another folder`,
  );
}
