// Import stage: plain text (.txt) → drafts → Statement (via drafts-to-statement).
// Text that sniffs as Markdown goes to markdown-to-statement instead, with a warning; subtitles
// (timed cues) are read by subtitles.ts.

import { findDate } from "../dates/parse-date-text.js";
import { checkLineCount } from "./bound-blocks.js";
import type { Draft, DraftLine } from "./draft.js";
import { draftsToStatement } from "./drafts-to-statement.js";
import { splitFrontMatter } from "./front-matter.js";
import type { ImportResult } from "./import-result.js";
import { markdownEvidence } from "./markdown-sniff.js";
import { markdownToStatement } from "./markdown-to-statement.js";
import {
  continuesListItem,
  paragraphStarts,
  type SourceLine,
  softBlankRows,
  unflattenStatement,
  unglueSentences,
  wrapWidthOf,
} from "./paragraph-breaks.js";
import { CLAUSE_END, isAddressLine, isInCapitals } from "./paragraph-roles.js";
import { subtitleDrafts } from "./subtitles.js";

const LIST_ITEM =
  /^\s*(?:(?<bullet>[-*•·‣▪◦●])|(?<number>\d{1,3})[.)]|\((?<paren>\d{1,3})\))\s+(?<text>\S.*)$/u;

/**
 * Plain text: paragraphs are separated by blank lines, or by single line breaks when the text
 * is not hard-wrapped (see paragraph-breaks.ts); lines starting with "-", "•", "*", "1.", "1)"
 * or "(1)" are list items (an indented line continues the item). A .txt file that holds
 * Markdown (## headings, **bold**, <sup>) is read as Markdown, with a warning.
 */
export function textToStatement(text: string, file: string): ImportResult {
  // Every text comes through here: one search rules out subtitles for nearly all of them, and
  // the lines are counted before cues are read, as they are before text is parsed.
  if (text.includes("-->")) {
    checkLineCount(text, file);
    const subtitles = subtitleDrafts(text);
    if (subtitles) {
      const result = draftsToStatement(subtitles, { file });
      result.warnings.unshift({
        file,
        line: 1,
        column: 1,
        message:
          "this file holds subtitles (timed cues), so their numbers and timecodes were dropped and paragraphs begin where the speaker pauses after a sentence; check the paragraphs",
      });
      return result;
    }
  }
  const evidence = markdownEvidence(text);
  if (evidence) {
    const result = markdownToStatement(text, file);
    result.warnings.unshift({
      file,
      line: evidence.line,
      column: evidence.column,
      message: `this .txt file holds Markdown (${evidence.what}), so it was read as Markdown; save it as .md to say so`,
    });
    return result;
  }
  const front = splitFrontMatter(text, file);
  checkLineCount(front?.body ?? text, file, front?.lineOffset ?? 0);
  const drafts = textToDrafts(front?.body ?? text, front?.lineOffset ?? 0);
  return draftsToStatement(drafts, {
    file,
    ...(front
      ? {
          frontMatter: front.fields,
          warnings: front.warnings,
          ...(front.extra ? { extra: front.extra } : {}),
        }
      : {}),
  });
}

/**
 * A WordPress page builder's shortcodes pasted with the text: "[vc_row]", "[/vc_column_text]",
 * "[vc_custom_heading source=”post_title” …]", "[caption id=…]". Names with an underscore, or the
 * core ones with attributes or as a closing tag; "[inaudible]" and "[…]" are the text's.
 */
const SHORTCODE =
  /\[\/?[a-z][a-z0-9]*_[a-z0-9_]+(?:\s[^\]\n]*)?\]|\[(?:caption|embed|video|audio|gallery|playlist)\s+[a-z_]+=[^\]\n]*\]|\[\/(?:caption|embed|video|audio|gallery|playlist)\]/g;

function withoutShortcodes(row: string): string {
  return row.includes("[")
    ? row
        .replace(SHORTCODE, " ")
        .replace(/\s{2,}/g, " ")
        .trim()
    : row;
}

/** Lines of text between blank lines, with their indentation, before they are cut into paragraphs. */
interface Block {
  type: "block";
  lines: (DraftLine & SourceLine)[];
}

/** A footnote's asterisk glued to a word: "North Macedonia*, Montenegro*", "(…)**". */
const ASTERISK_MARKER = /[\p{L}\p{N})]\*{1,3}(?=[\s,.;:)]|$)/mu;
const STAR_ITEM = /^\s*\*{1,3}\s+\S/;

/**
 * "2. Nuclear Non-Proliferation", "3. 結びに": a short numbered line with no item beside it and
 * no sentence's end is a section's heading, kept with its number, not a list of one; so is a
 * short numbered line in capitals, even among numbered paragraphs.
 */
function isNumberedHeading(rows: string[], index: number, item: RegExpExecArray): boolean {
  const text = item.groups?.text?.trim() ?? "";
  if (item.groups?.bullet !== undefined || text.length > 60 || text.split(/\s+/).length > 8) return false;
  // "4. ON THE GLOBAL FOOD SITUATION:" among numbered paragraphs: a heading in capitals.
  if (isInCapitals(text)) return true;
  if (CLAUSE_END.test(text)) return false;
  return !isItemRow(neighbourRow(rows, index, -1)) && !isItemRow(neighbourRow(rows, index, 1));
}

/** The nearest row above (`step` -1) or below (+1) that is not blank. */
function neighbourRow(rows: string[], index: number, step: number): string {
  for (let at = index + step; at >= 0 && at < rows.length; at += step) {
    const row = rows[at] ?? "";
    if (row.trim() !== "") return row;
  }
  return "";
}

/**
 * "  • Madam President!", or a run of them ("- Senhor Presidente do Conselho de Segurança;" /
 * "- Excelências;" / …): bulleted addresses, every item of their run an address, are the page's
 * styling of salutations.
 */
function isLoneBulletedAddress(rows: string[], index: number, item: RegExpExecArray): boolean {
  if (item.groups?.bullet === undefined || !isAddressLine(item.groups.text ?? "")) return false;
  for (const step of [-1, 1]) {
    for (let at = index + step; at >= 0 && at < rows.length; at += step) {
      const row = rows[at] ?? "";
      if (row.trim() === "") continue;
      const other = LIST_ITEM.exec(row);
      if (!other || findDate(row.trim())?.index === 0) break;
      if (other.groups?.bullet === undefined || !isAddressLine(other.groups.text ?? "")) return false;
    }
  }
  return true;
}

/**
 * A headline set as a bullet: a bulleted line of six words or more, in capitals at its start, with
 * no item above or below it and no lead-in ("We ask for:") before it.
 */
function isLoneBullet(rows: string[], index: number, item: RegExpExecArray): boolean {
  const text = item.groups?.text?.trim() ?? "";
  if (item.groups?.bullet === undefined || !/^\p{Lu}/u.test(text) || text.split(/\s+/).length < 6)
    return false;
  if (/[;,]$/.test(text) || /[:：]\s*$/.test(neighbourRow(rows, index, -1))) return false;
  return (
    !isItemRow(rows[index - 1] ?? "") &&
    !isItemRow(rows[index + 1] ?? "") &&
    !isItemRow(rows[index + 2] ?? "")
  );
}

function isItemRow(row: string): boolean {
  return LIST_ITEM.test(row) && findDate(row.trim())?.index !== 0;
}

function textToDrafts(text: string, lineOffset: number): Draft[] {
  const drafts: (Draft | Block)[] = [];
  let current: Draft | Block | undefined;
  let previousList: Draft | undefined;
  const rows = text.split("\n");
  if (text.includes("[")) for (const [index, row] of rows.entries()) rows[index] = withoutShortcodes(row);
  const softBlanks = softBlankRows(rows);
  // With "Macedonia*" in the text, a "* …" line standing alone is that footnote, not a bullet.
  const asteriskNotes = ASTERISK_MARKER.test(text);
  // Loops, not per-call closures: see docs/architecture.md, "Known traps".
  for (const [index, raw] of rows.entries()) {
    const line = index + 1 + lineOffset;
    let trimmed = raw.trim();
    if (trimmed === "") {
      if (!softBlanks?.has(index)) current = undefined;
      continue;
    }
    // "12. März 2024" is a date, not item 12 of a list; "* * *" is decoration, no item.
    const listItem = LIST_ITEM.exec(raw);
    const footnote =
      asteriskNotes &&
      listItem?.groups?.bullet === "*" &&
      !STAR_ITEM.test(rows[index - 1] ?? "") &&
      !STAR_ITEM.test(rows[index + 1] ?? "");
    // "  • Madam President!": a bulleted address standing alone is the page's styling of a salutation.
    const address = listItem !== null && isLoneBulletedAddress(rows, index, listItem);
    // "  • The address of His Excellency …" under "News Details": a site's headline set as a bullet.
    const headline = listItem !== null && drafts.length <= 2 && isLoneBullet(rows, index, listItem);
    if (address || headline) trimmed = listItem.groups?.text?.trim() ?? trimmed;
    const item =
      listItem &&
      (footnote ||
        address ||
        headline ||
        findDate(trimmed)?.index === 0 ||
        !/[\p{L}\p{N}]/u.test(listItem.groups?.text ?? "") ||
        isNumberedHeading(rows, index, listItem))
        ? null
        : listItem;
    if (item?.groups) {
      const ordered = item.groups.bullet === undefined;
      const runs = [{ text: (item.groups.text ?? "").trim() }];
      const list = current ?? previousList;
      if (list?.type === "list" && list.ordered === ordered && (current === list || drafts.at(-1) === list)) {
        list.lines.push({ runs, line });
        current = list;
      } else {
        current = { type: "list", ordered, lines: [{ runs, line }] };
        drafts.push(current);
      }
      previousList = current;
      continue;
    }
    if (current?.type === "list" && (/^\s/.test(raw) || continuesListItem(rows[index - 1] ?? "", trimmed))) {
      const last = current.lines.at(-1);
      if (last) last.runs.push({ text: ` ${trimmed}` });
      continue;
    }
    const indent = /^\s*/u.exec(raw)?.[0] ?? "";
    const pieces: Block["lines"] = [];
    for (const part of unflattenStatement(trimmed))
      for (const piece of unglueSentences(part))
        pieces.push({
          runs: [{ text: piece }],
          line,
          text: piece,
          indent: pieces.length === 0 ? indent : "",
        });
    if (current?.type === "block") {
      for (const piece of pieces) current.lines.push(piece);
    } else {
      current = { type: "block", lines: pieces };
      drafts.push(current);
    }
    previousList = undefined;
  }
  const blockLines: Block["lines"][] = [];
  for (const draft of drafts) if (draft.type === "block") blockLines.push(draft.lines);
  const wrapWidth = wrapWidthOf(blockLines);
  const paragraphs: Draft[] = [];
  for (const draft of drafts) {
    if (draft.type !== "block") {
      paragraphs.push(draft);
      continue;
    }
    const { lines } = draft;
    const starts = paragraphStarts(lines, wrapWidth);
    for (const [at, start] of starts.entries()) {
      const paragraphLines = lines.slice(start, starts[at + 1] ?? lines.length).map(draftLine);
      paragraphs.push({ type: "paragraph", lines: paragraphLines });
    }
  }
  return paragraphs;
}

/** A source line as a DraftLine: its runs and number, without the text and indent read from it. */
function draftLine({ runs, line }: DraftLine): DraftLine {
  return { runs, line };
}
