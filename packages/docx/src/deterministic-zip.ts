// Word package assembly: package parts → .docx bytes, zipped with fflate at fixed dates/times;
// each part deflated once by node's zlib (repeating parts once per process), so output is byte-identical.
import { crc32, deflateRawSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";

/** What a package part holds: XML text, or bytes. */
export type PartData = string | Uint8Array;

/** A part deflated once: what its zip entry needs besides its name and time. */
interface CompressedPart {
  crc: number;
  size: number;
  data: Uint8Array<ArrayBuffer>;
}

const level = 6;
// The zip entry's flag bits 1–2 for this DEFLATE level (APPNOTE 4.4.4): 0 is "normal".
const deflateFlag = 0;
const encoder = new TextEncoder();

// Node's zlib, as pdfkit's PDF streams: 2.5 times as fast as fflate's deflate on these parts (0.24
// against 0.61 ms per document) and a little smaller (bench/results.md, step 12).
function deflatePart(data: PartData): CompressedPart {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  return {
    crc: crc32(bytes),
    size: bytes.length,
    // A copy: zlib's small results are views on a shared slab, which a cached part would keep alive.
    data: new Uint8Array(deflateRawSync(bytes, { level })),
  };
}

// Parts that differ in every document; the rest (styles, theme, settings, numbering, content types,
// relationships, often header and footer) repeat across a batch, and DEFLATE gives the same bytes
// for the same text, so each is compressed once per process.
const uniqueParts = new Set(["word/document.xml", "docProps/core.xml", "docProps/custom.xml"]);
const maxCachedParts = 128;
// By path, then by text: a cached theme part is the same string every time, so its lookup costs
// no hashing of its text.
const compressedParts = new Map<string, Map<string, CompressedPart>>();
let cachedCount = 0;

function compressPart(path: string, data: PartData): CompressedPart {
  if (typeof data !== "string" || uniqueParts.has(path)) return deflatePart(data);
  let byText = compressedParts.get(path);
  if (byText === undefined) {
    byText = new Map();
    compressedParts.set(path, byText);
  }
  const known = byText.get(data);
  if (known !== undefined) {
    byText.delete(data);
    byText.set(data, known);
    return known;
  }
  const part = deflatePart(data);
  byText.set(data, part);
  if (++cachedCount > maxCachedParts) {
    // Parts that vary (a footer with the title) churn; the oldest of the biggest group goes.
    // The first of the biggest, in the order the paths were first seen.
    let largest: Map<string, CompressedPart> | undefined;
    for (const group of compressedParts.values()) if (!largest || group.size > largest.size) largest = group;
    const oldest = largest?.keys().next().value;
    if (oldest !== undefined) largest?.delete(oldest);
    cachedCount--;
  }
  return part;
}

const leadingEntries = ["[Content_Types].xml", "_rels/.rels"];

/** `[Content_Types].xml` first, as Word writes it, so tools that sniff the first entry know the file. */
function entryOrder(paths: Iterable<string>): string[] {
  const all = [...paths];
  const first: string[] = [];
  for (const path of leadingEntries) if (all.includes(path)) first.push(path);
  const order = [...first];
  for (const path of all) if (!first.includes(path)) order.push(path);
  return order;
}

/**
 * Zips a package's parts with fixed entry times (`date`, as the core properties' dates are, see
 * document-properties.ts), so the same Document always gives the same bytes. Each part is deflated
 * once here (parts that repeat across documents once per process), never unzipped and zipped again.
 * fflate's Zip takes the deflated parts as they are and writes each entry's CRC-32 and sizes in a
 * data descriptor after its data (as streaming zip writers do) and in the central directory.
 */
export function zipPackage(parts: ReadonlyMap<string, PartData>, date: Date): Uint8Array {
  const output = new ZipOutput();
  const zip = new Zip(output.take);
  // fflate reads the entry time in local time; build a Date whose local fields are the UTC ones.
  const mtime = new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
  for (const path of entryOrder(parts.keys())) {
    const part = compressPart(path, parts.get(path) ?? "");
    const entry: ZipInputFile = {
      filename: path,
      size: part.size,
      crc: part.crc,
      compression: 8,
      flag: deflateFlag,
      mtime,
    };
    zip.add(entry);
    entry.ondata?.(null, part.data, true);
  }
  zip.end();
  return output.bytes();
}

/**
 * The chunks fflate's Zip hands out, joined at the end. A class rather than a callback made per
 * package: V8 keeps the optimized code of a per-call closure only until the next full collection,
 * so each new closure ran unoptimized again (docs/architecture.md, "Known traps").
 */
class ZipOutput {
  #chunks: Uint8Array[] = [];
  #length = 0;

  /** fflate's `ondata`, bound once per package. */
  readonly take = this.#take.bind(this);

  #take(error: Error | null, chunk: Uint8Array): void {
    if (error) throw error;
    this.#chunks.push(chunk);
    this.#length += chunk.length;
  }

  bytes(): Uint8Array {
    const bytes = new Uint8Array(this.#length);
    let offset = 0;
    for (const chunk of this.#chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  }
}
