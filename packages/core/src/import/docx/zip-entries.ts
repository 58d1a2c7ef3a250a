// Import stage (.docx): zip bytes → central-directory entries and their inflated data.
// Borrows fflate's streaming Inflate, so no entry is ever inflated past its declared size.

import { Inflate } from "fflate";

/** One file of a zip package, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the directory declares: checked against the data when it is read. */
  size: number;
  /** Where the entry's local header starts. */
  headerOffset: number;
}

/** A zip that cannot be read, or whose data does not match its directory; `problem` says how. */
export class ZipProblem extends Error {}

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
const u64 = (bytes: Uint8Array, at: number) => u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;

/**
 * The entries of a zip's central directory, read without inflating anything, so that sizes
 * can be checked before any data is expanded. Zip64 sizes and offsets are understood.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  let end = bytes.length - 22;
  while (end >= 0 && u32(bytes, end) !== 0x06054b50) {
    if (bytes.length - end > 65557) throw new ZipProblem("no zip end-of-directory record");
    end--;
  }
  if (end < 0) throw new ZipProblem("no zip end-of-directory record");
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (end >= 20 && u32(bytes, end - 20) === 0x07064b50) {
    const zip64 = u64(bytes, end - 12);
    if (u32(bytes, zip64) === 0x06064b50) {
      count = u64(bytes, zip64 + 32);
      offset = u64(bytes, zip64 + 48);
    }
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== 0x02014b50)
      throw new ZipProblem("a damaged zip directory");
    const nameLength = u16(bytes, offset + 28);
    const extraLength = u16(bytes, offset + 30);
    const commentLength = u16(bytes, offset + 32);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: u16(bytes, offset + 10),
      compressedSize: u32(bytes, offset + 20),
      size: u32(bytes, offset + 24),
      headerOffset: u32(bytes, offset + 42),
    };
    // Zip64: a field of all ones is in the extra field (id 1), in this order.
    let extra = offset + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const length = u16(bytes, extra + 2);
      if (id === 1) {
        let at = extra + 4;
        if (entry.size === 0xffffffff) {
          entry.size = u64(bytes, at);
          at += 8;
        }
        if (entry.compressedSize === 0xffffffff) {
          entry.compressedSize = u64(bytes, at);
          at += 8;
        }
        if (entry.headerOffset === 0xffffffff) entry.headerOffset = u64(bytes, at);
      }
      extra += 4 + length;
    }
    entries.push(entry);
    offset = extraEnd + commentLength;
  }
  return entries;
}

/**
 * The entry's data, inflated in slices so that no more than its declared size is ever held,
 * and refused (`ZipProblem`) when the data inflates to more or fewer bytes than the directory
 * declares: a directory that lies must not make the reader cut the part short without a word.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const header = entry.headerOffset;
  if (header + 30 > bytes.length || u32(bytes, header) !== 0x04034b50)
    throw new ZipProblem(`${entry.name} has a damaged local header`);
  const start = header + 30 + u16(bytes, header + 26) + u16(bytes, header + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipProblem(`${entry.name} is cut short`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw sizeMismatch(entry, data.length);
    return data.slice();
  }
  if (entry.method !== 8) throw new ZipProblem(`${entry.name} uses compression method ${entry.method}`);
  const out = new Uint8Array(entry.size);
  let length = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    if (length + chunk.length > entry.size) throw sizeMismatch(entry, length + chunk.length, true);
    out.set(chunk, length);
    length += chunk.length;
    if (final) done = true;
  });
  // A slice of 16 KB inflates to at most about 16 MB (deflate's ratio is at most 1032:1).
  const slice = 16 * 1024;
  try {
    for (let at = 0; at < data.length && !done; at += slice)
      inflate.push(data.subarray(at, at + slice), at + slice >= data.length);
  } catch (error) {
    if (error instanceof ZipProblem) throw error;
    throw new ZipProblem(
      `${entry.name} does not inflate (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (length !== entry.size) throw sizeMismatch(entry, length);
  return out;
}

function sizeMismatch(entry: ZipEntry, actual: number, more = false): ZipProblem {
  return new ZipProblem(
    more
      ? `${entry.name} inflates to more than the ${entry.size.toLocaleString("en-US")} bytes its zip directory declares`
      : `${entry.name} inflates to ${actual.toLocaleString("en-US")} bytes, not the ${entry.size.toLocaleString("en-US")} its zip directory declares`,
  );
}
