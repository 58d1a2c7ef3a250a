// Options that several commands take (inputs, template, PDF/A, embedded fonts, time and memory limits, quiet),
// declared once so their names, help texts, defaults and checks cannot drift apart.
import { resolve } from "node:path";
import type { Command } from "commander";
import { CliError, EXIT_USAGE, positiveInteger } from "../cli-error.js";
import { DEFAULT_WORKER_MEMORY_MB } from "../export/pool.js";

/** `--timeout`'s default: a statement renders in well under a second; a minute means something is wrong. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** Below this a worker cannot even load the fonts. */
const MIN_WORKER_MEMORY_MB = 64;

/** `<inputs...>`: files, folders and globs, as `export` and `book` take them. */
export function inputsArgument(command: Command): Command {
  return command.argument("<inputs...>", "statement files, directories (searched recursively) or globs");
}

/** `-t, --template` (default `fallback`) and `--templates`. */
export function templateOptions(command: Command, fallback: string): Command {
  return command
    .option(
      "-t, --template <name|dir>",
      "built-in template name, a name in --templates, or a template folder",
      fallback,
    )
    .option("--templates <dir>", "folder of user templates, searched by name before the built-ins");
}

/** The template chosen by `templateOptions`, with `--templates` made absolute. */
export function chosenTemplate(
  options: { template?: string; templates?: string },
  fallback: string,
): { template: string; templatesDir?: string } {
  return {
    template: options.template ?? fallback,
    ...(options.templates !== undefined && { templatesDir: resolve(options.templates) }),
  };
}

/** `--pdfa`. */
export function pdfaOption(command: Command, help = "write PDF/A-2 instead of plain tagged PDF"): Command {
  return command.option("--pdfa", help);
}

/** `--embed-fonts`. */
export function embedFontsOption(
  command: Command,
  help = "Word files: embed the fonts, subset to the characters used, so they look the same without them installed",
): Command {
  return command.option("--embed-fonts", help);
}

/** `--timeout` and `--max-memory`, per input (`export`) or for the one render (`render`). */
export function limitOptions(command: Command, scope: "one input" | "the render"): Command {
  return command
    .option("--timeout <seconds>", `longest time ${scope} may take`, String(DEFAULT_TIMEOUT_SECONDS))
    .option(
      "--max-memory <MB>",
      scope === "one input" ? "heap limit of each worker thread" : "heap limit of the rendering thread",
      String(DEFAULT_WORKER_MEMORY_MB),
    );
}

/** The limits given to `limitOptions`, checked: a usage error names the option. */
export function chosenLimits(options: { timeout: string; maxMemory: string }): {
  timeoutMs: number;
  maxMemoryMb: number;
} {
  const timeoutMs = positiveInteger("--timeout", options.timeout) * 1000;
  const maxMemoryMb = positiveInteger("--max-memory", options.maxMemory);
  if (maxMemoryMb < MIN_WORKER_MEMORY_MB)
    throw new CliError(
      `--max-memory expects at least ${MIN_WORKER_MEMORY_MB} (MB), got ${maxMemoryMb}`,
      EXIT_USAGE,
    );
  return { timeoutMs, maxMemoryMb };
}

/** `-q, --quiet`. */
export function quietOption(command: Command): Command {
  return command.option("-q, --quiet", "print nothing but errors");
}
