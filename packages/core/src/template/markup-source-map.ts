// Template stage: rendered text with markers → markup plus a map back to template line:col.
// Markers are noncharacters with a per-process nonce, so statement text cannot forge one.

import { randomBytes } from "node:crypto";
import type { SourcePosition } from "../errors.js";
import { positionAt } from "../errors.js";
import { allMatches } from "../text/native-regexps.js";

/** A place in a template source file; column 1-based. */
export interface TemplatePoint {
  file: string;
  line: number;
  column: number;
}

// Markers are noncharacters plus a per-process nonce, so statement text cannot forge one.
const OPEN = "\uFDD0";
const CLOSE = "\uFDD1";
const nonce = randomBytes(4).toString("hex");
const markerPattern = new RegExp(`${OPEN}${nonce}:(\\d+)${CLOSE}`, "g");

/** The marker that `stripMarkers` turns back into the template position `points[id]`. */
export function marker(id: number): string {
  return `${OPEN}${nonce}:${id}${CLOSE}`;
}

/**
 * Maps offsets in rendered markup back to template source. Every line of literal template
 * text starts with a marker; between markers the offset advances as the markup does, which is
 * exact for tags (they are literal template text) and close for text a mustache produced.
 */
export class MarkupSourceMap {
  constructor(
    readonly markup: string,
    private readonly offsets: number[],
    private readonly points: TemplatePoint[],
    /** Names the markup in messages when no template position is known. */
    readonly fallbackFile: string,
  ) {}

  /** The template file, line and column that produced the markup at `offset`. */
  locate(offset: number): SourcePosition {
    let low = 0;
    let high = this.offsets.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.offsets[middle] as number) <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    const point = this.points[found];
    const from = this.offsets[found];
    if (!point || from === undefined) return { file: this.fallbackFile, ...positionAt(this.markup, offset) };
    const between = this.markup.slice(from, offset);
    const newline = between.lastIndexOf("\n");
    if (newline === -1) return { file: point.file, line: point.line, column: point.column + between.length };
    const lines = between.split("\n").length - 1;
    return { file: point.file, line: point.line + lines, column: between.length - newline };
  }

  /** 1-based line and column in the rendered markup. */
  markupPosition(offset: number): { line: number; column: number } {
    return positionAt(this.markup, offset);
  }
}

/** Removes the markers from rendered text, keeping where each one stood. */
export function stripMarkers(text: string, points: TemplatePoint[], fallbackFile: string): MarkupSourceMap {
  const offsets: number[] = [];
  const kept: TemplatePoint[] = [];
  let markup = "";
  let last = 0;
  for (const match of allMatches(markerPattern, text)) {
    const point = points[Number(match[1])];
    markup += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (!point) continue;
    offsets.push(markup.length);
    kept.push(point);
  }
  markup += text.slice(last);
  return new MarkupSourceMap(markup, offsets, kept, fallbackFile);
}
