// Test support: a PDF read back by pdfjs → how full each page's text area is (used height / text
// area height), from the content text's positions (headers, footers, marks are artifacts, left out).
import type { Document } from "@briefing/core";
import type { ReadPdf } from "./pdf-text.js";

/**
 * Per page, the height from the top of the text area to the foot of its lowest line of content,
 * as a share of the text area's height. A line's foot lies about half an em below its
 * baseline in the reading-copy leading (1.75: line 28 pt at 16 pt, baseline 20 pt down).
 */
export function pageFill(document: Document, read: ReadPdf): number[] {
  const { height, margins } = document.page;
  const area = height - margins.top - margins.bottom;
  return read.pages.map((page) => {
    const content = page.items.filter((item) => !item.artifact && item.text.trim().length > 0);
    if (content.length === 0) return 0;
    const foot = Math.min(...content.map((item) => item.y - 0.49 * item.size));
    return (height - margins.top - foot) / area;
  });
}
