// The CLI version, read from package.json at run time (node:module createRequire) so it never
// drifts; it is stamped into outputs and export cache keys.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The CLI package version; it goes into outputs and cache keys. */
export const version: string = (require("../package.json") as { version: string }).version;
