// `briefing export`: a folder of statements → PDF and Word files plus manifest.json, on a worker
// pool; per-file errors are reported in one line each and never stop the rest.

import { resolve } from "node:path";
import type { Command } from "commander";
import { CliError, EXIT_USAGE, positiveInteger } from "../cli-error.js";
import { DEFAULT_TEMPLATE, type ExportOptions, type ExportPlan } from "../export/export-options.js";
import { exportOnThread } from "../export/export-thread.js";
import { parseShard } from "../export/shard.js";
import { outputFormats } from "../outputs/index.js";
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
    process.exitCode = await exportOnThread(inputs, exportPlan(options));
  });
}

/** The command line checked, in the order its mistakes are reported. */
function exportPlan(options: ExportOptions): ExportPlan {
  const formats = parseFormats(options.to);
  const requestedJobs = options.jobs === undefined ? undefined : positiveInteger("--jobs", options.jobs);
  const { timeoutMs, maxMemoryMb } = chosenLimits(options);
  if (options.verbose && options.quiet)
    throw new CliError("--verbose and --quiet exclude each other", EXIT_USAGE);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const embedFonts = options.embedFonts === true;
  if (embedFonts && !formats.includes("docx"))
    throw new CliError("--embed-fonts only applies to Word files: add docx to --to", EXIT_USAGE);
  return {
    formats,
    ...(requestedJobs !== undefined && { requestedJobs }),
    timeoutMs,
    maxMemoryMb,
    ...(shard && { shard }),
    outDir: resolve(options.out),
    ...chosenTemplate(options, DEFAULT_TEMPLATE),
    pdfa: options.pdfa === true,
    embedFonts,
    changed: options.changed === true,
    json: options.json === true,
    verbose: options.verbose === true,
    quiet: options.quiet === true,
  };
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
