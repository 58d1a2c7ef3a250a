// LibreOffice as an independent reader of Word files: is it installed, and converting with a
// profile of its own (so parallel test files cannot collide) and, optionally, a fontconfig file.
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** True where `soffice` runs (apt-get install -y libreoffice-writer-nogui). */
export const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

/**
 * Converts `files` with LibreOffice (`to`: "pdf", or a filter such as "docx:MS Word 2007 XML"),
 * writing into `outdir` (default `dir`), its profile in `dir/profile`. `fontsConf` limits the
 * fonts LibreOffice sees.
 */
export function convertWithLibreOffice(
  dir: string,
  files: readonly string[],
  options: { to?: string; outdir?: string; fontsConf?: string } = {},
): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--convert-to",
      options.to ?? "pdf",
      "--outdir",
      options.outdir ?? dir,
      ...files,
    ],
    {
      stdio: "pipe",
      timeout: 180_000,
      env: options.fontsConf ? { ...process.env, FONTCONFIG_FILE: options.fontsConf } : process.env,
    },
  );
}
