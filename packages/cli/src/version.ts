import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The CLI package version; it goes into outputs and cache keys. */
export const version: string = (require("../package.json") as { version: string }).version;
