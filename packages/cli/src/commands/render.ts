import type { Command } from "commander";

// Placeholder until the render command lands; replaced by its issue's work.
export function registerRender(program: Command): void {
  program.command("render").description("(not yet available)");
}
