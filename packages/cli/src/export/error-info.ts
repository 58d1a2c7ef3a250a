// Render failures → ErrorInfo, plain data that crosses the worker-thread boundary as one
// `file:line:col: problem — hint` line (or its parts apart); also words timeouts, out-of-memory and dead workers.

import { performance } from "node:perf_hooks";
import { BriefingError, type Warning } from "@briefing/core/light";
import { describeFsError } from "../io/path-errors.js";
import type { ErrorDetail, ErrorInfo } from "./render-task.js";

/** A failure as data that crosses the thread boundary, with the file and position when known. */
export function errorInfo(error: unknown, file: string): ErrorInfo {
  if (error instanceof BriefingError) {
    return {
      file: error.file,
      ...(error.line !== undefined && { line: error.line }),
      ...(error.column !== undefined && { column: error.column }),
      message: error.message,
    };
  }
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  const described = path === undefined ? undefined : describeFsError(error, path);
  if (described !== undefined) return { file, message: described };
  const text = error instanceof Error ? error.message : String(error);
  return { file, message: `${file}: ${firstLine(text)}` };
}

/** A failure with problem and hint apart (see ErrorDetail); `file` when the error names none. */
export function errorDetail(error: unknown, file: string): ErrorDetail {
  if (error instanceof BriefingError) {
    return {
      file: error.file,
      ...(error.line !== undefined && { line: error.line }),
      ...(error.column !== undefined && { column: error.column }),
      problem: error.problem,
      ...(error.hint !== undefined && { hint: error.hint }),
    };
  }
  return { file, problem: firstLine(error instanceof Error ? error.message : String(error)) };
}

/** A task's failure as its result: the error both ways, the warnings so far and the time taken. */
export function failedTask(
  error: unknown,
  file: string,
  warnings: Warning[],
  started: number,
): { ok: false; error: ErrorInfo; detail: ErrorDetail; warnings: Warning[]; ms: number } {
  return {
    ok: false,
    error: errorInfo(error, file),
    detail: errorDetail(error, file),
    warnings,
    ms: performance.now() - started,
  };
}

/**
 * Why a worker did not bring a result back: the input took longer than the time limit, needed
 * more memory than a worker may have, or the worker died; one line each, with what to do.
 */
export function taskFailure(
  error: unknown,
  file: string,
  limits: { timeoutMs: number; timedOut: boolean },
): ErrorInfo {
  if (limits.timedOut) {
    const seconds = limits.timeoutMs / 1000;
    return {
      file,
      message: `${file}: rendering took longer than the limit of ${seconds} s — check the file is one statement, or raise --timeout`,
    };
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  const text = error instanceof Error ? error.message : String(error);
  if (code === "ERR_WORKER_OUT_OF_MEMORY" || /memory limit|heap out of memory/i.test(text)) {
    return {
      file,
      message: `${file}: rendering needed more memory than a worker may use — check the file is one statement, or raise --max-memory`,
    };
  }
  return errorInfo(error, file);
}

function firstLine(text: string): string {
  const line = text.split("\n", 1)[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
