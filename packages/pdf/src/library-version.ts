// PDF internals support: a package name → its installed version, named when its internals move.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const versions = new Map<string, string>();

/**
 * The installed version of package `name`, for messages about its internals. Read from the
 * package.json above its entry point, as pdfkit's exports map does not offer `./package.json`.
 */
export function installedVersion(name: string): string {
  let version = versions.get(name);
  if (version === undefined) {
    version = readVersion(name);
    versions.set(name, version);
  }
  return version;
}

function readVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      // No package.json at this level (or not JSON): keep climbing.
    }
    const parent = dirname(dir);
    if (parent === dir) return "(version unknown)";
    dir = parent;
  }
}
