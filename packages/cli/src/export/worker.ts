// The piscina worker module (built as worker.js): a task (render, export, book, inspect or template) → its result;
// loaded once per thread, so template and font caches serve every file it renders.

import { checkTemplate } from "./check-template.js";
import { exportInput, exportInputs } from "./export-input.js";
import { inspectInput } from "./inspect-input.js";
import { renderBookTask } from "./render-book.js";
import { renderInput } from "./render-input.js";
import type { WorkerTask } from "./render-task.js";

/**
 * The piscina worker: one per thread, alive as long as the pool, so the template is
 * compiled and the fonts are parsed once per thread (the core and pdf caches are
 * per module instance) and then reused for every task this thread runs.
 */
export default async function run(task: WorkerTask): Promise<unknown> {
  switch (task.kind) {
    case "book":
      return renderBookTask(task);
    case "inspect":
      return inspectInput(task);
    case "export":
      return exportInput(task);
    case "exports":
      return exportInputs(task.tasks);
    case "template":
      return checkTemplate(task);
    default:
      return renderInput(task);
  }
}
