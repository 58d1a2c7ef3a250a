// PDF fonts: a TTF path → a fontkit Font, parsed once per process.
import { BriefingError } from "@briefing/core";
import * as fontkit from "fontkit";
import { readFontBytes } from "./shared-font-bytes.js";

// Parsed once per process: re-parsing the 7.7 MB Noto Serif JP per document doubles the time
// per document and adds 60–100 MB (DESIGN.md, "Known traps").
const fonts = new Map<string, fontkit.Font>();

/**
 * The paths of the font files parsed so far in this process, in the order they were parsed: what
 * tests check lazy loading with (English text must never parse a CJK or Arabic font).
 */
export function loadedFontPaths(): string[] {
  return [...fonts.keys()];
}

/** The fontkit font in the TTF at `path`, parsed on first use and kept for the process. */
export function loadFont(path: string): fontkit.Font {
  let font = fonts.get(path);
  if (font === undefined) {
    let bytes: Buffer;
    try {
      bytes = readFontBytes(path);
    } catch (error) {
      throw new BriefingError({ file: path }, "cannot read this font file", "check the theme's font paths", {
        cause: error,
      });
    }
    let parsed: fontkit.Font | fontkit.FontCollection;
    try {
      parsed = fontkit.create(bytes);
    } catch (error) {
      throw new BriefingError({ file: path }, "not a font fontkit can read", "give a TrueType (.ttf) file", {
        cause: error,
      });
    }
    // A collection (.ttc) holds several fonts, and a face names one file, not one font in it.
    if ("fonts" in parsed) {
      throw new BriefingError(
        { file: path },
        "a font collection, not a single font",
        "give a TrueType (.ttf) file",
      );
    }
    font = parsed;
    fonts.set(path, font);
  }
  return font;
}
