// Shared rule (io): bytes → a file written through a temp file and a rename, never half-written.
// Used by the CLI for every file it writes (render, export, book, manifest); export's workers
// write the temp files and the main thread, once it has named the output, renames them.

import { randomUUID } from "node:crypto";
import { closeSync, fsync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";

/** A file's bytes, or its text whole or in pieces (a large manifest is never one string). */
export type FileContent = Uint8Array | string | Iterable<string>;

/**
 * Writes `bytes` to a new temporary file in `dir` and returns its path: the first half of an
 * atomic write, which `commitTempFile` finishes. Its name starts with a dot and `name`, and
 * carries the process id, so `isAtomicTempFile` knows it and a later run can tell whether its
 * writer is gone. Not synced here: export's workers write and go on rendering while the main
 * thread syncs (an fsync takes milliseconds on a real disk). Nothing is left if the write fails.
 */
export async function writeTempFile(dir: string, name: string, bytes: FileContent): Promise<string> {
  const temp = tempPath(dir, name);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    return temp;
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/**
 * `writeTempFile` in blocking calls, for a thread with nothing else to do while it writes:
 * export's render threads, which wait for their files before taking the next input. Writing a
 * 32 KB output this way took 200–330 µs of CPU against 490–650 µs through the thread pool's
 * round trips (2,000 files, four at a time; bench/results.md, step 18).
 */
export function writeTempFileSync(dir: string, name: string, bytes: Uint8Array): string {
  const temp = tempPath(dir, name);
  try {
    writeFileSync(temp, bytes, { flag: "wx" });
    return temp;
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function tempPath(dir: string, name: string): string {
  // A UUID's first 8 hex digits are random: 32 bits, as 4 random bytes, from Node's pooled
  // entropy (randomBytes asks the system each call: 0.7 % of a render thread's time).
  return join(dir, `.${name}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
}

const fsyncOnPool = promisify(fsync);

/**
 * Syncs a temporary file to disk and renames it to `path`, so `path` holds either its old bytes
 * or all of the new ones, even after a power cut. The temporary file is gone either way. The
 * fsync, which waits for the disk, runs on the I/O pool; opening, closing and renaming take
 * microseconds and are blocking calls, not a pool round trip each (174–204 µs of CPU a file
 * against 321–368 µs, 2,000 files four at a time; bench/results.md, step 19).
 */
export async function commitTempFile(temp: string, path: string): Promise<void> {
  let fd: number | undefined;
  try {
    fd = openSync(temp, "r");
    await fsyncOnPool(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeQuietly(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already failed: the first error is the one to report.
  }
}

/**
 * Writes `bytes` to `path` through a temporary file in the same directory and a rename,
 * so a reader never sees a half-written file and an existing file survives a failure.
 */
export async function writeFileAtomic(path: string, bytes: FileContent): Promise<void> {
  await commitTempFile(await writeTempFile(dirname(path), basename(path), bytes), path);
}

/** True for the names `writeTempFile` gives its temporary files. */
export function isAtomicTempFile(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/.test(name);
}
