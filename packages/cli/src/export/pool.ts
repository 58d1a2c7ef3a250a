// Render worker pool for `render`, `export` and `serve`: piscina over node worker_threads, `--jobs`
// threads started on the first task, each heap capped so an oversized statement fails alone.

import { setFlagsFromString } from "node:v8";
import { Piscina } from "piscina";
import type { PdfWorkerData } from "../outputs/pdf.js";
import type { ResultOf, WorkerTask } from "./render-task.js";
import type { TaskAbort } from "./task-signal.js";

/** Renders tasks on worker threads. */
export interface RenderPool {
  /** Runs one task; an aborted `signal` stops it (piscina replaces the thread) and rejects. */
  run<T extends WorkerTask>(task: T, signal?: TaskAbort): Promise<ResultOf<T>>;
  /** Stops every worker, finished or not. */
  destroy(): Promise<void>;
}

export interface PoolOptions {
  jobs: number;
  /** A worker's heap limit in MB; an input needing more fails alone and its thread is replaced. */
  maxMemoryMb?: number;
  /** The worker module; the built `worker.js` beside this file unless a test injects another. */
  filename?: string;
  /** Tasks a thread runs before the pool's threads are replaced by fresh ones (see below). */
  recycleAfter?: number;
}

/**
 * The font arena's size: room for every font file of the built-in themes (96 MB). Reserved, not
 * used: only the pages fonts are read into count towards RSS.
 */
const FONT_ARENA_BYTES = 128 * 2 ** 20;

/**
 * Tasks a thread runs before the threads are replaced: a safety net for very long runs. A
 * thread's memory is held by its bounded caches (shaped words and measured widths, the pdf
 * package's fonts/pdfkit-font.ts), so 10,000 statements on two threads stay at the level of
 * their first thousand; but a fresh thread renders slowly until V8 has compiled its hot code
 * again, and replacing the threads every 3,000 tasks took 8 % of all CPU over 10,000
 * statements (bench/results.md, step 23).
 */
export const RECYCLE_AFTER_TASKS = 10_000;

/**
 * How far a V8 heap may grow, in percent, past what its last full collection left live before
 * the next one starts. V8 picks up to 40 % for a 512 MB cap, and more for the main thread; two
 * render threads meeting at that height took a 10,000-statement export to 402 MB. At 33 % an
 * export of 3,000 statements peaked 22 MB lower for the same CPU (bench/results.md, step 24);
 * once the importer's rules had grown, 10,000 statements peaked at 399 MB, and 30 % holds them
 * 7–9 MB lower for 1.5 % more CPU (two side-by-side pairs, step 27); with the fifteenth set's
 * rules they reached 399.6 MB again, and 27 % holds them 2–5 MB lower for no CPU this machine can
 * show (two pairs, step 28). V8's flags are the process's, so this applies to the main and export
 * threads too; it is set before the first render thread starts.
 */
const HEAP_GROWING_PERCENT = 27;

/**
 * V8 flags set with the heap's growth, for the same reason. Allocation-site pretenuring allocates
 * the objects of a site whose objects mostly outlive a young-generation collection straight into
 * the old generation; a document's own objects (its encoded words, page content, text runs) live
 * for the whole render and so get pretenured, but die with the document, and filled the old
 * generation towards the next full collection. Without it they die young: 3,000 statements in a
 * thread with the pool's limits took 48 full collections instead of 67 (`--trace-gc-nvp`), and
 * 6.8–8.7 % less CPU in three side-by-side pairs (bench/results.md, "Stop 46"). Once a
 * document's state no longer outlived it (step 32), the same thread with pretenuring still took
 * 71 full collections, and 16 without.
 */
const RENDER_V8_FLAGS = [
  `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
  "--no-allocation-site-pretenuring",
  // A young-generation collection (one every few hundred kilobytes a thread allocates) in one
  // thread, not shared out to V8's helper threads: with both cores rendering there is no idle
  // core to share it with, only threads to wake. 10,000 statements side by side with the same
  // build without it: wall 171.6 → 163.7 s, CPU 167.4 → 163.5 s, voluntary context switches
  // 233k → 187k; 2,000-statement pairs −2 to −3 % wall (bench/results.md, step 34).
  "--no-parallel-scavenge",
  // No baseline (Sparkplug) machine code: a function runs in the interpreter until TurboFan
  // compiles it. A render thread's hot code is TurboFan's within its first few hundred
  // statements, and the baseline code of everything else stayed in the code space for the
  // thread's life. Exports side by side with the same build without it: 3,000 statements 13–17 MB
  // lower at the peak in four pairs, 10,000 statements 5 and 16 MB lower in two; CPU the same
  // (−1.3 to +0.2 %) (bench/results.md, step 37).
  "--no-sparkplug",
];

/** The default heap limit of a worker thread, in MB (`--max-memory`). */
export const DEFAULT_WORKER_MEMORY_MB = 512;

/**
 * A pool of `jobs` threads: each imports the pipeline once, so its template and font caches
 * serve every file it renders, until `recycleAfter` tasks each have it replaced.
 */
export function createRenderPool(options: PoolOptions): RenderPool {
  // Threads start on the first task, so a `--changed` run with nothing to do starts none.
  let pool: Piscina<WorkerTask, unknown> | undefined;
  // Tasks handed to the current threads, and those not settled yet.
  let handed = 0;
  let running = 0;
  let idle: (() => void) | undefined;
  const finished = () => {
    running--;
    if (running === 0) idle?.();
  };
  let retiring: Promise<void> | undefined;
  // One font arena for every generation of threads: the files are read once per process.
  const fontArena = new SharedArrayBuffer(FONT_ARENA_BYTES);
  const recycleAfter = (options.recycleAfter ?? RECYCLE_AFTER_TASKS) * options.jobs;
  return {
    async run<T extends WorkerTask>(task: T, signal?: TaskAbort): Promise<ResultOf<T>> {
      if (pool && handed >= recycleAfter) retiring ??= retire(pool);
      while (retiring) await retiring;
      pool ??= startPool();
      // Counted in inputs: a batch of exports is as many tasks as it has inputs.
      handed += task.kind === "exports" ? task.tasks.length : 1;
      running++;
      const result = pool.run(task, signal ? { signal } : {}) as Promise<ResultOf<T>>;
      result.then(finished, finished);
      return result;
    },
    async destroy() {
      await retiring;
      await pool?.destroy();
    },
  };

  /**
   * Lets the threads finish what they run, then stops them; the next task starts fresh ones. New
   * threads start only after the old ones are gone, so no more than `jobs` heaps exist at once.
   */
  async function retire(old: Piscina<WorkerTask, unknown>): Promise<void> {
    if (running > 0) await new Promise<void>((resolve) => (idle = resolve));
    idle = undefined;
    await old.destroy();
    pool = undefined;
    handed = 0;
    retiring = undefined;
  }

  function startPool(): Piscina<WorkerTask, unknown> {
    for (const flag of RENDER_V8_FLAGS) setFlagsFromString(flag);
    const started = new Piscina<WorkerTask, unknown>({
      filename: options.filename ?? new URL("./worker.js", import.meta.url).href,
      minThreads: options.jobs,
      maxThreads: options.jobs,
      idleTimeout: 60_000,
      concurrentTasksPerWorker: 1,
      // Run and wait times nobody reads: a histogram entry each per task.
      recordTiming: false,
      // Without it each thread read its own copy of each font (21 MB a thread with Japanese text).
      workerData: { fontArena } satisfies PdfWorkerData,
      // V8 sizes a thread's heap for the machine (gigabytes here) and collects lazily; every
      // render leaves megabytes of garbage, so without a cap each thread's RSS drifts towards
      // the limit. A smaller young generation and a capped old one keep a 2-thread export near
      // 300 MB (measured: 458 MB uncapped, 314 MB capped) for about 10% more CPU. A young
      // generation of 8 MB instead of 16 holds 17–24 MB less per 2-thread export for 1–5% more
      // CPU (bench/results.md, step 10); memory is the harder target here. A statement needing
      // more than the old generation's cap fails alone, as "reaching memory limit", and its
      // thread is replaced.
      resourceLimits: {
        maxOldGenerationSizeMb: options.maxMemoryMb ?? DEFAULT_WORKER_MEMORY_MB,
        maxYoungGenerationSizeMb: 8,
      },
    });
    started.on("error", ignoreLateAnswers);
    return started;
  }
}

/**
 * When a task is aborted (a time limit, a stopped export, a client that hung up) just as its
 * worker answers, piscina may receive an answer for a task it has already dropped and emits it
 * as an "error" event; with no listener, that event would kill the process (seen once in CI, in
 * run-export's disk-full test). The answer is for nobody, so it is dropped; anything else piscina
 * reports this way is still thrown.
 */
function ignoreLateAnswers(error: Error): void {
  if (error.message.startsWith("Unexpected message from Worker")) return;
  throw error;
}
