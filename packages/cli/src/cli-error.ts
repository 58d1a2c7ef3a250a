/** Exit codes: 1 for bad input or a failed render, 2 for a usage mistake. */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

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
