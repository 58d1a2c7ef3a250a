// Font files shared between worker threads. Each render worker used to read its own copy of every
// font file it used (Noto Serif JP is 7.3 MB a weight), so two workers held two copies. Given one
// arena (a SharedArrayBuffer handed to every worker), the first thread to need a file reads it
// into the arena and the others wait for it and parse the same bytes. The arena is reserved, not
// touched: pages no font was read into cost no RSS. Without an arena, or when a file does not fit,
// a thread reads its own copy as before.

import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";

// Layout: a control block of int32s (lock, entries used, next free byte), a table of entries
// (state, offset, length, path length), the entries' paths, then the file bytes.
const LOCK = 0;
const USED = 1;
const NEXT = 2;
const CONTROL_INTS = 4;
const MAX_ENTRIES = 64;
const ENTRY_INTS = 4;
const PATH_BYTES = 1024;
const ENTRIES_AT = CONTROL_INTS;
const PATHS_AT = (CONTROL_INTS + MAX_ENTRIES * ENTRY_INTS) * 4;
const DATA_AT = Math.ceil((PATHS_AT + MAX_ENTRIES * PATH_BYTES) / 4096) * 4096;

enum State {
  Loading = 1,
  Ready = 2,
  Failed = 3,
}

/** How long a thread waits for another to read a file before reading its own copy. */
const WAIT_MS = 30_000;

let arena: { buffer: SharedArrayBuffer; ints: Int32Array; bytes: Uint8Array } | undefined;

/**
 * Makes this thread read font files through `buffer`: a new, zero-filled SharedArrayBuffer that
 * every thread is given, big enough for the font files they will use (all the built-in themes'
 * fonts come to 96 MB). `undefined`, or a buffer too small for the arena's tables (70 KB), stops it.
 */
export function useFontArena(buffer: SharedArrayBuffer | undefined): void {
  arena =
    buffer === undefined || buffer.byteLength < DATA_AT
      ? undefined
      : { buffer, ints: new Int32Array(buffer, 0, DATA_AT / 4), bytes: new Uint8Array(buffer) };
}

/**
 * The bytes of the font file at `path`: a view into the arena when this thread uses one and the
 * file fits, else a private copy. Throws what `readFileSync` throws for a missing or unreadable file.
 */
export function readFontBytes(path: string): Buffer {
  if (arena === undefined) return readFileSync(path);
  const key = Buffer.from(path, "utf8");
  if (key.length > PATH_BYTES) return readFileSync(path);
  return sharedBytes(arena, path, key) ?? readFileSync(path);
}

type Arena = NonNullable<typeof arena>;

function sharedBytes(shared: Arena, path: string, key: Buffer): Buffer | undefined {
  if (!lock(shared.ints)) {
    // Only a thread that died holding the lock keeps it this long: stop waiting on it.
    arena = undefined;
    return undefined;
  }
  let claim: ReturnType<typeof findOrClaim>;
  try {
    claim = findOrClaim(shared, path, key);
  } finally {
    unlock(shared.ints);
  }
  if (claim === undefined) return undefined;
  if (claim.fd === undefined) return waitForEntry(shared, claim.entry);
  return fill(shared, claim.entry, claim.fd);
}

/** The entry holding `key`, or a new one claimed for it with the file opened to fill it; the lock is held. */
function findOrClaim({ buffer, ints, bytes }: Arena, path: string, key: Buffer) {
  const found = findEntry(ints, bytes, key);
  if (found !== undefined) return { entry: found, fd: undefined };
  const used = Atomics.load(ints, USED);
  const next = Atomics.load(ints, NEXT);
  if (used === MAX_ENTRIES) return undefined;
  // A file that cannot be opened is read privately, so the error is the one readFileSync gives.
  const fd = openOrUndefined(path);
  if (fd === undefined) return undefined;
  let size: number;
  try {
    size = fstatSync(fd).size;
  } catch {
    closeSync(fd);
    return undefined;
  }
  if (DATA_AT + next + size > buffer.byteLength) {
    closeSync(fd);
    return undefined;
  }
  const at = ENTRIES_AT + used * ENTRY_INTS;
  Atomics.store(ints, at, State.Loading);
  Atomics.store(ints, at + 1, next);
  Atomics.store(ints, at + 2, size);
  Atomics.store(ints, at + 3, key.length);
  bytes.set(key, PATHS_AT + used * PATH_BYTES);
  Atomics.store(ints, NEXT, next + Math.ceil(size / 8) * 8);
  Atomics.store(ints, USED, used + 1);
  return { entry: used, fd };
}

/** Reads the claimed file into its entry's bytes and tells waiting threads how it went. */
function fill({ buffer, ints }: Arena, entry: number, fd: number): Buffer | undefined {
  const at = ENTRIES_AT + entry * ENTRY_INTS;
  const view = Buffer.from(buffer, DATA_AT + Atomics.load(ints, at + 1), Atomics.load(ints, at + 2));
  let state = State.Failed;
  try {
    let read = 0;
    while (read < view.length) {
      const got = readSync(fd, view, read, view.length - read, read);
      if (got === 0) break;
      read += got;
    }
    // A file that shrank while it was read is not shared; the private read reports what is there.
    if (read === view.length) state = State.Ready;
  } finally {
    closeSync(fd);
    Atomics.store(ints, at, state);
    Atomics.notify(ints, at);
  }
  return state === State.Ready ? view : undefined;
}

function findEntry(ints: Int32Array, bytes: Uint8Array, key: Buffer): number | undefined {
  const used = Atomics.load(ints, USED);
  for (let entry = 0; entry < used; entry++) {
    if (Atomics.load(ints, ENTRIES_AT + entry * ENTRY_INTS + 3) !== key.length) continue;
    const start = PATHS_AT + entry * PATH_BYTES;
    if (key.equals(bytes.subarray(start, start + key.length))) return entry;
  }
  return undefined;
}

function waitForEntry({ buffer, ints }: Arena, entry: number): Buffer | undefined {
  const at = ENTRIES_AT + entry * ENTRY_INTS;
  if (
    Atomics.load(ints, at) === State.Loading &&
    Atomics.wait(ints, at, State.Loading, WAIT_MS) === "timed-out"
  ) {
    // The reading thread died (a worker stopped at its time limit): nobody waits for this entry again.
    Atomics.compareExchange(ints, at, State.Loading, State.Failed);
  }
  if (Atomics.load(ints, at) !== State.Ready) return undefined;
  return Buffer.from(buffer, DATA_AT + Atomics.load(ints, at + 1), Atomics.load(ints, at + 2));
}

function openOrUndefined(path: string): number | undefined {
  try {
    return openSync(path, "r");
  } catch {
    return undefined;
  }
}

/** Takes the arena's lock, held for a table lookup and an open(2); false if a dead thread kept it. */
function lock(ints: Int32Array): boolean {
  const deadline = Date.now() + WAIT_MS;
  while (Atomics.compareExchange(ints, LOCK, 0, 1) !== 0) {
    if (Date.now() > deadline) return false;
    Atomics.wait(ints, LOCK, 1, 5);
  }
  return true;
}

function unlock(ints: Int32Array): void {
  Atomics.store(ints, LOCK, 0);
  Atomics.notify(ints, LOCK, 1);
}
