// Shared rule (io): a path a template reads → its real path, if it lies inside the template.
// Used by template loading and font resolution, so a template cannot read files elsewhere.

import { realpathSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
import { BriefingError } from "../errors.js";

/** True when `path` is `root` or lies inside it; both are real paths. */
export function isInsideFolder(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** A path as one line of a message: control characters (a newline in a link target) escaped. */
export function quotePath(path: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
  return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}

/**
 * The real path of a file a template reads, once it is known to lie inside the template folder
 * `root` (a real path). A template is something one downloads and runs: a partial linked to
 * /etc/passwd or ~/.ssh/id_rsa would otherwise print that file into every PDF made with it.
 * Reading through the returned real path, not the link, keeps what was checked what is read.
 */
export function templateFile(root: string, path: string, display: string): string {
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new BriefingError({ file: display }, `cannot be read (${code})`);
  }
  if (!isInsideFolder(root, real)) {
    throw new BriefingError(
      { file: display },
      `is a link to a file outside the template folder (${quotePath(real)})`,
      "copy the file into the template folder",
    );
  }
  return real;
}
