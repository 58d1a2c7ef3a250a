// Builds the `briefing` commander program and registers inspect, render, templates, export, book
// and serve; exitOverride so bin.ts, not commander, picks the exit code (2 for usage mistakes).

import { Command } from "commander";
import { registerBook } from "./commands/book.js";
import { registerExport } from "./commands/export.js";
import { registerInspect } from "./commands/inspect.js";
import { registerRender } from "./commands/render.js";
import { registerServe } from "./commands/serve.js";
import { registerTemplates } from "./commands/templates.js";
import { version } from "./version.js";

/** The `briefing` command with every subcommand registered. */
export function createProgram(): Command {
  const program = new Command("briefing")
    .description("Turn diplomatic statements into briefing PDFs and editable Word documents.")
    .version(version, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ outputError: (text, write) => write(text) })
    // Set before the subcommands exist so they inherit it: usage errors must exit 2, not 1.
    .exitOverride();
  registerInspect(program);
  registerRender(program);
  registerTemplates(program);
  registerExport(program);
  registerBook(program);
  registerServe(program);
  return program;
}
