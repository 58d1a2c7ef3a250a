// `briefing export`: reserves disk space for manifest.json before rendering and frees it just
// before writing it, so a disk that fills up mid-export still records what finished.

import { randomBytes } from "node:crypto";
import { open, unlink } from "node:fs/promises";
import { join } from "node:path";

/**
 * Room kept per input for its manifest entry: with the built-in templates' 25 font paths an
 * entry takes about 5.2 KB (52 MB of manifest for 10,000 inputs, measured).
 */
const BYTES_PER_INPUT = 6 * 1024;
const MIN_BYTES = 64 * 1024;
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Claims disk space for the manifest before the export writes anything, so a disk that fills
 * up during the export still has room for the record of what finished: the space is given back
 * just before the manifest is written. The file is named like an atomic write's temporary file,
 * so a run killed before giving it back has it removed by the next run.
 */
export async function reserveSpace(dir: string, inputs: number): Promise<() => Promise<void>> {
  const bytes = Math.min(MAX_BYTES, Math.max(MIN_BYTES, inputs * BYTES_PER_INPUT));
  const path = join(dir, `.manifest.json.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(path, "wx");
  try {
    // Zeros written for real: a sparse file would reserve nothing.
    const chunk = Buffer.alloc(Math.min(bytes, 1024 * 1024));
    for (let written = 0; written < bytes; written += chunk.length) {
      await handle.write(chunk, 0, Math.min(chunk.length, bytes - written));
    }
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(path).catch(() => {});
    throw error;
  }
  await handle.close();
  return () => unlink(path).catch(() => {});
}
