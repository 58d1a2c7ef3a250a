// `briefing export`'s run: inputs → a worker pool → outputs renamed into place → manifest.json.
// It runs on the export thread (export-thread.ts); what it says goes through `host`, drawn on
// stderr by the main thread, and only --json and the summary line go to stdout.

import { once, setMaxListeners } from "node:events";
import { join } from "node:path";
import { findTemplateDir, formatWarning, statementExtensions } from "@briefing/core/light";
import { CliError, EXIT_INPUT, EXIT_ON_SIGNAL } from "../cli-error.js";
import { checkWritableFolder, fsCliError } from "../io/path-errors.js";
import { reserveSpace } from "../io/space-reserve.js";
import { version } from "../version.js";
import { CacheKeys, environmentKey } from "./cache-key.js";
import { ChangeDetector } from "./changed.js";
import { expandInputs, sortInputs } from "./expand-inputs.js";
import type { ExportPlan } from "./export-options.js";
import { chooseJobs } from "./jobs.js";
import {
  type Manifest,
  manifestFileName,
  manifestJson,
  manifestTotals,
  type StopReason,
  writeManifest,
} from "./manifest.js";
import { OutFolder, removeLeftoverTempFiles } from "./out-folder.js";
import { createRenderPool } from "./pool.js";
import type { ExportProgress } from "./progress.js";
import { type ExportResult, identifyInputs, runExport } from "./run-export.js";
import { selectShard } from "./shard.js";

/** What the export needs from the thread that started it. */
export interface ExportHost {
  /** When the command started, as `performance.timeOrigin + performance.now()`: the manifest's time. */
  startedAt: number;
  /** Progress and every stderr line, in order. */
  progress: ExportProgress;
  /** Where --json and the summary line go. */
  stdout: NodeJS.WritableStream;
  /** Calls `stop` with the first SIGINT or SIGTERM; returns a function that stops listening. */
  onStop(stop: (signal: StopReason) => void): () => void;
}

/** Exports `args` as `plan` says; resolves with the exit code (1 when an input failed). */
export async function exportCommand(args: string[], plan: ExportPlan, host: ExportHost): Promise<number> {
  const { progress } = host;
  const { formats, requestedJobs, timeoutMs, maxMemoryMb, shard, outDir, pdfa, embedFonts } = plan;
  const { template, templatesDir } = plan;
  const templateOptions = templatesDir === undefined ? {} : { templatesDir };

  const expanded = await expandInputs(args, { extensions: statementExtensions, exclude: [outDir] });
  for (const pattern of expanded.unmatched) progress.log(`briefing: no file matches ${pattern}`);
  if (expanded.inputs.length === 0)
    throw new CliError("no statement files found in the inputs given", EXIT_INPUT);
  const everyInput = sortInputs(expanded.inputs);
  const inputs = selectShard(everyInput, shard);

  const templateDir = findTemplateDir(template, templateOptions);
  const config = { formats, template, ...templateOptions, pdfa, embedFonts };
  const keys = new CacheKeys(await environmentKey({ templateDir, template, version, pdfa, embedFonts }));

  // Checked before any work, so a read-only or mistyped --out fails in a second, not after the batch.
  await checkWritableFolder(outDir, true);
  await removeLeftoverTempFiles(outDir);
  const folder = await OutFolder.open(outDir, shard);
  const releaseReserve = await reserveSpace(outDir, inputs.length).catch((error: unknown) => {
    throw fsCliError(error, outDir);
  });
  const changed = plan.changed ? new ChangeDetector(folder.previous, outDir, keys) : undefined;

  const choice = chooseJobs(requestedJobs, { maxMemoryMb });
  if (choice.warning && !plan.quiet) progress.log(`briefing: ${choice.warning}`);
  const jobs = Math.min(choice.jobs, Math.max(1, inputs.length));
  const pool = createRenderPool({ jobs, maxMemoryMb });
  const stop = new AbortController();
  // Every running task listens to this signal: as many listeners as tasks is expected.
  setMaxListeners(0, stop.signal);
  const stopListening = host.onStop((signal) => stop.abort(signal));
  let templateChecked: Promise<void> | undefined;
  const checkTemplate = () => {
    templateChecked ??= pool.run({ kind: "template", template, ...templateOptions }).then((checked) => {
      if (!checked.ok) throw new CliError(checked.error.message, EXIT_INPUT);
      if (!plan.quiet)
        for (const warning of checked.warnings) progress.log(`briefing: ${formatWarning(warning)}`);
    });
    return templateChecked;
  };
  // Without --changed every input renders: the threads load the pipeline and check the
  // template while the inputs are hashed, instead of after. (A failed check ends the run at the
  // first input, as before.)
  if (!changed) checkTemplate().catch(() => {});
  progress.start(inputs.length);
  let result: ExportResult;
  try {
    const identities = identifyInputs(everyInput);
    result = await runExport({
      inputs,
      outDir,
      folder,
      identities,
      config,
      keys,
      pool,
      concurrency: jobs * 2,
      timeoutMs,
      ...(changed && { changed }),
      beforeRender: checkTemplate,
      stop,
      onEntry: (entry) => progress.entry(entry),
    });
  } finally {
    progress.stop();
    await pool.destroy();
    await removeLeftoverTempFiles(outDir, { ownToo: true });
  }

  if (result.stoppedBy === "disk full") {
    progress.log(
      `briefing: ${outDir}: the disk is full — stopped rendering; the manifest lists what was written. Free some space and run again with --changed`,
    );
  }
  try {
    await releaseReserve();
    const settled = await folder.settle(result.entries, { dropVanished: plan.changed });
    for (const path of settled.leftAlone) {
      progress.log(
        `briefing: ${join(outDir, path)}: a stale output was changed since briefing wrote it, so it is left in place — remove it if it is not needed`,
      );
    }
    const manifest: Manifest = {
      tool: { name: "briefing", version },
      options: { to: formats, template, ...templateOptions, pdfa, embedFonts },
      ...(shard && { shard }),
      interrupted: result.stoppedBy !== undefined,
      ...(result.stoppedBy && { stoppedBy: result.stoppedBy }),
      inputs: result.entries,
      kept: settled.kept,
      removed: settled.removed,
      totals: manifestTotals(result.entries, performance.timeOrigin + performance.now() - host.startedAt),
    };
    const manifestPath = await writeManifest(outDir, manifest);
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    if (plan.json) await writePieces(host.stdout, manifestJson(manifest, { peakRssBytes }));
    else if (!plan.quiet) host.stdout.write(`${summary(manifest, inputs.length)} → ${manifestPath}\n`);
  } catch (error) {
    throw fsCliError(error, join(outDir, manifestFileName(shard)));
  } finally {
    stopListening();
  }

  if (result.stoppedBy === "SIGINT" || result.stoppedBy === "SIGTERM")
    return EXIT_ON_SIGNAL[result.stoppedBy];
  if (result.stoppedBy === "disk full") return EXIT_INPUT;
  return result.entries.some((entry) => entry.status === "failed") ? EXIT_INPUT : 0;
}

/** Writes `pieces` to `stream` one by one, waiting whenever its buffer is full (a pipe to `jq`). */
async function writePieces(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) if (!stream.write(piece)) await once(stream, "drain");
}

function summary(manifest: Manifest, planned: number): string {
  const { totals } = manifest;
  const parts = [`${totals.rendered} rendered`];
  if (totals.unchanged) parts.push(`${totals.unchanged} unchanged`);
  if (totals.failed) parts.push(`${totals.failed} failed`);
  if (totals.warnings) parts.push(`${totals.warnings} warnings`);
  if (manifest.removed.length) parts.push(`${manifest.removed.length} stale files removed`);
  const stopped = { SIGINT: "interrupted", SIGTERM: "terminated", "disk full": "disk full" } as const;
  const of = manifest.stoppedBy
    ? `${stopped[manifest.stoppedBy]} after ${totals.inputs} of ${planned} inputs`
    : `${totals.inputs} inputs`;
  return `briefing: ${of}: ${parts.join(", ")}; ${totals.outputs} files in ${(totals.ms / 1000).toFixed(1)} s`;
}
