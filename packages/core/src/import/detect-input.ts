import { BriefingError, positionAt } from "../errors.js";

/** Statements are a few pages; anything bigger is almost certainly the wrong file. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * Turns a file's bytes (or an already decoded string) into clean text: UTF-8 only, the byte
 * order mark dropped, CRLF and lone CR made LF. Refuses binary data, invalid UTF-8, files over
 * `maxBytes` and files with no text, each with the position and a way out.
 */
export function decodeInput(input: string | Uint8Array, file: string, maxBytes = MAX_INPUT_BYTES): string {
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    if (input.byteLength > maxBytes) throw tooLarge(file, input.byteLength, maxBytes);
    const nul = input.subarray(0, 8192).indexOf(0);
    if (nul >= 0) {
      throw new BriefingError(
        { file, ...positionAt(lenient.decode(input.subarray(0, nul)), nul) },
        "this is a binary file, not text (it contains NUL bytes)",
        "give briefing a .txt, .md, .yaml or .json statement saved as UTF-8 text",
      );
    }
    try {
      text = utf8.decode(input);
    } catch {
      throw invalidUtf8(input, file);
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
