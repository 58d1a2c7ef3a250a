// Import stage: a speech's subtitles (SubRip .srt or WebVTT cues, as a government site offers a
// video's captions for download, often as a .txt file) → paragraph drafts of what was said.

import type { Draft, DraftLine } from "./draft.js";
import { isAddressLine } from "./paragraph-roles.js";

/** "00:00:15,254 --> 00:00:20,844" (SubRip), "00:15.254 --> 00:20.844 align:start" (WebVTT). */
const TIMECODE =
  /^\s*(?:(?<h1>\d{1,2}):)?(?<m1>\d{2}):(?<s1>\d{2})[,.](?<f1>\d{3})\s+-->\s+(?:(?<h2>\d{1,2}):)?(?<m2>\d{2}):(?<s2>\d{2})[,.](?<f2>\d{3})(?:\s.*)?$/u;
/** A cue's number on the line above its timecode. */
const CUE_NUMBER = /^\s*\d{1,6}\s*$/u;
/** WebVTT's header, and its NOTE and STYLE blocks, none of them said. */
const VTT_HEADER = /^\uFEFF?WEBVTT(?:\s|$)/u;
const VTT_BLOCK = /^(?:NOTE|STYLE|REGION)(?:\s|$)/u;
/** Markup inside a cue: <i>, <b>, <v Speaker>, <c.yellow>, <00:00:01.000>. */
const CUE_TAG = /<\/?(?:[ibuc](?:\.[\w.-]+)?|v(?:\s[^>]*)?|lang(?:\s[^>]*)?|ruby|rt|\d{2}:[\d:.]+)>/gu;

/**
 * A pause of at least this long (in seconds) after a cue that ends a sentence starts a new
 * paragraph: a speaker stops for breath within one and for longer between two.
 */
const PARAGRAPH_PAUSE = 1.2;

/** The fewest timed cues that make a text subtitles rather than a statement quoting a timecode. */
const MIN_CUES = 3;

interface Cue {
  start: number;
  end: number;
  lines: DraftLine[];
}

/**
 * The drafts of `text` when it is subtitles (every block a cue: an optional number, a timecode,
 * then its text), else undefined. Cue numbers and timecodes are dropped and the cues' text runs
 * on; a new paragraph starts after a cue that ends a sentence and a pause, and a cue that is an
 * address alone ("Herr Präsident, meine Damen und Herren,") is a paragraph of its own. Each line
 * keeps its line number in the file.
 */
export function subtitleDrafts(text: string): Draft[] | undefined {
  const cues = readCues(text.split("\n"));
  if (!cues) return undefined;
  const drafts: Draft[] = [];
  let current: DraftLine[] = [];
  let previous: { end: number; sentenceEnds: boolean; address: boolean } | undefined;
  for (const cue of cues) {
    const said = cueText(cue);
    const address = isAddressLine(said);
    const pauseAfterSentence = previous?.sentenceEnds === true && cue.start - previous.end >= PARAGRAPH_PAUSE;
    if (!previous || address || previous.address || pauseAfterSentence) {
      current = [];
      drafts.push({ type: "paragraph", lines: current });
    }
    current.push(...cue.lines);
    previous = { end: cue.end, sentenceEnds: SENTENCE_END.test(said), address };
  }
  return drafts;
}

const SENTENCE_END = /[.!?…。！？]["”’»)）」]?$/u;

function cueText(cue: Cue): string {
  return cue.lines.map((line) => line.runs.map((run) => run.text).join("")).join(" ");
}

/**
 * The cues of `rows`, or undefined unless every block of text is one (a WebVTT header and
 * NOTE/STYLE blocks aside) and there are at least MIN_CUES of them.
 */
function readCues(rows: string[]): Cue[] | undefined {
  const cues: Cue[] = [];
  let at = nextText(rows, 0);
  const vtt = VTT_HEADER.test(rows[at] ?? "");
  if (vtt) at = blockEnd(rows, at);
  for (at = nextText(rows, at); at < rows.length; at = nextText(rows, at)) {
    const first = rows[at] ?? "";
    if (vtt && VTT_BLOCK.test(first)) {
      at = blockEnd(rows, at);
      continue;
    }
    // A SubRip cue has its number above the timecode; a WebVTT cue may have a name there.
    if (!TIMECODE.test(first)) {
      if (!TIMECODE.test(rows[at + 1] ?? "") || !(vtt || CUE_NUMBER.test(first))) return undefined;
      at++;
    }
    const timecode = TIMECODE.exec(rows[at] ?? "");
    if (!timecode?.groups) return undefined;
    at++;
    const lines: DraftLine[] = [];
    for (; at < rows.length && (rows[at] ?? "").trim() !== ""; at++) {
      const said = (rows[at] ?? "").replace(CUE_TAG, "").replace(/\s+/gu, " ").trim();
      if (said !== "") lines.push({ runs: [{ text: said }], line: at + 1 });
    }
    const g = timecode.groups;
    cues.push({
      start: seconds(g.h1, g.m1, g.s1, g.f1),
      end: seconds(g.h2, g.m2, g.s2, g.f2),
      lines,
    });
  }
  const spoken = cues.filter((cue) => cue.lines.length > 0);
  return cues.length >= MIN_CUES && spoken.length > 0 ? spoken : undefined;
}

/** The first row from `at` on that holds text. */
function nextText(rows: string[], at: number): number {
  while (at < rows.length && (rows[at] ?? "").trim() === "") at++;
  return at;
}

/** The row after the block of text that starts at `at`. */
function blockEnd(rows: string[], at: number): number {
  while (at < rows.length && (rows[at] ?? "").trim() !== "") at++;
  return at;
}

function seconds(
  hours: string | undefined,
  minutes: string | undefined,
  secs: string | undefined,
  millis: string | undefined,
): number {
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(secs) + Number(millis) / 1000;
}
