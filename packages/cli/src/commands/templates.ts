// `briefing templates list|copy`: lists built-in and --templates templates, or copies one to a
// new folder to customise; a thin commander layer over @briefing/core.

import { copyTemplate, listTemplates } from "@briefing/core/light";
import type { Command } from "commander";

/** `briefing templates list` and `briefing templates copy <name> <dir>`. */
export function registerTemplates(program: Command): void {
  const templates = program
    .command("templates")
    .description("List the templates or copy one to customise it");
  templates
    .command("list")
    .description("Show the built-in templates and those in --templates")
    .option("--templates <dir>", "folder of user templates")
    .action((options: { templates?: string }) => {
      const listed = listTemplates(options.templates ? { templatesDir: options.templates } : {});
      const width = Math.max(...listed.map((template) => template.name.length));
      for (const template of listed) {
        const origin = template.builtIn ? "built-in" : template.dir;
        process.stdout.write(`${template.name.padEnd(width)}  ${template.description || "-"} (${origin})\n`);
      }
    });
  templates
    .command("copy")
    .description("Copy a template to a new folder; render with --template <dir>")
    .argument("<name>", "template name (or folder) to copy")
    .argument("<dir>", "new folder (must not exist or be empty)")
    .option("--templates <dir>", "folder of user templates, searched by name before the built-ins")
    .action((name: string, dir: string, options: { templates?: string }) => {
      const target = copyTemplate(name, dir, options.templates ? { templatesDir: options.templates } : {});
      process.stderr.write(`briefing: copied template ${name} to ${target}\n`);
    });
}
