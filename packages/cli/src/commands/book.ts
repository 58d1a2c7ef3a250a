import type { Command } from "commander";

// Placeholder until the book command lands; replaced by its issue's work.
export function registerBook(program: Command): void {
  program.command("book").description("(not yet available)");
}
