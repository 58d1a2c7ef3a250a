import type { Draft } from "./draft.js";
import { draftsToStatement } from "./drafts-to-statement.js";
import { splitFrontMatter } from "./front-matter.js";
import type { ImportResult } from "./import-result.js";

const LIST_ITEM =
  /^\s*(?:(?<bullet>[-*•·‣▪◦●])|(?<number>\d{1,3})[.)]|\((?<paren>\d{1,3})\))\s+(?<text>\S.*)$/u;

/**
 * Plain text: paragraphs are separated by blank lines; lines starting with "-", "•", "*",
 * "1." , "1)" or "(1)" are list items (an indented line continues the item).
 */
export function textToStatement(text: string, file: string): ImportResult {
  const front = splitFrontMatter(text, file);
  const drafts = textToDrafts(front?.body ?? text, front?.lineOffset ?? 0);
  return draftsToStatement(drafts, {
    file,
    ...(front ? { frontMatter: front.fields, warnings: front.warnings } : {}),
  });
}

function textToDrafts(text: string, lineOffset: number): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let previousList: Draft | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = index + 1 + lineOffset;
    const trimmed = raw.trim();
    if (trimmed === "") {
      current = undefined;
      return;
    }
    const item = LIST_ITEM.exec(raw);
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
      return;
    }
    if (current?.type === "list" && /^\s/.test(raw)) {
      const last = current.lines.at(-1);
      if (last) last.runs.push({ text: ` ${trimmed}` });
      return;
    }
    if (current?.type === "paragraph") {
      current.lines.push({ runs: [{ text: trimmed }], line });
    } else {
      current = { type: "paragraph", lines: [{ runs: [{ text: trimmed }], line }] };
      drafts.push(current);
    }
    previousList = undefined;
  });
  return drafts;
}
