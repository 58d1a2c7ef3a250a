#!/usr/bin/env node
// `briefing` entry point: runs the commander program, then turns what was thrown into an exit
// code (0 ok, 1 bad input, 2 usage, 70 internal bug) and one stderr line; stacks only for bugs.

import { BriefingError } from "@briefing/core/light";
import { CommanderError } from "commander";
import { CliError, EXIT_INPUT, EXIT_USAGE } from "./cli-error.js";
import { describeFsError } from "./io/path-errors.js";
import { createProgram } from "./program.js";

const program = createProgram();

// A closed pipe (`briefing inspect … | head`) is the reader's choice, not an error; a full disk
// or a vanished file behind a redirect is one line.
for (const [stream, name] of [
  [process.stdout, "standard output"],
  [process.stderr, "standard error"],
] as const) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    if (stream !== process.stderr) {
      process.stderr.write(`briefing: ${describeFsError(error, name) ?? `${name}: ${error.message}`}\n`);
    }
    process.exit(EXIT_INPUT);
  });
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeOf(error);
}

function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed the message (or the help/version text).
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (error instanceof CliError || error instanceof BriefingError) {
    process.stderr.write(`briefing: ${error.message}\n`);
    return error instanceof CliError ? error.exitCode : EXIT_INPUT;
  }
  // A file-system failure nobody checked for (a disk filling up, a folder removed meanwhile)
  // is still the machine's state, not a bug: say which path and what to do.
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  const message = path === undefined ? undefined : describeFsError(error, path);
  if (message !== undefined) {
    process.stderr.write(`briefing: ${message}\n`);
    return EXIT_INPUT;
  }
  // A bug in briefing itself, not bad input: the stack helps whoever reports it.
  process.stderr.write(
    `briefing: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 70;
}
