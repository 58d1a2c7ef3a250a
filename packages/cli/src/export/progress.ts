// `briefing export` progress on stderr: a cli-progress bar (count, rate, ETA) on a terminal, a
// line per file with --verbose, only failures with --quiet; stdout stays free for --json.

import { formatWarning } from "@briefing/core/light";
import cliProgress from "cli-progress";
import type { ManifestEntry } from "./manifest.js";

export interface ProgressOptions {
  verbose: boolean;
  quiet: boolean;
  /** Where progress and diagnostics go; stdout stays free for `--json`. */
  stream?: NodeJS.WriteStream;
}

/** What the progress lines show of a finished input. */
export type ProgressEntry = Pick<ManifestEntry, "input" | "status" | "ms" | "warnings"> & {
  outputs: readonly { path: string }[];
  error?: { message: string };
};

/** Tells the user how an export goes while it runs. */
export interface ExportProgress {
  start(total: number): void;
  entry(entry: ProgressEntry): void;
  /** A line that must not be lost under the bar. */
  log(line: string): void;
  stop(): void;
}

/**
 * A bar with count, rate and ETA when the stream is a terminal; one line per file with
 * `--verbose`; only failures with `--quiet`. Failures are always one line each, and no
 * escape code is written to a stream that is not a terminal.
 */
export function createProgress(options: ProgressOptions): ExportProgress {
  const stream = options.stream ?? process.stderr;
  const useBar = !options.verbose && !options.quiet && stream.isTTY === true && process.env.TERM !== "dumb";
  let multi: cliProgress.MultiBar | undefined;
  let bar: cliProgress.SingleBar | undefined;
  let started = 0;
  let done = 0;
  const write = (line: string) => (multi ? multi.log(`${line}\n`) : stream.write(`${line}\n`));

  return {
    start(total) {
      started = performance.now();
      if (!useBar) return;
      multi = new cliProgress.MultiBar(
        {
          stream,
          format: " {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}",
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
          fps: 10,
        },
        cliProgress.Presets.shades_classic,
      );
      bar = multi.create(total, 0, { rate: "0.0" });
    },
    entry(entry) {
      done++;
      if (entry.error) write(`briefing: ${entry.error.message}`);
      if (options.verbose) {
        if (entry.status !== "failed") {
          const names = entry.outputs.map((output) => output.path).join(", ");
          const what = entry.status === "unchanged" ? "unchanged" : `${entry.ms} ms`;
          write(`${entry.input} → ${names} (${what})`);
        }
        for (const warning of entry.warnings) write(`warning: ${formatWarning(warning)}`);
      }
      const seconds = (performance.now() - started) / 1000;
      bar?.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : "0.0" });
    },
    log(line) {
      write(line);
    },
    stop() {
      // The bar flushes logged lines only when it redraws: draw once more so none is lost.
      multi?.update();
      multi?.stop();
      multi = undefined;
      bar = undefined;
    },
  };
}
