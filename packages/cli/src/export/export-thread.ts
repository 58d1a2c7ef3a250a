// `briefing export` runs on a thread of its own, not on the main thread. The main thread's heap
// takes V8's defaults for the machine (a 32 MB young generation here, an old generation that
// collects late), and an export's bookkeeping turns over a gigabyte of short-lived objects per
// 10,000 inputs; a thread's heap can be sized, so the export's is small (bench/results.md, step
// 15). The main thread parses the command line, draws progress on stderr and turns signals into
// a stop message; the thread does the rest and writes --json and the summary to stdout.

import { Worker } from "node:worker_threads";
import { BriefingError } from "@briefing/core/light";
import { CliError, EXIT_INPUT, EXIT_ON_SIGNAL } from "../cli-error.js";
import type { ExportPlan } from "./export-options.js";
import type { StopReason } from "./manifest.js";
import { createProgress, type ProgressEntry } from "./progress.js";

/**
 * The export thread's young generation, in MB. V8 gives the main thread 32 MB on this machine;
 * the export's garbage dies young (a result, its file names, a manifest entry's pieces), so a
 * small one is collected often and cheaply and holds far less.
 */
const EXPORT_THREAD_YOUNG_MB = 6;

export interface ExportThreadData {
  args: string[];
  plan: ExportPlan;
  startedAt: number;
}

/** The export thread's messages to the main thread. */
export type ExportThreadMessage =
  | { type: "start"; total: number }
  /** Inputs finished since the last message, in the order they finished. */
  | { type: "entries"; entries: ProgressEntry[] }
  | { type: "log"; line: string }
  | { type: "stop" }
  | { type: "done"; exitCode: number }
  | { type: "failed"; error: ThreadError };

/** The main thread's message to the export thread. */
export interface StopMessage {
  type: "stop";
  signal: StopReason;
}

/** An error thrown on the export thread, as bin.ts needs it to report it. */
export type ThreadError =
  | { kind: "usage"; message: string; exitCode: number }
  | { kind: "file"; message: string; code?: string; path: string; syscall?: string }
  | { kind: "bug"; message: string; stack?: string };

/** Runs `briefing export` on its own thread; resolves with its exit code, or rejects as it threw. */
export function exportOnThread(args: string[], plan: ExportPlan): Promise<number> {
  const startedAt = performance.timeOrigin + performance.now();
  const progress = createProgress({ verbose: plan.verbose, quiet: plan.quiet });
  const worker = new Worker(new URL("./export-thread-entry.js", import.meta.url), {
    workerData: { args, plan, startedAt } satisfies ExportThreadData,
    resourceLimits: { maxYoungGenerationSizeMb: EXPORT_THREAD_YOUNG_MB },
  });
  let stopping = false;
  const onSignal = (signal: keyof typeof EXIT_ON_SIGNAL) => {
    if (stopping) process.exit(EXIT_ON_SIGNAL[signal]);
    stopping = true;
    progress.log(
      `briefing: ${signal === "SIGINT" ? "interrupted" : "terminated"} — stopping workers, keeping finished files and writing the manifest (${signal === "SIGINT" ? "Ctrl-C" : "the signal"} again to quit now)`,
    );
    worker.postMessage({ type: "stop", signal } satisfies StopMessage);
  };
  const onSigint = () => onSignal("SIGINT");
  const onSigterm = () => onSignal("SIGTERM");
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigterm);
  let outcome: { exitCode: number } | { error: Error } | undefined;
  return new Promise<number>((resolve, reject) => {
    worker.on("message", (message: ExportThreadMessage) => {
      if (message.type === "start") progress.start(message.total);
      else if (message.type === "entries") for (const entry of message.entries) progress.entry(entry);
      else if (message.type === "log") progress.log(message.line);
      else if (message.type === "stop") progress.stop();
      else if (message.type === "done") outcome = { exitCode: message.exitCode };
      else outcome = { error: rebuiltError(message.error) };
    });
    // Uncaught on the thread: a bug, reported with its stack like any other.
    worker.on("error", (error) => {
      outcome ??= { error };
    });
    // Everything the thread wrote to stdout has reached this thread's stdout by now.
    worker.on("exit", (code) => {
      progress.stop();
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigterm);
      if (outcome && "exitCode" in outcome) resolve(outcome.exitCode);
      else reject(outcome?.error ?? new Error(`the export thread stopped with exit code ${code}`));
    });
  });
}

/** `error` as the export thread posts it. */
export function describeThreadError(error: unknown): ThreadError {
  if (error instanceof CliError) return { kind: "usage", message: error.message, exitCode: error.exitCode };
  if (error instanceof BriefingError) return { kind: "usage", message: error.message, exitCode: EXIT_INPUT };
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof path === "string")
    return { kind: "file", message, path, ...(code && { code }), ...(syscall && { syscall }) };
  return { kind: "bug", message, ...(error instanceof Error && error.stack && { stack: error.stack }) };
}

/** The error bin.ts reports as it would have reported the original. */
export function rebuiltError(error: ThreadError): Error {
  if (error.kind === "usage") return new CliError(error.message, error.exitCode);
  const copy: Error & Partial<NodeJS.ErrnoException> = new Error(error.message);
  if (error.kind === "file")
    Object.assign(copy, { path: error.path, code: error.code, syscall: error.syscall });
  else copy.stack = error.stack ?? error.message;
  return copy;
}
