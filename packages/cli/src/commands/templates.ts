import type { Command } from "commander";

// Placeholder until the templates command lands; replaced by its issue's work.
export function registerTemplates(program: Command): void {
  program.command("templates").description("(not yet available)");
}
