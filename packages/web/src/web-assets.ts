// Where the page's files are on disk, for `briefing serve` to serve: the static page, its built
// scripts and pdf.js, each an absolute folder so the server never guesses at this package's layout.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** A folder served under a URL prefix (the prefix starts and ends with `/`). */
export interface WebMount {
  prefix: string;
  dir: string;
}

/** The folders the page needs: `root` served at `/`, each mount at its prefix. */
export interface WebAssets {
  root: string;
  mounts: WebMount[];
}

/** The page's folders: `public/` at `/`, the compiled page at `/app/`, pdf.js at `/vendor/pdfjs/`. */
export function webAssets(): WebAssets {
  // Resolved from this package, so pnpm's nested node_modules finds the pdfjs-dist it installed for us.
  const require = createRequire(import.meta.url);
  const pdfjs = dirname(require.resolve("pdfjs-dist/build/pdf.min.mjs"));
  return {
    root: fileURLToPath(new URL("../public/", import.meta.url)),
    mounts: [
      { prefix: "/app/", dir: fileURLToPath(new URL("./page/", import.meta.url)) },
      { prefix: "/vendor/pdfjs/", dir: pdfjs },
    ],
  };
}
