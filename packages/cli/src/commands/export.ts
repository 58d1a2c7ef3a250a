// `briefing export`: a folder of statements → PDF and Word files plus manifest.json, on a worker
// pool; per-file errors are reported in one line each and never stop the rest.

import { once, setMaxListeners } from "node:events";
import { join, resolve } from "node:path";
import { findTemplateDir, formatWarning, statementExtensions } from "@briefing/core/light";
import type { Command } from "commander";
import { CliError, EXIT_INPUT, EXIT_USAGE, positiveInteger } from "../cli-error.js";
import { CacheKeys, environmentKey } from "../export/cache-key.js";
import { ChangeDetector } from "../export/changed.js";
import { expandInputs, sortInputs } from "../export/expand-inputs.js";
import { chooseJobs } from "../export/jobs.js";
import {
  type Manifest,
  manifestFileName,
  manifestJson,
  manifestTotals,
  type StopReason,
  writeManifest,
} from "../export/manifest.js";
import { OutFolder, removeLeftoverTempFiles } from "../export/out-folder.js";
import { createRenderPool } from "../export/pool.js";
import { createProgress } from "../export/progress.js";
import { type ExportResult, identifyInputs, runExport } from "../export/run-export.js";
import { parseShard, selectShard } from "../export/shard.js";
import { checkWritableFolder, fsCliError } from "../io/path-errors.js";
import { reserveSpace } from "../io/space-reserve.js";
import { outputFormats } from "../outputs/index.js";
import { version } from "../version.js";
import {
  chosenLimits,
  chosenTemplate,
  embedFontsOption,
  inputsArgument,
  limitOptions,
  pdfaOption,
  quietOption,
  templateOptions,
} from "./shared-options.js";

const DEFAULT_TEMPLATE = "briefing";

interface ExportOptions {
  out: string;
  to: string;
  template?: string;
  templates?: string;
  jobs?: string;
  timeout: string;
  maxMemory: string;
  changed?: boolean;
  shard?: string;
  json?: boolean;
  verbose?: boolean;
  quiet?: boolean;
  pdfa?: boolean;
  embedFonts?: boolean;
}

/** Exit codes after a signal, as shells report a death by that signal (128 + its number). */
const EXIT_ON_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;

export function registerExport(program: Command): void {
  const command = program
    .command("export")
    .description("Render many statements to PDF and Word on all cores, with a manifest of what was written.");
  inputsArgument(command)
    .requiredOption("-o, --out <dir>", "directory to write the outputs and manifest.json to")
    .option("--to <formats>", "comma-separated output formats: pdf, docx", "pdf,docx");
  templateOptions(command, DEFAULT_TEMPLATE).option(
    "-j, --jobs <n>",
    "worker threads (default: the number of cores, fewer if memory is short)",
  );
  limitOptions(command, "one input")
    .option("--changed", "skip inputs whose outputs are up to date; remove outputs of deleted inputs")
    .option(
      "--shard <i/n|auto>",
      "render only shard i of n (1-based), for splitting across machines; auto (or auto/n) reads the index " +
        "from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX) or a CI matrix (CI_NODE_INDEX/CI_NODE_TOTAL, " +
        "CIRCLE_NODE_*, BUILDKITE_PARALLEL_JOB*, SEMAPHORE_JOB_*, BRIEFING_SHARD_INDEX/COUNT)",
    )
    .option("--json", "print the manifest as JSON on stdout")
    .option("-v, --verbose", "one line per file");
  quietOption(command);
  pdfaOption(command);
  embedFontsOption(command).action(async (inputs: string[], options: ExportOptions) => {
    process.exitCode = await exportCommand(inputs, options);
  });
}

async function exportCommand(args: string[], options: ExportOptions): Promise<number> {
  const started = performance.now();
  const formats = parseFormats(options.to);
  const requestedJobs = options.jobs === undefined ? undefined : positiveInteger("--jobs", options.jobs);
  const { timeoutMs, maxMemoryMb } = chosenLimits(options);
  if (options.verbose && options.quiet)
    throw new CliError("--verbose and --quiet exclude each other", EXIT_USAGE);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const outDir = resolve(options.out);

  const expanded = await expandInputs(args, { extensions: statementExtensions, exclude: [outDir] });
  for (const pattern of expanded.unmatched) process.stderr.write(`briefing: no file matches ${pattern}\n`);
  if (expanded.inputs.length === 0)
    throw new CliError("no statement files found in the inputs given", EXIT_INPUT);
  const everyInput = sortInputs(expanded.inputs);
  const inputs = selectShard(everyInput, shard);

  const { template, ...templateOptions } = chosenTemplate(options, DEFAULT_TEMPLATE);
  const templateDir = findTemplateDir(template, templateOptions);
  const pdfa = options.pdfa === true;
  const embedFonts = options.embedFonts === true;
  if (embedFonts && !formats.includes("docx"))
    throw new CliError("--embed-fonts only applies to Word files: add docx to --to", EXIT_USAGE);
  const config = { formats, template, ...templateOptions, pdfa, embedFonts };
  const keys = new CacheKeys(await environmentKey({ templateDir, template, version, pdfa, embedFonts }));

  // Checked before any work, so a read-only or mistyped --out fails in a second, not after the batch.
  await checkWritableFolder(outDir, true);
  await removeLeftoverTempFiles(outDir);
  const folder = await OutFolder.open(outDir, shard);
  const releaseReserve = await reserveSpace(outDir, inputs.length).catch((error: unknown) => {
    throw fsCliError(error, outDir);
  });
  const changed = options.changed ? new ChangeDetector(folder.previous, outDir, keys) : undefined;
  const identities = await identifyInputs(everyInput);

  const choice = chooseJobs(requestedJobs, { maxMemoryMb });
  if (choice.warning && !options.quiet) process.stderr.write(`briefing: ${choice.warning}\n`);
  const jobs = Math.min(choice.jobs, Math.max(1, inputs.length));
  const progress = createProgress({ verbose: options.verbose === true, quiet: options.quiet === true });
  const pool = createRenderPool({ jobs, maxMemoryMb });
  const stop = new AbortController();
  // Every running task listens to this signal: as many listeners as tasks is expected.
  setMaxListeners(0, stop.signal);
  const onSignal = (signal: keyof typeof EXIT_ON_SIGNAL) => {
    if (stop.signal.aborted) process.exit(EXIT_ON_SIGNAL[signal]);
    progress.log(
      `briefing: ${signal === "SIGINT" ? "interrupted" : "terminated"} — stopping workers, keeping finished files and writing the manifest (${signal === "SIGINT" ? "Ctrl-C" : "the signal"} again to quit now)`,
    );
    stop.abort(signal satisfies StopReason);
  };
  const onSigint = () => onSignal("SIGINT");
  const onSigterm = () => onSignal("SIGTERM");
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigterm);
  // A broken template would fail every file the same way: it is compiled once, on a worker (the
  // main thread loads no Handlebars: docs/architecture.md, "Two entry points"), before the first
  // render, and a failure ends the run before any input is rendered.
  let templateChecked: Promise<void> | undefined;
  const checkTemplate = () => {
    templateChecked ??= pool.run({ kind: "template", template, ...templateOptions }).then((checked) => {
      if (!checked.ok) throw new CliError(checked.error.message, EXIT_INPUT);
      if (!options.quiet)
        for (const warning of checked.warnings) progress.log(`briefing: ${formatWarning(warning)}`);
    });
    return templateChecked;
  };
  progress.start(inputs.length);
  let result: ExportResult;
  try {
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
    process.stderr.write(
      `briefing: ${outDir}: the disk is full — stopped rendering; the manifest lists what was written. Free some space and run again with --changed\n`,
    );
  }
  try {
    await releaseReserve();
    const settled = await folder.settle(result.entries, { dropVanished: options.changed === true });
    for (const path of settled.leftAlone) {
      process.stderr.write(
        `briefing: ${join(outDir, path)}: a stale output was changed since briefing wrote it, so it is left in place — remove it if it is not needed\n`,
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
      totals: manifestTotals(result.entries, performance.now() - started),
    };
    const manifestPath = await writeManifest(outDir, manifest);
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    if (options.json) await writePieces(process.stdout, manifestJson(manifest, { peakRssBytes }));
    else if (!options.quiet) process.stdout.write(`${summary(manifest, inputs.length)} → ${manifestPath}\n`);
  } catch (error) {
    throw fsCliError(error, join(outDir, manifestFileName(shard)));
  } finally {
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigterm);
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

function parseFormats(text: string): string[] {
  const formats = [
    ...new Set(
      text
        .split(",")
        .map((f) => f.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const known = Object.keys(outputFormats);
  const unknown = formats.filter((f) => !known.includes(f));
  if (formats.length === 0 || unknown.length > 0) {
    throw new CliError(`--to expects a list of ${known.join(", ")} (got "${text}")`, EXIT_USAGE);
  }
  return formats;
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
