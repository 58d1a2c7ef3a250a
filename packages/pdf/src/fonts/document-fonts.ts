// PDF fonts: a Document's font families → FontFaces (fontkit Font + pdfkit font) per variant,
// registered with one pdfkit document on first use, and each family's fallback chain, narrowed
// to the families for one script and ordered by language.
import type { Document, ResolvedFontFamily } from "@briefing/core";
import { BriefingError, languageMatches } from "@briefing/core";
import type * as fontkit from "fontkit";
import type { PdfkitFont } from "../pdfkit-internals.js";
import { loadFont } from "./font-cache.js";
import { registerFont } from "./pdfkit-font.js";

export type FontVariant = "regular" | "bold" | "italic" | "boldItalic";

/** One font file of one family, ready to draw with in one PDF. */
export interface FontFace {
  /** The name `doc.font()` selects it by (the file path). */
  key: string;
  family: string;
  variant: FontVariant;
  font: fontkit.Font;
  pdf: PdfkitFont;
}

export function fontVariant(bold: boolean, italic: boolean): FontVariant {
  if (bold) return italic ? "boldItalic" : "bold";
  return italic ? "italic" : "regular";
}

/** The Document's font families, as faces registered with one pdfkit document. */
export class DocumentFonts {
  readonly #doc: PDFKit.PDFDocument;
  readonly #families: Record<string, ResolvedFontFamily>;
  readonly #file: string;
  readonly #faces = new Map<string, FontFace>();
  readonly #chains = new Map<string, string[]>();
  readonly #candidates = new Map<string, string[]>();
  /** The Document's language (`meta.language`), which Han and unmarked text are set for. */
  readonly language: string | undefined;

  constructor(doc: PDFKit.PDFDocument, document: Document, file: string) {
    this.#doc = doc;
    this.#families = document.fonts;
    this.#file = file;
    this.language = document.meta.language;
  }

  /** The face of `family` in `variant`, registered with the document on first use. */
  face(family: string, variant: FontVariant): FontFace {
    const key = `${family}/${variant}`;
    let face = this.#faces.get(key);
    if (face === undefined) {
      const path = this.#family(family).files[variant];
      const font = loadFont(path);
      // Keyed by file, so a family that uses one file for every variant embeds it once.
      const pdf = registerFont(this.#doc, path, font);
      face = { key: path, family, variant, font, pdf };
      this.#faces.set(key, face);
    }
    return face;
  }

  /** `family` followed by its fallbacks (and theirs), each once. */
  chain(family: string): string[] {
    let chain = this.#chains.get(family);
    if (chain === undefined) {
      chain = [];
      this.#addToChain(chain, family);
      this.#chains.set(family, chain);
    }
    return chain;
  }

  /**
   * The fallbacks a character of `script` may be set in when `family` has no glyph for it, in
   * the order to try them: `family`'s chain after itself, without the families limited to other
   * scripts (`scripts`; a neutral character, of no script, may use any); those for the first
   * language of `preferred` (`languages`) first, then the second's, then the rest in chain
   * order. So Han in a Chinese document tries Noto Serif SC before Noto Serif JP, and English
   * never reaches Amiri.
   */
  candidates(family: string, script: string, preferred: readonly (string | undefined)[]): string[] {
    const key = `${family}\u0000${script}\u0000${preferred.join("\u0000")}`;
    let names = this.#candidates.get(key);
    if (names === undefined) {
      const chain = this.chain(family);
      const ranked: { name: string; rank: number }[] = [];
      for (let i = 1; i < chain.length; i++) {
        const name = chain[i] as string;
        const { scripts, languages } = this.#family(name);
        if (script === "neutral" || scripts === undefined || scripts.includes(script))
          ranked.push({ name, rank: languageRank(languages ?? [], preferred) });
      }
      // Array.prototype.sort is stable: equal ranks keep the chain's order.
      ranked.sort(byRank);
      names = [];
      for (const entry of ranked) names.push(entry.name);
      this.#candidates.set(key, names);
    }
    return names;
  }

  #addToChain(chain: string[], name: string): void {
    if (chain.includes(name)) return;
    chain.push(name);
    for (const next of this.#family(name).fallback) this.#addToChain(chain, next);
  }

  #family(name: string): ResolvedFontFamily {
    const family = this.#families[name];
    if (family === undefined) {
      throw new BriefingError(
        { file: this.#file },
        `font family "${name}" is used but the document does not define it`,
        `define "${name}" under fonts in the theme`,
      );
    }
    return family;
  }
}

// Loops and module functions, not callbacks made per call: see docs/pdf.md, "No closures made
// per document on the hot path".
/** The index of the first tag of `preferred` one of `languages` matches, else `preferred.length`. */
function languageRank(languages: readonly string[], preferred: readonly (string | undefined)[]): number {
  for (let index = 0; index < preferred.length; index++) {
    const tag = preferred[index];
    if (tag === undefined) continue;
    for (const prefix of languages) if (languageMatches(tag, prefix)) return index;
  }
  return preferred.length;
}

function byRank(a: { rank: number }, b: { rank: number }): number {
  return a.rank - b.rank;
}
