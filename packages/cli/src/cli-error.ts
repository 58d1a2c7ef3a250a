// Exit codes and CliError, shared by every command: a CliError prints as one line, not a stack,
// and bin.ts exits with its exitCode.

/** Exit codes: 1 for bad input or a failed render, 2 for a usage mistake. */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
/** Exit codes after a signal, as shells report a death by that signal (128 + its number). */
export const EXIT_ON_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;

/** An error the CLI prints as one line (no stack trace) before exiting with `exitCode`. */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INPUT,
  ) {
    super(message);
  }
}

/** The value of a flag that takes a whole number ≥ 1; a usage error otherwise. */
export function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new CliError(`${flag} expects a whole number ≥ 1 (got "${text}") — e.g. ${flag} 2`, EXIT_USAGE);
  return value;
}
