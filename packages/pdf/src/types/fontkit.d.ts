// fontkit 2 ships no type declarations; this covers the part briefing uses.
declare module "fontkit" {
  export interface Font {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
