// Import stage: Markdown (.md) → drafts → Statement (via drafts-to-statement).
// Borrows markdown-it's CommonMark token stream; text past its nesting limit is given back.

import MarkdownIt from "markdown-it";
import type { Warning } from "../errors.js";
import type { Mark, Run } from "../statement/statement-schema.js";
import { checkLineCount } from "./bound-blocks.js";
import type { Draft, DraftLine } from "./draft.js";
import { draftsToStatement } from "./drafts-to-statement.js";
import { splitFrontMatter } from "./front-matter.js";
import type { ImportResult } from "./import-result.js";
import { htmlText, inlineHtmlReader } from "./inline-html.js";
import { MAX_MARKDOWN_NESTING } from "./limits.js";

// markdown-it's CommonMark preset stops at 20 levels and drops whatever is deeper, without a
// word; past MAX_MARKDOWN_NESTING its drops are found and given back (see `recoverDeepLines`).
const markdown = new MarkdownIt("commonmark", { html: true });
// @types/markdown-it leaves maxNesting out of its options, so it is set through this.
const setNesting = (state: { md: MarkdownIt }, levels: number) =>
  Object.assign(state.md.options, { maxNesting: levels });
// Blocks (lists, blockquotes) are parsed MAX_MARKDOWN_NESTING deep. Inline markup keeps the
// preset's 20: deeper, markdown-it keeps the text and only stops reading links and emphasis,
// while each level costs time at every "[" of a line of them.
markdown.core.ruler.before("block", "briefing_block_nesting", (state) => {
  setNesting(state, MAX_MARKDOWN_NESTING);
});
markdown.core.ruler.before("inline", "briefing_inline_nesting", (state) => {
  setNesting(state, 20);
});
type Token = ReturnType<MarkdownIt["parse"]>[number];

/**
 * Markdown (CommonMark, through markdown-it): headings, paragraphs, lists, `**strong**` and
 * `*em*`; inline `<sup> <sub> <em> <strong> <b> <i>` become marks. Any other HTML keeps its
 * text, loses its tags, and is reported.
 */
export function markdownToStatement(text: string, file: string): ImportResult {
  const front = splitFrontMatter(text, file);
  const warnings: Warning[] = [...(front?.warnings ?? [])];
  checkLineCount(front?.body ?? text, file, front?.lineOffset ?? 0);
  const drafts = markdownToDrafts(front?.body ?? text, front?.lineOffset ?? 0, file, warnings);
  return draftsToStatement(drafts, {
    file,
    warnings,
    ...(front ? { frontMatter: front.fields, ...(front.extra ? { extra: front.extra } : {}) } : {}),
  });
}

function markdownToDrafts(text: string, lineOffset: number, file: string, warnings: Warning[]): Draft[] {
  const tokens = markdown.parse(text, {});
  const drafts: Draft[] = [];
  const lists: Extract<Draft, { type: "list" }>[] = [];
  let heading = 0;
  const items: DraftLine[][] = [];
  const flushItem = () => {
    const lines = items.at(-1);
    const [first, ...rest] = lines ?? [];
    if (!lines || !first) return;
    for (const line of rest) first.runs.push({ text: " " }, ...line.runs);
    lists.at(-1)?.lines.push(first);
    lines.length = 0;
  };
  const startLine = (token: Token) => (token.map?.[0] ?? 0) + 1 + lineOffset;
  for (const token of tokens) {
    switch (token.type) {
      case "heading_open":
        heading = Number(token.tag.slice(1));
        break;
      case "heading_close":
        heading = 0;
        break;
      case "bullet_list_open":
      case "ordered_list_open": {
        if (lists.length > 0) {
          flushItem();
          // One warning for a sublist, however deep it goes on nesting.
          if (lists.length === 1)
            warnings.push({
              file,
              line: startLine(token),
              column: 1,
              message: "nested list flattened into its parent list",
            });
          lists.push(lists.at(-1) as Extract<Draft, { type: "list" }>);
        } else {
          const list: Extract<Draft, { type: "list" }> = {
            type: "list",
            ordered: token.type === "ordered_list_open",
            lines: [],
          };
          drafts.push(list);
          lists.push(list);
        }
        break;
      }
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open":
        items.push([]);
        break;
      case "list_item_close":
        flushItem();
        items.pop();
        break;
      case "inline": {
        const lines = inlineLines(token, startLine(token), file, warnings);
        const item = items.at(-1);
        if (item) for (const line of lines) item.push(line);
        else if (heading > 0) drafts.push({ type: "heading", level: heading, lines });
        else drafts.push({ type: "paragraph", lines });
        break;
      }
      case "html_block": {
        const content = htmlText(token.content).trim();
        warnings.push({
          file,
          line: startLine(token),
          column: 1,
          message: "an HTML block is not part of the statement model: its text is kept, its tags are dropped",
        });
        if (content)
          drafts.push({ type: "paragraph", lines: [{ runs: [{ text: content }], line: startLine(token) }] });
        break;
      }
      case "code_block":
      case "fence":
        drafts.push({
          type: "paragraph",
          lines: [{ runs: [{ text: token.content.trim() }], line: startLine(token) }],
        });
        break;
    }
  }
  return recoverDeepLines(tokens, text, drafts, lineOffset, file, warnings);
}

/** Tokens whose source lines hold text: what markdown-it kept of the file. */
const LEAF_BLOCKS = new Set(["paragraph_open", "heading_open", "code_block", "fence", "html_block", "hr"]);

/**
 * The text markdown-it dropped below `MAX_MARKDOWN_NESTING`, given back as plain paragraphs (one
 * per run of lines, their `>`, `-` and `1.` markers removed) in their place among the drafts,
 * with one warning at the first such line. Only a file that reached the limit is looked at.
 */
function recoverDeepLines(
  tokens: Token[],
  text: string,
  drafts: Draft[],
  lineOffset: number,
  file: string,
  warnings: Warning[],
): Draft[] {
  if (!tokens.some(opensAtNestingLimit)) return drafts;
  const lines = text.split("\n");
  const kept = new Uint8Array(lines.length);
  for (const token of tokens) {
    if (!LEAF_BLOCKS.has(token.type) || !token.map) continue;
    for (let line = token.map[0]; line < token.map[1]; line++) kept[line] = 1;
  }
  const recovered: Draft[] = [];
  let current: DraftLine[] | undefined;
  lines.forEach((source, index) => {
    const rest = kept[index] ? "" : withoutMarkers(source).trim();
    if (rest === "") {
      current = undefined;
      return;
    }
    const line = { runs: [{ text: rest }], line: index + 1 + lineOffset };
    if (current) current.push(line);
    else {
      current = [line];
      recovered.push({ type: "paragraph", lines: current });
    }
  });
  const first = recovered[0]?.lines[0];
  if (!first) return drafts;
  warnings.push({
    file,
    line: first.line,
    column: 1,
    message: `Markdown nested more than ${MAX_MARKDOWN_NESTING} levels deep (blockquotes count one level, lists two): the text from here on at that depth was kept as plain paragraphs`,
  });
  // Both lists are in file order: merge them by line.
  const merged: Draft[] = [];
  let next = 0;
  for (const draft of drafts) {
    const at = draft.lines[0]?.line ?? 0;
    while (next < recovered.length && (recovered[next]?.lines[0]?.line ?? 0) < at)
      merged.push(recovered[next++] as Draft);
    merged.push(draft);
  }
  while (next < recovered.length) merged.push(recovered[next++] as Draft);
  return merged;
}

function opensAtNestingLimit(token: Token): boolean {
  return token.nesting === 1 && token.level >= MAX_MARKDOWN_NESTING - 1;
}

/** A line without the blockquote and list markers before its text ("> > - 1. text" → "text"). */
function withoutMarkers(line: string): string {
  let at = 0;
  const space = (index: number) => index >= line.length || line[index] === " " || line[index] === "\t";
  for (;;) {
    while (at < line.length && (line[at] === " " || line[at] === "\t")) at++;
    const char = line[at];
    if (char === ">") {
      at++;
      continue;
    }
    if ((char === "-" || char === "+" || char === "*") && space(at + 1)) {
      at++;
      continue;
    }
    let digits = at;
    while (digits - at < 9 && line.charCodeAt(digits) >= 0x30 && line.charCodeAt(digits) <= 0x39) digits++;
    if (digits > at && (line[digits] === "." || line[digits] === ")") && space(digits + 1)) {
      at = digits + 1;
      continue;
    }
    return line.slice(at);
  }
}

/** The marks open now (depth above 0), in the order of the map. */
function activeMarks(marks: Map<Mark, number>): Mark[] {
  const active: Mark[] = [];
  for (const [mark, depth] of marks) if (depth > 0) active.push(mark);
  return active;
}

/** The runs of an inline token, one DraftLine per source line (soft and hard breaks split). */
function inlineLines(token: Token, firstLine: number, file: string, warnings: Warning[]): DraftLine[] {
  const lines: DraftLine[] = [];
  let runs: Run[] = [];
  let line = firstLine;
  let links = 0;
  let outsideLinks = "";
  let linkDepth = 0;
  const marks = new Map<Mark, number>();
  const push = (text: string) => {
    if (text === "") return;
    if (linkDepth === 0) outsideLinks += text;
    const current = activeMarks(marks);
    runs.push(current.length > 0 ? { text, marks: current } : { text });
  };
  const endLine = () => {
    const draftLine: DraftLine = { runs, line };
    if (links >= 1 && /^[\s|/·•»›>\-–—,.\d]*$/u.test(outsideLinks)) draftLine.linkOnly = true;
    lines.push(draftLine);
    runs = [];
    links = 0;
    outsideLinks = "";
    line++;
  };
  const readInlineHtml = inlineHtmlReader();
  const toggle = (mark: Mark, by: number) => marks.set(mark, Math.max(0, (marks.get(mark) ?? 0) + by));
  for (const child of token.children ?? []) {
    switch (child.type) {
      case "text":
      case "code_inline":
        push(child.content);
        break;
      case "softbreak":
      case "hardbreak":
        endLine();
        break;
      case "strong_open":
        toggle("strong", 1);
        break;
      case "strong_close":
        toggle("strong", -1);
        break;
      case "em_open":
        toggle("em", 1);
        break;
      case "em_close":
        toggle("em", -1);
        break;
      case "link_open":
        linkDepth++;
        links++;
        break;
      case "link_close":
        linkDepth = Math.max(0, linkDepth - 1);
        break;
      case "image":
        warnings.push({
          file,
          line,
          column: 1,
          message: `image “${child.content}” left out: a statement holds text only`,
        });
        break;
      case "html_inline":
        for (const tag of readInlineHtml(child.content)) {
          if (tag.mark) toggle(tag.mark, tag.closing ? -1 : 1);
          else if (!tag.closing) {
            warnings.push({
              file,
              line,
              column: 1,
              message: `HTML tag <${tag.name}> is not supported (only sup, sub, em, strong, b, i): its text is kept, the tag is dropped`,
            });
          }
        }
        break;
    }
  }
  endLine();
  return lines;
}
