import { readFileSync } from "node:fs";
import { BriefingError } from "@briefing/core";
import * as fontkit from "fontkit";

// Parsed once per process: re-parsing the 7.7 MB Noto Serif JP per document doubles the time
// per document and adds 60–100 MB (DESIGN.md, "Known traps").
const fonts = new Map<string, fontkit.Font>();

/** The fontkit font in the TTF at `path`, parsed on first use and kept for the process. */
export function loadFont(path: string): fontkit.Font {
  let font = fonts.get(path);
  if (font === undefined) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new BriefingError({ file: path }, "cannot read this font file", "check the theme's font paths", {
        cause: error,
      });
    }
    try {
      font = fontkit.create(bytes);
    } catch (error) {
      throw new BriefingError({ file: path }, "not a font fontkit can read", "give a TrueType (.ttf) file", {
        cause: error,
      });
    }
    fonts.set(path, font);
  }
  return font;
}
