// The bounded line in front of the worker pool: at most `jobs` tasks running and `queue` waiting,
// 503 beyond; each task under the time limit, and stopped when its client goes away.

import type { RenderPool } from "../export/pool.js";
import type { ResultOf, WorkerTask } from "../export/render-task.js";
import { taskSignal } from "../export/task-signal.js";
import { HttpError } from "./errors.js";

export interface QueueStats {
  running: number;
  waiting: number;
  /** How many tasks may wait for a worker before the server answers 503. */
  limit: number;
}

export interface QueueOptions {
  jobs: number;
  queue: number;
  timeLimitMs: number;
}

interface Waiter {
  start: () => void;
  cancel: () => void;
}

/** The time a task is assumed to take before any has finished, for Retry-After. */
const FIRST_GUESS_MS = 2000;

/**
 * Hands tasks to the pool no faster than it has threads, so the pool itself never queues and the
 * waiting line here is the only one: its length is what /healthz reports and what 503 is decided on.
 */
export class RenderQueue {
  #running = 0;
  readonly #waiting: Waiter[] = [];
  // A running average of task times: how long a caller told to retry should wait.
  #averageMs = FIRST_GUESS_MS;

  constructor(
    readonly pool: RenderPool,
    readonly options: QueueOptions,
  ) {}

  get stats(): QueueStats {
    return { running: this.#running, waiting: this.#waiting.length, limit: this.options.queue };
  }

  /** 503 unless a task could start or wait now: a request that will queue several tasks asks first. */
  admit(): void {
    if (this.#running < this.options.jobs || this.#waiting.length < this.options.queue) return;
    throw this.#busy();
  }

  /**
   * Runs `task` on a worker once one is free. `admitted` tasks (the later inputs of a request
   * already let in by `admit`) may wait beyond the limit, so a long export is not cut off halfway.
   * Throws 503 when the line is full, 422 when the task runs past the time limit.
   */
  async run<T extends WorkerTask>(
    task: T,
    options: { signal?: AbortSignal; admitted?: boolean } = {},
  ): Promise<ResultOf<T>> {
    await this.#turn(options.signal, options.admitted === true);
    const started = performance.now();
    const limit = taskSignal(this.options.timeLimitMs, options.signal);
    try {
      return await this.pool.run(task, limit.signal);
    } catch (error) {
      if (limit.timedOut()) throw this.timeLimitError();
      if (options.signal?.aborted) throw cancelled();
      throw workerFailure(error);
    } finally {
      limit.release();
      const ms = performance.now() - started;
      this.#averageMs = this.#averageMs * 0.8 + ms * 0.2;
      this.#running--;
      this.#waiting.shift()?.start();
    }
  }

  /** 422 for a task that ran past `--time-limit`. */
  timeLimitError(): HttpError {
    const seconds = this.options.timeLimitMs / 1000;
    return new HttpError(422, {
      message: `rendering took longer than ${seconds} s`,
      hint: "check the file is one statement; the server's --time-limit sets the limit",
    });
  }

  #turn(signal: AbortSignal | undefined, admitted: boolean): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelled());
    if (this.#running < this.options.jobs) {
      this.#running++;
      return Promise.resolve();
    }
    if (!admitted && this.#waiting.length >= this.options.queue) return Promise.reject(this.#busy());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener("abort", waiter.cancel);
          this.#running++;
          resolve();
        },
        cancel: () => {
          const at = this.#waiting.indexOf(waiter);
          if (at !== -1) this.#waiting.splice(at, 1);
          reject(cancelled());
        },
      };
      signal?.addEventListener("abort", waiter.cancel, { once: true });
      this.#waiting.push(waiter);
    });
  }

  #busy(): HttpError {
    const ahead = this.#waiting.length / Math.max(1, this.options.jobs) + 1;
    const seconds = Math.max(1, Math.ceil((this.#averageMs * ahead) / 1000));
    return new HttpError(
      503,
      {
        message: `the server is busy: ${this.#running} renders running and ${this.#waiting.length} waiting`,
        hint: `try again in ${seconds} s`,
      },
      { "retry-after": String(seconds) },
    );
  }
}

/** The client went away: nobody reads the answer, but the status must still be an error. */
function cancelled(): HttpError {
  return new HttpError(499, { message: "the request was cancelled" });
}

/** A worker that died or ran out of memory: the input's fault as far as anyone can tell. */
function workerFailure(error: unknown): HttpError {
  const code = (error as { code?: unknown } | undefined)?.code;
  const text = error instanceof Error ? error.message : String(error);
  if (code === "ERR_WORKER_OUT_OF_MEMORY" || /memory limit|heap out of memory/i.test(text)) {
    return new HttpError(422, {
      message: "rendering needed more memory than a worker may use",
      hint: "check the file is one statement",
    });
  }
  return new HttpError(500, { message: "a render worker failed — this is a bug in briefing" });
}

/**
 * A signal aborted when the client goes away before its answer is sent, so its renders stop
 * instead of holding workers for nobody.
 */
export function clientGone(reply: { raw: NodeJS.EventEmitter & { writableFinished: boolean } }): AbortSignal {
  const controller = new AbortController();
  reply.raw.once("close", () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller.signal;
}

/** `work` over `items`, at most `lanes` at once; results in the items' order. */
export async function inLanes<T, R>(
  items: readonly T[],
  lanes: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, lane));
  return results;
}
