// Import stage: drafts → drafts without footnotes, reference blocks and vote tallies → notes.
// Note markers in the text ("[1]", "¹") become runs that point to their note.

import type { Note, Run } from "../statement/statement-schema.js";
import { allMatches } from "../text/native-regexps.js";
import { type Draft, type DraftLine, lineText } from "./draft.js";
import { finishRuns, sliceRuns } from "./runs.js";

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** A footnote's text: "[1] …", "[^1]: …", "¹ …", "(1) …" / "1. …" under a Notes heading. */
const DEFINITION =
  /^(?:\[\^?(?<bracket>\d{1,3}|\*{1,3})\]:?|(?<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\*{1,3}(?=\s))\s*(?<text>\S.*)$/u;
const NUMBERED_DEFINITION = /^(?:\((?<paren>\d{1,3})\)|(?<dot>\d{1,3})[.)]?)\s+(?<text>\S.*)$/u;
/** A heading that opens a block of notes or references. */
const NOTES_HEADING =
  /^[\s(（[【＜<]*(?:notes?|footnotes?|end ?notes?|references?|sources?|注|注記|参考|脚注|出典)[\s)）\]】＞>]*[:：]?$/iu;
/** A labelled note on one line: "(Note) …", "Note: …", "（注）…", "【参考】…", "[Note: …]". */
const LABELLED =
  /^(?:\[\s*)?(?<label>\((?:note|reference)\)|(?:note|nb|n\.b\.|reference)\s*[:：]|（注\d*）|\(注\d*\)|注\d*[:：]|【参考】|（参考）|\(参考\)|＜参考＞|※)\s*(?<text>\S.*?)(?:\s*\])?$/iu;
/** A vote tally: "In favour: 120; Against: 5; Abstentions: 30", "賛成120、反対5、棄権30". */
export const TALLY =
  /\b(?:in favou?r|yes|for)\b\s*[:：-]?\s*\d+.{0,40}\b(?:against|no)\b\s*[:：-]?\s*\d+|(?:recorded )?vote of \d+\s*(?:in favou?r|to|-)\s*\d+|賛成\s*\d+.{0,10}反対\s*\d+/iu;
/** A line of underscores or dashes that sets notes off from the text. */
const RULE = /^[_\-–—*=]{3,}$/;

export interface NotesResult {
  body: Draft[];
  notes: Note[];
  /** Source lines the notes came from, for `--explain`. */
  lines: number[];
}

/**
 * Takes the notes out of the statement's text: footnote texts ("[1] …", "¹ …", "[^1]: …"), blocks
 * under "Notes"/"References"/"【参考】", one-line notes ("(Note) …", "（注）…") and vote tallies.
 * Notes are kept with the statement (`notes`), never spoken. The markers in the text ("[1]",
 * "¹", "[^1]", a superscript 1) become runs that point to their note.
 */
export function takeNotes(drafts: Draft[]): NotesResult {
  const notes: Note[] = [];
  const lines: number[] = [];
  const body: Draft[] = [];
  let label: string | undefined;
  let inNotes = false;
  const add = (note: Note, line: DraftLine) => {
    notes.push(note);
    lines.push(line.line);
  };
  for (const draft of drafts) {
    const kept: DraftLine[] = [];
    for (const line of draft.lines) {
      const text = lineText(line).trim();
      if (RULE.test(text)) {
        inNotes = inNotes || draft === drafts.at(-1) || isNotesAhead(drafts, draft);
        if (inNotes) continue;
      }
      if (draft.type === "heading" || draft.type === "paragraph") {
        if (NOTES_HEADING.test(text)) {
          inNotes = true;
          label = text.replace(/^[\s(（[【＜<]*|[\s)）\]】＞>:：]*$/gu, "");
          lines.push(line.line);
          continue;
        }
      }
      const definition = DEFINITION.exec(text) ?? (inNotes ? NUMBERED_DEFINITION.exec(text) : null);
      const supDigit = leadingSuperscriptMarker(line.runs);
      if (definition?.groups && draft.type !== "heading" && (inNotes || isLate(drafts, draft))) {
        const g = definition.groups;
        const raw = g.bracket ?? g.sup ?? g.paren ?? g.dot ?? "*";
        add({ id: normalizeId(raw), runs: runsAfter(line.runs, text.length - (g.text ?? "").length) }, line);
        inNotes = true;
        continue;
      }
      if (supDigit && (inNotes || isLate(drafts, draft))) {
        add({ id: supDigit.id, runs: finishRuns(supDigit.rest) }, line);
        inNotes = true;
        continue;
      }
      const labelled = LABELLED.exec(text);
      if (labelled?.groups && draft.type !== "list") {
        const name = labelled.groups.label?.replace(/[[\]()（）【】＜＞:：\s]/gu, "") ?? "Note";
        add(
          {
            label: name === "※" ? "注" : capitalise(name),
            runs: runsAfter(line.runs, text.length - (labelled.groups.text ?? "").length),
          },
          line,
        );
        continue;
      }
      if (TALLY.test(text) && text.length < 300 && draft.type !== "heading") {
        add({ label: "Vote", runs: finishRuns(line.runs) }, line);
        continue;
      }
      if (inNotes) {
        const note: Note = { runs: finishRuns(line.runs) };
        if (label) note.label = label;
        if (note.runs.length > 0) {
          // A note's text wrapped onto more lines continues the note before it.
          const last = notes.at(-1);
          if (last && draft.lines.indexOf(line) > 0)
            last.runs = finishRuns([...last.runs, { text: " " }, ...line.runs]);
          else add(note, line);
        }
        continue;
      }
      kept.push(line);
    }
    if (kept.length > 0) body.push({ ...draft, lines: kept } as Draft);
  }
  return { body: markReferences(body, notes), notes, lines };
}

/** True when `draft` sits in the last third of the text: where notes are printed. */
function isLate(drafts: Draft[], draft: Draft): boolean {
  return drafts.indexOf(draft) >= drafts.length * 0.5;
}

function isNotesAhead(drafts: Draft[], draft: Draft): boolean {
  const next = drafts[drafts.indexOf(draft) + 1];
  const text = next ? lineText(next.lines[0] ?? { runs: [], line: 0 }).trim() : "";
  return DEFINITION.test(text) || NOTES_HEADING.test(text);
}

function normalizeId(raw: string): string {
  const digits = [...raw].map((char) => {
    const at = SUPERSCRIPT_DIGITS.indexOf(char);
    return at >= 0 ? String(at) : char;
  });
  return digits.join("");
}

function capitalise(text: string): string {
  return /^[a-z]/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1).toLowerCase() : text;
}

/** The runs of a line after its first `skip` characters (the marker that opened the note). */
function runsAfter(runs: Run[], skip: number): Run[] {
  return finishRuns(sliceRuns(runs, skip));
}

/** A line that opens with a superscript-marked number ("<sup>1</sup> Text"): a footnote's text. */
function leadingSuperscriptMarker(runs: Run[]): { id: string; rest: Run[] } | undefined {
  const [first, ...rest] = runs.filter((run) => run.text.trim() !== "" || runs.indexOf(run) > 0);
  if (!first?.marks?.includes("sup") || !/^\s*\d{1,3}\s*$/.test(first.text) || rest.length === 0)
    return undefined;
  return { id: first.text.trim(), rest };
}

const REFERENCE = /\[\^?(\d{1,3}|\*{1,3})\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/gu;

/** Marks note references in the text: each becomes a run of its own with `note` set. */
function markReferences(drafts: Draft[], notes: Note[]): Draft[] {
  const ids = new Set(notes.map((note) => note.id).filter((id): id is string => id !== undefined));
  if (ids.size === 0) return drafts;
  const mark = (runs: Run[]): Run[] =>
    runs.flatMap((run): Run[] => {
      if (run.marks?.includes("sup") && ids.has(run.text.trim())) return [{ ...run, note: run.text.trim() }];
      const out: Run[] = [];
      let at = 0;
      for (const match of allMatches(REFERENCE, run.text)) {
        const id = normalizeId(match[1] ?? match[0]);
        if (!ids.has(id)) continue;
        if (match.index > at) out.push({ ...run, text: run.text.slice(at, match.index) });
        const text = match[0].startsWith("[^") ? id : match[0];
        out.push({ ...run, text, marks: [...new Set([...(run.marks ?? []), "sup" as const])], note: id });
        at = match.index + match[0].length;
      }
      if (at === 0) return [run];
      if (at < run.text.length) out.push({ ...run, text: run.text.slice(at) });
      return out;
    });
  return drafts.map(
    (draft) =>
      ({ ...draft, lines: draft.lines.map((line) => ({ ...line, runs: mark(line.runs) })) }) as Draft,
  );
}
