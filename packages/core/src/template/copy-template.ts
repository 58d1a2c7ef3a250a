// Template stage: a template name or folder → a copy to customise (`briefing templates copy`).
// Refuses a destination that is not empty, so nothing is overwritten.

import { cpSync, existsSync, readdirSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { BriefingError } from "../errors.js";
import { findTemplateDir } from "./template-dirs.js";

/**
 * Copies a template folder to `destination` to start customising it. The destination must
 * not exist or be empty, so nothing is overwritten. Returns the absolute destination.
 */
export function copyTemplate(
  nameOrDir: string,
  destination: string,
  options: { templatesDir?: string } = {},
): string {
  const source = findTemplateDir(nameOrDir, options);
  const target = resolve(destination);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new BriefingError(
      { file: destination },
      "the destination folder is not empty",
      "choose a new folder name",
    );
  }
  // Built-ins live under node_modules once installed: only skip node_modules inside the template.
  cpSync(source, target, {
    recursive: true,
    filter: (path) => !relative(source, path).split(sep).includes("node_modules"),
  });
  return target;
}
