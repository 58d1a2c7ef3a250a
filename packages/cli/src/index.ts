export { createProgram } from "./program.js";
export { CliError, EXIT_INPUT, EXIT_USAGE } from "./cli-error.js";
