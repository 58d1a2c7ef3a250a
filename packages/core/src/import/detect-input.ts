// Import stage (decode): file bytes → clean text (UTF-8 or UTF-16, BOM dropped, LF line ends).
// Refuses binary, invalid UTF-8 and oversized files, with the position and a way out.

import { BriefingError, positionAt, type Warning } from "../errors.js";
import { MAX_INPUT_BYTES } from "./limits.js";

export { MAX_INPUT_BYTES };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * Turns a file's bytes (or an already decoded string) into clean text: UTF-8, or UTF-16 with
 * its byte order mark (or without one, when its ASCII shows every other byte NUL: read with a
 * warning pushed into `warnings`), the byte order mark dropped, CRLF and lone CR made LF.
 * Refuses binary data, invalid UTF-8, files over `maxBytes` and files with no text, each with
 * the position and a way out.
 */
export function decodeInput(
  input: string | Uint8Array,
  file: string,
  maxBytes = MAX_INPUT_BYTES,
  warnings?: Warning[],
): string {
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    if (input.byteLength > maxBytes) throw tooLarge(file, input.byteLength, maxBytes);
    const utf16 = utf16Encoding(input);
    if (utf16) {
      text = decodeUtf16(input, file, utf16.encoding);
      if (!utf16.bom) {
        warnings?.push({
          file,
          line: 1,
          column: 1,
          message: `read as ${utf16.encoding.toUpperCase()} text without a byte order mark; save it as UTF-8 to be sure it is read right`,
        });
      }
    } else {
      const nul = input.subarray(0, 8192).indexOf(0);
      if (nul >= 0) throw binary(file, input, nul);
      try {
        text = utf8.decode(input);
      } catch {
        throw invalidUtf8(input, file);
      }
    }
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim().length === 0) {
    throw new BriefingError(
      { file, line: 1, column: 1 },
      "the file is empty",
      "write the statement text into it, or leave it out of the list of inputs",
    );
  }
  return text;
}

function binary(file: string, input: Uint8Array, nul: number): BriefingError {
  return new BriefingError(
    { file, ...positionAt(lenient.decode(input.subarray(0, nul)), nul) },
    "this is a binary file, not text (it contains NUL bytes)",
    "give briefing a .txt, .md, .yaml or .json statement saved as UTF-8 text",
  );
}

type Utf16 = "utf-16le" | "utf-16be";

/**
 * UTF-16 by its byte order mark (FF FE little-endian, FE FF big-endian; FF FE 00 00 is UTF-32,
 * not this), or, without one, by its ASCII: in UTF-16 text mostly in Latin script every other
 * byte is NUL and the bytes between are not. Binary data seldom looks like that.
 */
function utf16Encoding(bytes: Uint8Array): { encoding: Utf16; bom: boolean } | undefined {
  const [first, second, third, fourth] = bytes;
  if (first === 0xff && second === 0xfe && !(third === 0 && fourth === 0))
    return { encoding: "utf-16le", bom: true };
  if (first === 0xfe && second === 0xff) return { encoding: "utf-16be", bom: true };
  if (bytes.byteLength < 4 || bytes.byteLength % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.byteLength, 8192));
  let evenNul = 0;
  let oddNul = 0;
  for (let at = 0; at < sample.length; at += 2) {
    if (sample[at] === 0) evenNul++;
    if (sample[at + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul >= pairs * 0.5 && evenNul === 0) return { encoding: "utf-16le", bom: false };
  if (evenNul >= pairs * 0.5 && oddNul === 0) return { encoding: "utf-16be", bom: false };
  return undefined;
}

/** The first C0 control a text file does not hold (all but tab, line feed, VT, form feed, CR). */
function controlIndex(text: string): number {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) return at;
  }
  return -1;
}

function decodeUtf16(bytes: Uint8Array, file: string, encoding: Utf16): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new BriefingError(
      { file, line: 1, column: 1 },
      `invalid ${encoding.toUpperCase()} (an odd number of bytes or a broken surrogate pair)`,
      "save the file as UTF-8 (e.g. in your editor: Save with Encoding → UTF-8)",
    );
  }
  const control = controlIndex(text);
  if (control >= 0) {
    throw new BriefingError(
      { file, ...positionAt(text, control) },
      `this is a binary file, not text (read as ${encoding.toUpperCase()}, it holds control characters)`,
      "give briefing a .txt, .md, .yaml or .json statement saved as UTF-8 text",
    );
  }
  return text;
}

export function tooLarge(file: string, bytes: number, maxBytes: number): BriefingError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new BriefingError(
    { file, line: 1, column: 1 },
    `the file is too large (${mb(bytes)}; statements are limited to ${mb(maxBytes)})`,
    "check that this is a statement and not another file; split a collection into one file per statement",
  );
}

/** Locates the first byte that is not UTF-8: everything before it decodes exactly. */
function invalidUtf8(bytes: Uint8Array, file: string): BriefingError {
  const decoded = lenient.decode(bytes);
  let offset = 0;
  let index = 0;
  for (const char of decoded) {
    const code = char.codePointAt(0) ?? 0;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const genuine =
      char !== "\uFFFD" ||
      (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd);
    if (!genuine) break;
    offset += width;
    index += char.length;
  }
  const byte = bytes[offset] ?? 0;
  return new BriefingError(
    { file, ...positionAt(decoded, index) },
    `invalid UTF-8 (byte 0x${byte.toString(16).padStart(2, "0")} at offset ${offset})`,
    "save the file as UTF-8 (e.g. in your editor: Save with Encoding → UTF-8); it may be in Shift_JIS or Windows-1252",
  );
}
