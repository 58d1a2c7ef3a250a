// `briefing export --jobs`: how many worker threads to run, capped by the cores (node:os) and by
// free or container memory, with a warning saying why when fewer run than asked.

import { availableParallelism, freemem } from "node:os";

/**
 * Memory one worker is planned for: half its heap limit (a statement rarely needs more; the
 * limit is for the one that does) plus the thread's own code, fonts and buffers.
 */
export function workerBudgetMb(maxMemoryMb: number): number {
  return Math.ceil(maxMemoryMb / 2) + 64;
}

export interface JobsChoice {
  jobs: number;
  /** Why fewer threads than asked for will run, when that is the case. */
  warning?: string;
}

/**
 * How many worker threads to run: what was asked (default: every core), but no more than the
 * cores — extra threads only compete for them and multiply memory — nor than free memory holds.
 */
export function chooseJobs(
  requested: number | undefined,
  options: { maxMemoryMb: number; cores?: number; freeBytes?: number },
): JobsChoice {
  const cores = options.cores ?? availableParallelism();
  const free = options.freeBytes ?? availableMemory();
  const byMemory = Math.max(1, Math.floor(free / (workerBudgetMb(options.maxMemoryMb) * 2 ** 20)));
  const wanted = requested ?? cores;
  const jobs = Math.max(1, Math.min(wanted, cores, byMemory));
  if (jobs === wanted) return { jobs };
  const reason =
    jobs === byMemory && byMemory < Math.min(wanted, cores)
      ? `only ${(free / 2 ** 30).toFixed(1)} GB of memory is free (${workerBudgetMb(options.maxMemoryMb)} MB planned per worker)`
      : `this machine has ${cores} ${cores === 1 ? "core" : "cores"}`;
  const asked = requested === undefined ? "" : `--jobs ${wanted}: `;
  return { jobs, warning: `${asked}${reason}; running ${jobs} ${jobs === 1 ? "worker" : "workers"}` };
}

/** Free memory, or what the container's limit leaves when that is smaller. */
function availableMemory(): number {
  const free = freemem();
  const constrained = process.constrainedMemory?.() ?? 0;
  if (constrained > 0 && constrained < Number.MAX_SAFE_INTEGER) {
    return Math.min(free, Math.max(0, constrained - process.memoryUsage.rss()));
  }
  return free;
}
