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
import type { ExportProgress } from "./progress.js";

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

const progress: ExportProgress = {
  start: (total) => post({ type: "start", total }),
  // Only what the progress lines show crosses threads, not the whole manifest entry.
  entry: ({ input, status, outputs, ms, warnings, error }) =>
    post({
      type: "entry",
      entry: {
        input,
        status,
        ms,
        warnings,
        outputs: outputs.map(({ path }) => ({ path })),
        ...(error && { error: { message: error.message } }),
      },
    }),
  log: (line) => post({ type: "log", line }),
  stop: () => post({ type: "stop" }),
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
  post({ type: "done", exitCode });
} catch (error) {
  post({ type: "failed", error: describeThreadError(error) });
} finally {
  port.unref();
}
