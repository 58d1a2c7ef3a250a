export { CliError, EXIT_INPUT, EXIT_USAGE } from "./cli-error.js";
export { createProgram } from "./program.js";
