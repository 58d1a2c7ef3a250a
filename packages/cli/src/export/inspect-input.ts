// The worker's inspect task: a statement's bytes → the statement, its stats, warnings and where
// each field came from; what `POST /api/inspect` reports. Never throws.

import { performance } from "node:perf_hooks";
import { analyzeStatement } from "@briefing/core";
import { failedTask } from "./error-info.js";
import { readSource } from "./render-input.js";
import type { InspectResult, InspectTask } from "./render-task.js";

/** Reads one statement sent as bytes and measures it, at `inspect`'s default speaking rates. */
export function inspectInput(task: InspectTask): InspectResult {
  const started = performance.now();
  try {
    const { statement, warnings, explanation } = readSource(task.source, task.maxBytes);
    return {
      ok: true,
      statement,
      stats: analyzeStatement(statement),
      warnings,
      ...(explanation !== undefined && { explanation }),
      ms: performance.now() - started,
    };
  } catch (error) {
    return failedTask(error, task.source.name, [], started);
  }
}
