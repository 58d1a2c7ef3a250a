// An export done in memory: each statement rendered on the queue, its outputs named as `briefing
// export` names them, all zipped at the root with a manifest.json; the same request, the same bytes.

import type { Warning } from "@briefing/core";
import { zipSync } from "fflate";
import { sha256 } from "../export/cache-key.js";
import type { ManifestOutput } from "../export/manifest.js";
import { type Identity, identify, outputBaseName } from "../export/output-names.js";
import type { ErrorInfo, RenderConfig } from "../export/render-task.js";
import { version } from "../version.js";
import { HttpError } from "./errors.js";
import type { RenderQueue } from "./render-queue.js";
import { type Upload, unsupported } from "./request-bodies.js";

/** What became of one input, as the zip's manifest.json lists it. */
export interface ZipManifestEntry {
  input: string;
  inputSha256: string;
  status: "rendered" | "failed";
  outputs: ManifestOutput[];
  warnings: Warning[];
  error?: ErrorInfo;
}

/**
 * The zip's manifest: the CLI's without what would make two identical requests differ
 * (times, server paths) or what only a folder on disk has (kept and removed files).
 */
export interface ZipManifest {
  tool: { name: "briefing"; version: string };
  options: { to: string[]; template: string; pdfa: boolean; embedFonts: boolean };
  inputs: ZipManifestEntry[];
  totals: { inputs: number; rendered: number; failed: number; outputs: number; bytes: number; pages: number };
}

export interface ExportRequest {
  uploads: Upload[];
  config: RenderConfig & { template: string };
  queue: RenderQueue;
  lanes: number;
  maxBodyBytes: number;
  signal: AbortSignal;
  /** Called as each input finishes (in finishing order), for the progress stream. */
  onDone?: (entry: ZipManifestEntry, done: number) => void;
}

// Zip entry times must not depend on the day: every entry carries the earliest date zip allows.
const ZIP_TIME = new Date(1980, 0, 1);

/** Renders every upload and returns the zip and the number of inputs that failed. */
export async function exportZip(request: ExportRequest): Promise<{ zip: Uint8Array; failed: number }> {
  const names = outputNames(request.uploads);
  const files: Record<string, Uint8Array> = {};
  const entries: ZipManifestEntry[] = new Array(request.uploads.length);
  const rendered: { name: string; outputs: { extension: string; bytes: Uint8Array }[] }[] = [];
  let done = 0;
  let next = 0;
  const lane = async () => {
    while (next < request.uploads.length) {
      const index = next++;
      const upload = request.uploads[index] as Upload;
      const { entry, outputs } = await exportOne(request, upload, names[index] as Identity);
      entries[index] = entry;
      rendered[index] = { name: entry.input, outputs };
      done++;
      request.onDone?.(entry, done);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(request.lanes, request.uploads.length)) }, lane),
  );
  // Written in input order, whatever order the renders finished in.
  for (const [index, entry] of entries.entries()) {
    for (const [at, output] of entry.outputs.entries()) {
      const bytes = rendered[index]?.outputs[at]?.bytes;
      if (bytes) files[output.path] = bytes;
    }
  }
  const manifest: ZipManifest = {
    tool: { name: "briefing", version },
    options: {
      to: request.config.formats,
      template: request.config.template,
      pdfa: request.config.pdfa,
      embedFonts: request.config.embedFonts,
    },
    inputs: entries,
    totals: totals(entries),
  };
  files["manifest.json"] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime: ZIP_TIME }]])),
  );
  return { zip, failed: entries.filter((entry) => entry.status === "failed").length };
}

/** Each upload's identity; a copy of an earlier upload is told apart by its place and name. */
function outputNames(uploads: readonly Upload[]): (Identity | undefined)[] {
  return identify(
    uploads,
    (upload) => sha256(upload.bytes),
    (upload, index) => `${index}\0${upload.name}`,
  );
}

async function exportOne(
  request: ExportRequest,
  upload: Upload,
  identity: Identity,
): Promise<{ entry: ZipManifestEntry; outputs: { extension: string; bytes: Uint8Array }[] }> {
  const failed = (error: ErrorInfo, warnings: Warning[] = []) => ({
    entry: {
      input: upload.name,
      inputSha256: identity.inputSha256,
      status: "failed" as const,
      outputs: [],
      warnings,
      error,
    },
    outputs: [],
  });
  const refused = unsupported(upload);
  if (refused) return failed({ file: upload.name, message: `${upload.name}: ${refused.body.message}` });
  try {
    const result = await request.queue.run(
      { file: upload.name, source: upload, maxBytes: request.maxBodyBytes, config: request.config },
      { signal: request.signal, admitted: true },
    );
    if (!result.ok) return failed(result.error, result.warnings);
    const base = outputBaseName(result.statement, upload.name, identity.nameHash);
    return {
      entry: {
        input: upload.name,
        inputSha256: identity.inputSha256,
        status: "rendered",
        outputs: result.outputs.map((output) => ({
          format: output.format,
          path: `${base}${output.extension}`,
          sha256: sha256(output.bytes),
          bytes: output.bytes.byteLength,
          ...(output.pages !== undefined && { pages: output.pages }),
        })),
        warnings: result.warnings,
      },
      outputs: result.outputs,
    };
  } catch (error) {
    // Over the time limit or out of memory: this input fails, the others go on, as in the CLI.
    if (error instanceof HttpError && error.status === 422) {
      return failed({ file: upload.name, message: `${upload.name}: ${error.body.message}` });
    }
    throw error;
  }
}

function totals(entries: readonly ZipManifestEntry[]): ZipManifest["totals"] {
  const sum = { inputs: entries.length, rendered: 0, failed: 0, outputs: 0, bytes: 0, pages: 0 };
  for (const entry of entries) {
    sum[entry.status]++;
    for (const output of entry.outputs) {
      sum.outputs++;
      sum.bytes += output.bytes;
      sum.pages += output.pages ?? 0;
    }
  }
  return sum;
}
