// The worker's template task: `briefing export` checks its template once, on a worker, before
// the first input renders — the main thread does not load Handlebars (docs/architecture.md,
// "Two entry points"). Never throws.

import { loadTemplate } from "@briefing/core";
import { errorInfo } from "./error-info.js";
import type { TemplateResult, TemplateTask } from "./render-task.js";

/** Compiles the task's template (kept in this worker's cache for the renders that follow). */
export function checkTemplate(task: TemplateTask): TemplateResult {
  try {
    const { warnings } = loadTemplate(
      task.template,
      task.templatesDir ? { templatesDir: task.templatesDir } : {},
    );
    return { ok: true, warnings };
  } catch (error) {
    return { ok: false, error: errorInfo(error, task.template) };
  }
}
