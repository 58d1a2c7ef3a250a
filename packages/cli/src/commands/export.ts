import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { findTemplateDir, loadTemplate, statementExtensions } from "@briefing/core";
import type { Command } from "commander";
import { CliError, EXIT_INPUT, EXIT_USAGE } from "../cli-error.js";
import { CacheKeys, environmentKey } from "../export/cache-key.js";
import { ChangeDetector } from "../export/changed.js";
import { expandInputs, sortInputs } from "../export/expand-inputs.js";
import { type Manifest, manifestTotals, readManifest, writeManifest } from "../export/manifest.js";
import { createRenderPool } from "../export/pool.js";
import { createProgress } from "../export/progress.js";
import { runExport } from "../export/run-export.js";
import { parseShard, selectShard } from "../export/shard.js";
import { outputFormats } from "../outputs/index.js";
import { version } from "../version.js";

interface ExportOptions {
  out: string;
  to: string;
  template?: string;
  templates?: string;
  jobs: string;
  changed?: boolean;
  shard?: string;
  json?: boolean;
  verbose?: boolean;
  quiet?: boolean;
  pdfa?: boolean;
}

/** Exit code after Ctrl-C, as shells report a SIGINT death. */
const EXIT_INTERRUPTED = 130;

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("Render many statements to PDF and Word on all cores, with a manifest of what was written.")
    .argument("<inputs...>", "statement files, directories (searched recursively) or globs")
    .requiredOption("-o, --out <dir>", "directory to write the outputs and manifest.json to")
    .option("--to <formats>", "comma-separated output formats: pdf, docx", "pdf,docx")
    .option("-t, --template <name|dir>", "built-in template name or template directory", "briefing")
    .option("--templates <dir>", "directory holding user templates by name")
    .option("-j, --jobs <n>", "worker threads", String(availableParallelism()))
    .option("--changed", "skip inputs whose outputs are up to date according to the manifest")
    .option("--shard <i/n>", "render only shard i of n (1-based), for splitting across machines")
    .option("--json", "print the manifest as JSON on stdout")
    .option("-v, --verbose", "one line per file")
    .option("-q, --quiet", "print nothing but errors")
    .option("--pdfa", "write PDF/A-2 instead of plain tagged PDF")
    .action(async (inputs: string[], options: ExportOptions) => {
      process.exitCode = await exportCommand(inputs, options);
    });
}

async function exportCommand(args: string[], options: ExportOptions): Promise<number> {
  const started = performance.now();
  const formats = parseFormats(options.to);
  const jobs = Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new CliError(`--jobs expects a whole number ≥ 1 (got "${options.jobs}")`, EXIT_USAGE);
  if (options.verbose && options.quiet)
    throw new CliError("--verbose and --quiet exclude each other", EXIT_USAGE);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const outDir = resolve(options.out);

  const expanded = await expandInputs(args, { extensions: statementExtensions, exclude: [outDir] });
  for (const pattern of expanded.unmatched) process.stderr.write(`briefing: no file matches ${pattern}\n`);
  if (expanded.inputs.length === 0)
    throw new CliError("no statement files found in the inputs given", EXIT_INPUT);
  const inputs = selectShard(sortInputs(expanded.inputs), shard);

  // A broken template would fail every file the same way: fail once, before starting.
  const templateOptions = options.templates === undefined ? {} : { templatesDir: resolve(options.templates) };
  const template = options.template ?? "briefing";
  loadTemplate(template, templateOptions);
  const templateDir = findTemplateDir(template, templateOptions);
  const pdfa = options.pdfa === true;
  const config = { formats, template, ...templateOptions, pdfa };
  const keys = new CacheKeys(await environmentKey({ templateDir, template, version, pdfa }));
  const changed = options.changed
    ? new ChangeDetector(await readManifest(outDir, shard), outDir, keys)
    : undefined;

  const progress = createProgress({ verbose: options.verbose === true, quiet: options.quiet === true });
  const pool = createRenderPool({ jobs: Math.min(jobs, Math.max(1, inputs.length)) });
  const interrupt = new AbortController();
  const onSigint = () => {
    if (interrupt.signal.aborted) process.exit(EXIT_INTERRUPTED);
    progress.log(
      "briefing: interrupted — stopping workers, keeping finished files (Ctrl-C again to quit now)",
    );
    interrupt.abort();
  };
  process.on("SIGINT", onSigint);
  progress.start(inputs.length);
  let result: Awaited<ReturnType<typeof runExport>>;
  try {
    result = await runExport({
      inputs,
      outDir,
      config,
      keys,
      pool,
      concurrency: jobs * 2,
      ...(changed && { changed }),
      signal: interrupt.signal,
      onEntry: (entry) => progress.entry(entry),
    });
  } finally {
    progress.stop();
    process.off("SIGINT", onSigint);
    await pool.destroy();
  }

  const manifest: Manifest = {
    tool: { name: "briefing", version },
    options: { to: formats, template, ...templateOptions, pdfa },
    ...(shard && { shard }),
    interrupted: result.interrupted,
    inputs: result.entries,
    totals: manifestTotals(result.entries, performance.now() - started),
  };
  const manifestPath = await writeManifest(outDir, manifest);
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  if (options.json) process.stdout.write(`${JSON.stringify({ ...manifest, peakRssBytes }, null, 2)}\n`);
  else if (!options.quiet) process.stdout.write(`${summary(manifest, inputs.length)} → ${manifestPath}\n`);

  if (result.interrupted) return EXIT_INTERRUPTED;
  return manifest.totals.failed > 0 ? EXIT_INPUT : 0;
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
  const of = manifest.interrupted
    ? `interrupted after ${totals.inputs} of ${planned} inputs`
    : `${totals.inputs} inputs`;
  return `briefing: ${of}: ${parts.join(", ")}; ${totals.outputs} files in ${(totals.ms / 1000).toFixed(1)} s`;
}
