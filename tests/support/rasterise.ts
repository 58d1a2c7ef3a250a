import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { PNG } from "pngjs";

// pdf.js draws in Node on @napi-rs/canvas (Skia, shipped prebuilt in its npm package: no system
// library). Fonts are the ones the PDF embeds, drawn as paths: nothing from the machine is used.
// The standard fonts' data is only read for a PDF that uses one of the 14 without embedding it.
const standardFontDataUrl = pathToFileURL(
  `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`,
).href;

/** A page drawn to pixels: 8-bit grey, one byte per pixel. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Draws one page (1-based) of a PDF at `dpi`, on white, as grey levels. */
export async function rasterisePage(pdfBytes: Uint8Array, page: number, dpi: number): Promise<GreyImage> {
  const pdf = await getDocument({
    data: pdfBytes.slice(),
    standardFontDataUrl,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const proxy = await pdf.getPage(page);
    const viewport = proxy.getViewport({ scale: dpi / 72 });
    const width = Math.round(viewport.width);
    const height = Math.round(viewport.height);
    // The canvas factory pdf.js made for Node (on @napi-rs/canvas), as in pdf.js's Node example.
    const factory = pdf.canvasFactory as {
      create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
    };
    const { canvas, context } = factory.create(width, height);
    await proxy.render({ canvas, canvasContext: context, viewport, background: "#ffffff" }).promise;
    const rgba = context.getImageData(0, 0, width, height).data;
    const data = new Uint8Array(width * height);
    for (let i = 0; i < data.length; i++) {
      const r = rgba[i * 4] as number;
      const g = rgba[i * 4 + 1] as number;
      const b = rgba[i * 4 + 2] as number;
      // Rec. 601 luma: colour (link blue, rule grey) stays distinguishable from black.
      data[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
    return { width, height, data };
  } finally {
    await pdf.destroy();
  }
}

/** A grey image as an 8-bit greyscale PNG. */
export function encodeGreyPng(image: GreyImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height, colorType: 0, inputColorType: 0 });
  png.data = Buffer.from(image.data);
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
}

/** A PNG (any colour type) as RGBA, what pixelmatch compares. */
export function decodePng(bytes: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, rgba: new Uint8Array(png.data) };
}

/** RGBA pixels as a PNG. */
export function encodeRgbaPng(rgba: Uint8Array, width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  png.data = Buffer.from(rgba);
  return PNG.sync.write(png);
}
