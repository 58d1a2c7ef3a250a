import type { Command } from "commander";

// Placeholder until the inspect command lands; replaced by its issue's work.
export function registerInspect(program: Command): void {
  program.command("inspect").description("(not yet available)");
}
