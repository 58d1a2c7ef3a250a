// The piscina worker module (built as worker.js): RenderTask → RenderResult via renderInput;
// loaded once per thread, so template and font caches serve every file it renders.

import { renderInput } from "./render-input.js";
import type { RenderResult, RenderTask } from "./render-task.js";

/**
 * The piscina worker: one per thread, alive for the whole export, so the template is
 * compiled and the fonts are parsed once per thread (the core and pdf caches are
 * per module instance) and then reused for every file this thread renders.
 */
export default function render(task: RenderTask): Promise<RenderResult> {
  return renderInput(task);
}
