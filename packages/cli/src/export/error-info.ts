import { BriefingError } from "@briefing/core";
import type { ErrorInfo } from "./render-task.js";

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
  const text = error instanceof Error ? error.message : String(error);
  return { file, message: `${file}: ${text}` };
}
