// The export thread (see export-thread.ts): runs the export and posts its progress, its exit
// code or what it threw to the main thread.

import { parentPort, workerData } from "node:worker_threads";
import { exportCommand } from "./export-command.js";
import {
  describeThreadError,
  type ExportThreadData,
  type ExportThreadMessage,
  type StopMessage,
} from "./export-thread.js";
import type { StopReason } from "./manifest.js";
import type { ExportProgress, ProgressEntry } from "./progress.js";

const port = parentPort;
if (!port) throw new Error("export-thread-entry.js runs on the export thread only");
const post = (message: ExportThreadMessage) => port.postMessage(message);
const { args, plan, startedAt } = workerData as ExportThreadData;

// A signal may come before the export listens for it: it is kept and applied then.
let received: StopReason | undefined;
let onStop: ((signal: StopReason) => void) | undefined;
port.on("message", (message: StopMessage) => {
  if (message.type !== "stop") return;
  received ??= message.signal;
  onStop?.(message.signal);
});

/**
 * Finished inputs wait this long to cross to the main thread together. A message per input cost
 * the export thread 0.15 ms each (the copy, and waking the main thread), for a bar that redraws
 * ten times a second.
 */
const ENTRY_BATCH_MS = 50;
let entries: ProgressEntry[] = [];
let flushTimer: NodeJS.Timeout | undefined;

function flushEntries(): void {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = undefined;
  if (entries.length === 0) return;
  post({ type: "entries", entries });
  entries = [];
}

// Every other message goes after the entries finished before it, so lines keep their order.
const postInOrder = (message: ExportThreadMessage) => {
  flushEntries();
  post(message);
};

const progress: ExportProgress = {
  start: (total) => postInOrder({ type: "start", total }),
  // Only what the progress lines show crosses threads, not the whole manifest entry.
  entry: ({ input, status, outputs, ms, warnings, error }) => {
    entries.push({
      input,
      status,
      ms,
      warnings,
      outputs: outputs.map(({ path }) => ({ path })),
      ...(error && { error: { message: error.message } }),
    });
    flushTimer ??= setTimeout(flushEntries, ENTRY_BATCH_MS);
  },
  log: (line) => postInOrder({ type: "log", line }),
  stop: () => postInOrder({ type: "stop" }),
};

try {
  const exitCode = await exportCommand(args, plan, {
    startedAt,
    progress,
    stdout: process.stdout,
    onStop(stop) {
      onStop = stop;
      if (received) stop(received);
      return () => {
        onStop = undefined;
      };
    },
  });
  postInOrder({ type: "done", exitCode });
} catch (error) {
  postInOrder({ type: "failed", error: describeThreadError(error) });
} finally {
  port.unref();
}
