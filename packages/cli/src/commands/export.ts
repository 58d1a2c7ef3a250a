import type { Command } from "commander";

// Placeholder until the export command lands; replaced by its issue's work.
export function registerExport(program: Command): void {
  program.command("export").description("(not yet available)");
}
