import { spawn, spawnSync } from "node:child_process";
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built CLI: e2e tests run what users run. */
export const bin = fileURLToPath(new URL("../packages/cli/dist/bin.js", import.meta.url));
export const examples = fileURLToPath(new URL("../examples/", import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function briefing(args: string[], cwd?: string): CliRun {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd, maxBuffer: 64 * 2 ** 20 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function briefingAsync(args: string[], cwd?: string) {
  return spawn(process.execPath, [bin, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
}

/** A fresh temp directory holding a copy of examples/ under `in/`. */
export async function tempWithExamples(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `briefing-${prefix}-`));
  await cp(examples, join(dir, "in"), { recursive: true });
  return dir;
}

/** Every file under `dir`, relative, `/`-separated. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

export interface ManifestJson {
  interrupted: boolean;
  inputs: {
    input: string;
    relative: string;
    status: "rendered" | "unchanged" | "failed";
    outputs: { format: string; path: string; sha256: string; bytes: number; pages?: number }[];
    error?: { file: string; line?: number; column?: number; message: string };
  }[];
  totals: { inputs: number; rendered: number; unchanged: number; failed: number; outputs: number };
}

/** A YAML statement dated 2 January 2020 with `title` and one body paragraph `body`. */
export function statementYaml(title: string, body: string): string {
  return `title: ${JSON.stringify(title)}\ndate: { start: "2020-01-02", text: "2 January 2020" }\nbody:\n  - type: paragraph\n    role: body\n    runs: [{ text: ${JSON.stringify(body)} }]\n`;
}
