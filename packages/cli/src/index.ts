// @briefing/cli's public API: the commander program (for embedding) and its exit codes.
// Snapshotted in tests/exports/cli.yaml.
export { CliError, EXIT_INPUT, EXIT_USAGE } from "./cli-error.js";
export { createProgram } from "./program.js";
