import { BriefingError, type Warning } from "../errors.js";
import { type Statement, type StatementBlock, StatementSchema } from "../statement/statement-schema.js";
import { type Draft, type DraftLine, draftText, joinRuns, lineText } from "./draft.js";
import { extractMetadata, readDateVenue } from "./extract-metadata.js";
import type { FrontMatterFields } from "./front-matter.js";
import type { ImportResult } from "./import-result.js";
import { isStandaloneLine, paragraphRole } from "./paragraph-roles.js";
import { finishRuns } from "./runs.js";
import { isMostlyJapanese } from "./script.js";
import { removeWebClutter } from "./web-clutter.js";

const FIELD_ORDER = [
  "title",
  "titleJa",
  "meeting",
  "venue",
  "date",
  "speaker",
  "delegation",
  "language",
  "source",
] as const;

/**
 * The stages shared by the text and Markdown importers: drop web clutter, give standalone
 * lines (addresses, thanks, date lines) their own paragraphs, read the header into fields,
 * give paragraphs their roles, then let front matter override what was read.
 */
export function draftsToStatement(
  drafts: Draft[],
  options: { file: string; frontMatter?: FrontMatterFields; warnings?: Warning[] },
): ImportResult {
  const { file } = options;
  const warnings: Warning[] = [...(options.warnings ?? [])];
  const cleaned = removeWebClutter(drafts, file);
  warnings.push(...cleaned.warnings);
  const split = cleaned.drafts.flatMap(splitStandaloneLines);
  const { metadata, body: bodyDrafts, warnings: metaWarnings } = extractMetadata(split, file);
  warnings.push(...metaWarnings);
  const body = bodyDrafts.map((draft, index) => toBlock(draft, index, bodyDrafts.length)).filter(hasText);
  if (body.length === 0) {
    throw new BriefingError(
      { file, line: 1, column: 1 },
      "no statement text found (only header lines such as the title or date)",
      "add the text of the statement after the header lines",
    );
  }
  const text = bodyDrafts.map(draftText).join("\n");
  const fields: Omit<Statement, "body"> = {
    ...metadata,
    language: isMostlyJapanese(text) ? "ja" : "en",
    source: { file },
    ...options.frontMatter,
  };
  const statement: Record<string, unknown> = {};
  for (const key of FIELD_ORDER)
    if (fields[key] !== undefined && fields[key] !== "") statement[key] = fields[key];
  statement.body = body;
  return { statement: StatementSchema.parse(statement), warnings };
}

function splitStandaloneLines(draft: Draft): Draft[] {
  if (draft.type !== "paragraph" || draft.lines.length < 2) return [draft];
  const standalone = draft.lines.map((line) => {
    const text = lineText(line).trim();
    return isStandaloneLine(text) || readDateVenue(text, []) !== undefined;
  });
  const groups: DraftLine[][] = [];
  draft.lines.forEach((line, index) => {
    if (index === 0 || standalone[index] || standalone[index - 1]) groups.push([line]);
    else groups.at(-1)?.push(line);
  });
  return groups.map((lines) => ({ type: "paragraph", lines }));
}

function toBlock(draft: Draft, index: number, count: number): StatementBlock {
  if (draft.type === "list") {
    return {
      type: "list",
      ordered: draft.ordered,
      items: draft.lines.map((line) => finishRuns(line.runs)).filter((runs) => runs.length > 0),
    };
  }
  const runs = finishRuns(joinRuns(draft.lines.map((line) => line.runs)));
  if (draft.type === "heading") {
    return { type: "heading", level: Math.min(Math.max(draft.level, 1), 3), runs };
  }
  return { type: "paragraph", role: paragraphRole(draftText(draft).trim(), index, count), runs };
}

function hasText(block: StatementBlock): boolean {
  return block.type === "list" ? block.items.length > 0 : block.runs.length > 0;
}
