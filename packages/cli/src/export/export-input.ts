// An export worker's task: render inputs (render-input.ts), then write each output to a
// temporary file in the output folder from this thread, so only paths and digests go back.

import { unlink } from "node:fs/promises";
import { basename } from "node:path";
import { performance } from "node:perf_hooks";
import { writeTempFileSync } from "@briefing/core/light";
import { isDiskFull } from "../io/path-errors.js";
import { sha256 } from "./cache-key.js";
import { failedTask } from "./error-info.js";
import { renderInputs } from "./render-input.js";
import type { ExportTask, ExportTaskResult, RenderResult, WrittenFile } from "./render-task.js";

/**
 * Renders `task`'s input and writes its outputs as temporary files in `task.outDir`. Never
 * throws: a failure (a full disk included) comes back as data, and leaves no temporary file.
 */
export async function exportInput(task: ExportTask): Promise<ExportTaskResult> {
  return (await exportInputs([task]))[0] as ExportTaskResult;
}

/** `exportInput` for each task, the inputs rendered stage by stage together (`renderInputs`). */
export async function exportInputs(tasks: readonly ExportTask[]): Promise<ExportTaskResult[]> {
  const rendered = await renderInputs(
    tasks.map((task) => ({
      file: task.file,
      config: task.config,
      ...(task.maxBytes !== undefined && { maxBytes: task.maxBytes }),
    })),
  );
  const results: ExportTaskResult[] = [];
  for (const [index, task] of tasks.entries())
    results.push(await writeOutputs(task, rendered[index] as RenderResult));
  return results;
}

async function writeOutputs(task: ExportTask, rendered: RenderResult): Promise<ExportTaskResult> {
  if (!rendered.ok) return rendered;
  const started = performance.now();
  const outputs: WrittenFile[] = [];
  try {
    for (const output of rendered.outputs) {
      const temp = writeTempFileSync(task.outDir, `${basename(task.file)}${output.extension}`, output.bytes);
      outputs.push({
        format: output.format,
        extension: output.extension,
        temp,
        sha256: sha256(output.bytes),
        size: output.bytes.byteLength,
        ...(output.pages !== undefined && { pages: output.pages }),
      });
    }
  } catch (error) {
    await Promise.all(outputs.map((output) => unlink(output.temp).catch(() => {})));
    const failed = failedTask(error, task.file, rendered.warnings, started);
    return {
      ...failed,
      ms: rendered.ms + failed.ms,
      ...(isDiskFull(error) && { diskFull: true }),
    };
  }
  return { ...rendered, outputs, ms: rendered.ms + performance.now() - started };
}
