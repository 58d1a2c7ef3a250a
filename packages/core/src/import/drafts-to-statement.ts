// Import stage: drafts from the text or Markdown importer → Statement with its explanation.
// Runs the shared rules in order: furniture, markers, header fields, notes, delegation, roles.

import { BriefingError, type Warning } from "../errors.js";
import { liftExtraFields } from "../statement/extra-fields.js";
import {
  type ExtraValue,
  type Statement,
  type StatementBlock,
  StatementSchema,
} from "../statement/statement-schema.js";
import { isMostlyJapanese } from "../text/script.js";
import { boundDrafts } from "./bound-blocks.js";
import { takeCosignatories } from "./cosignatories.js";
import { type Country, countryDeliveringForeignTitle, countryNamed } from "./countries.js";
import { countrySpeakingForeign, delegationInBody } from "./delegation.js";
import { takeDeliveryMarkers } from "./delivery-markers.js";
import { type Draft, type DraftLine, draftText, joinRuns, lineText, PARAGRAPH_NUMBER } from "./draft.js";
import { type DroppedLine, type Explanation, type FieldOrigin, shorten } from "./explanation.js";
import { extractMetadata, readDateVenue } from "./extract-metadata.js";
import type { FrontMatterFields } from "./front-matter.js";
import { splitHeaderRunIn } from "./header-run-in.js";
import type { ImportResult } from "./import-result.js";
import { takeNotes } from "./notes.js";
import { removePageFurniture } from "./page-furniture.js";
import {
  CLAUSE_END,
  isClosingThanks,
  isInCapitals,
  isStandaloneLine,
  markGreetingBlock,
  paragraphRole,
} from "./paragraph-roles.js";
import { finishRuns } from "./runs.js";
import { retagBlock, retagRuns, statementLanguage } from "./statement-language.js";

const FIELD_ORDER = [
  "title",
  "titleJa",
  "meeting",
  "venue",
  "date",
  "speaker",
  "delegation",
  "delivery",
  "cosignatories",
  "classification",
  "agendaItem",
  "slot",
  "timeLimit",
  "status",
  "version",
  "language",
  "source",
] as const;

export interface DraftOptions {
  file: string;
  frontMatter?: FrontMatterFields;
  extra?: Record<string, ExtraValue>;
  warnings?: Warning[];
}

/**
 * The stages shared by the text and Markdown importers, in order: drop the web page around
 * the statement, take out delivery markers, give standalone lines (addresses, thanks, date
 * lines) their own paragraphs, read the header into fields, take out notes and co-signatory
 * lists, find the delegation, give paragraphs their roles, then let front matter override
 * what was read. Every field remembers the line and rule it came from (`explanation`).
 */
export function draftsToStatement(drafts: Draft[], options: DraftOptions): ImportResult {
  const { file } = options;
  const warnings: Warning[] = [...(options.warnings ?? [])];
  // Every stage below reads bounded paragraphs, at most MAX_PARAGRAPHS of them.
  const furniture = removePageFurniture(boundDrafts(drafts, file, warnings));
  const delivery = takeDeliveryMarkers(furniture.drafts);
  const split = splitHeaderRunIn(delivery.drafts.flatMap(splitStandaloneLines).flatMap(numberedParagraphs));
  const banner = furniture.dropped
    .filter((line) => ["navigation", "breadcrumb", "site notice"].includes(line.reason))
    .map((line) => line.line);
  const labels = furniture.dropped
    .filter((line) => ["page label", "publication line", "department line"].includes(line.reason))
    .map((line) => line.line);
  const header = extractMetadata(split, file, banner, labels, delivery.aloneLine);
  warnings.push(...header.warnings);
  const dropped: DroppedLine[] = [...furniture.dropped, ...header.dropped];
  const origins: FieldOrigin[] = [...header.origins];
  const metadata: Record<string, unknown> = { ...header.metadata };
  if (delivery.delivery && delivery.origin) {
    metadata.delivery = delivery.delivery;
    origins.push(delivery.origin);
  }
  const notes = takeNotes(stripParagraphNumbers(header.body));
  const joint = takeCosignatories(notes.body);
  const bodyDrafts = joint.body;
  if (joint.cosignatories.length > 0) {
    metadata.cosignatories = joint.cosignatories;
    origins.push({
      field: "cosignatories",
      line: joint.lines[0] ?? 1,
      rule: "a list of countries (joint statement)",
      text: shorten(joint.cosignatories.join(", ")),
    });
  }
  // A timestamped transcript's longest turn: its label names who spoke; failing that, a photo of
  // the speaker above the text, captioned with their office and name.
  const furnitureSpeaker =
    (furniture.transcriptSpeaker && {
      ...furniture.transcriptSpeaker,
      rule: "the label of a timestamped transcript's longest turn",
    }) ??
    (furniture.captionSpeaker && {
      ...furniture.captionSpeaker,
      rule: "the head of an organisation a photo caption names",
    });
  if (!metadata.speaker && furnitureSpeaker) {
    metadata.speaker = furnitureSpeaker.name;
    const { line, rule, text } = furnitureSpeaker;
    origins.push({ field: "speaker", line, rule, text });
  }
  // A photo of the speech, captioned with its day, when neither the text nor the page dates it.
  if (!metadata.date && !furniture.published && furniture.captioned) {
    metadata.date = furniture.captioned.date;
    origins.push({
      field: "date",
      line: furniture.captioned.line,
      rule: "date in a photo caption (the text gives no other date)",
      text: furniture.captioned.date.text,
    });
  }
  if (!metadata.date && furniture.published) {
    metadata.date = furniture.published.date;
    origins.push({
      field: "date",
      line: furniture.published.line,
      rule: "publication date (the text gives no delivery date)",
      text: furniture.published.date.text,
    });
    warnings.push({
      file,
      line: furniture.published.line,
      column: 1,
      message: `the date ${furniture.published.date.text} is the page's publication date; the text gives no delivery date`,
    });
  }
  const texts = bodyDrafts.filter(isNotHeading).map(draftText);
  if (!metadata.delegation) {
    const exclude = new Set(joint.cosignatories.map((name) => countryNamed(name)?.code ?? name));
    const { found, candidate } = delegationInBody(texts, exclude);
    const speakerJapanese = typeof metadata.titleJa === "string" || isMostlyJapanese(texts.join("\n"));
    const titled = found ? undefined : foreignTitleCountry(metadata.title);
    if (found) {
      metadata.delegation = found.name;
      origins.push({
        field: "delegation",
        line: lineOf(bodyDrafts, found.text),
        rule: found.rule,
        text: shorten(found.text),
      });
    } else if (titled) {
      metadata.delegation = titled.name;
      origins.push({
        field: "delegation",
        line: origins.find((origin) => origin.field === "title")?.line ?? 1,
        rule: "country delivering it, named in a French, Spanish, Korean or Arabic title, or its subject",
        text: shorten(String(metadata.title)),
      });
    } else if (header.siteDelegation) {
      const site = header.siteDelegation;
      metadata.delegation = site.name;
      origins.push({ field: "delegation", line: site.line, rule: site.rule, text: shorten(site.text) });
    } else if (
      speakerJapanese &&
      /我が国|わが国|日本政府|日本国政府|日本代表団/.test(texts.join("\n")) &&
      (isJapaneseOffice(metadata.speaker) ||
        typeof metadata.titleJa === "string" ||
        JAPANESE_OFFICIAL_ACTS.test(texts.slice(0, 3).join("\n")))
    ) {
      metadata.delegation = "Japan";
      origins.push({
        field: "delegation",
        line: lineOf(bodyDrafts, "我が国"),
        rule: "我が国 / 日本政府 in a statement by a Japanese minister or mission",
        text: "我が国",
      });
    } else if (speakerJapanese && japaneseMinisterTitled(metadata.titleJa)) {
      metadata.delegation = "Japan";
      origins.push({
        field: "delegation",
        line: origins.find((origin) => origin.field === "titleJa")?.line ?? 1,
        rule: "a Japanese minister named by surname and office in the Japanese title (…外務大臣の…)",
        text: shorten(String(metadata.titleJa)),
      });
    } else if (candidate) {
      warnings.push({
        file,
        line: 1,
        column: 1,
        message: `delegation left empty: “${candidate}” is named in the text but nothing shows it is the speaker's country; set delegation in front matter if it is`,
      });
    }
  }
  const closing = bodyDrafts.findLastIndex(
    (draft, index) =>
      draft.type === "paragraph" &&
      index >= bodyDrafts.length - 2 &&
      isClosingThanks(draftText(draft).trim()),
  );
  // Loops, not per-call closures: see docs/architecture.md, "Known traps".
  const body: StatementBlock[] = [];
  for (const [index, each] of bodyDrafts.entries()) {
    const draft = isSectionHeading(bodyDrafts, index)
      ? ({ ...each, type: "heading", level: 2 } as Draft)
      : each;
    const block = toBlock(draft, index, index === closing ? index + 1 : bodyDrafts.length);
    if (hasText(block)) body.push(block);
  }
  markGreetingBlock(body);
  if (body.length === 0) {
    throw new BriefingError(
      { file, line: 1, column: 1 },
      "no statement text found (only header lines such as the title or date)",
      "add the text of the statement after the header lines",
    );
  }
  const text = bodyDrafts.map(draftText).join("\n");
  const language = statementLanguage(text);
  // A statement in Japanese is titled by its Japanese title; an English one keeps it apart.
  if (language === "ja" && metadata.title === undefined && typeof metadata.titleJa === "string") {
    metadata.title = metadata.titleJa;
    const origin = origins.find((each) => each.field === "titleJa");
    if (origin)
      origins.push({ ...origin, field: "title", rule: "the Japanese title of a statement in Japanese" });
  }
  // The header rules read a line of Han as a Japanese title; in a Chinese statement it is the title.
  if (language.startsWith("zh") && typeof metadata.titleJa === "string") {
    const at = origins.findIndex((each) => each.field === "titleJa");
    if (metadata.title === undefined) {
      metadata.title = metadata.titleJa;
      const origin = origins[at];
      if (origin) origins.push({ ...origin, field: "title", rule: "the title of a statement in Chinese" });
    }
    metadata.titleJa = undefined;
    if (at >= 0) origins.splice(at, 1);
  }
  const fields: Record<string, unknown> = {
    ...metadata,
    language,
    source: { file },
  };
  for (const [key, value] of Object.entries(options.frontMatter ?? {})) {
    if (value === undefined) continue;
    fields[key] = value;
    const at = origins.findIndex((origin) => origin.field === key);
    if (at >= 0) origins.splice(at, 1);
    origins.push({ field: key, line: 1, rule: "front matter", text: shorten(JSON.stringify(value)) });
  }
  for (const warning of dropped) {
    // A line a header rule read is accounted for in the explanation; it warns of nothing.
    if (warning.reason === "header line read, no field taken from it") continue;
    warnings.push({
      file,
      line: warning.line,
      column: 1,
      message: `dropped ${warning.reason} “${shorten(warning.text, 60)}” (web-page text, not part of the statement)`,
    });
  }
  const statement: Record<string, unknown> = {};
  for (const key of FIELD_ORDER)
    if (fields[key] !== undefined && fields[key] !== "") statement[key] = fields[key];
  // Runs were tagged `ja` by script before the language was known; Chinese is not Japanese.
  const finalLanguage = typeof fields.language === "string" ? fields.language : language;
  const retagged: StatementBlock[] = [];
  for (const block of body) retagged.push(retagBlock(block, finalLanguage));
  statement.body = retagged;
  if (notes.notes.length > 0) {
    statement.notes = notes.notes.map((note) => ({ ...note, runs: retagRuns(note.runs, finalLanguage) }));
    origins.push({
      field: "notes",
      line: notes.lines[0] ?? 1,
      rule: "footnotes, reference blocks and vote tallies",
      text: `${notes.notes.length} note${notes.notes.length === 1 ? "" : "s"}`,
    });
  }
  if (options.extra) statement.extra = options.extra;
  const explanation: Explanation = {
    fields: origins.sort(byFieldOrder),
    dropped: dropped.sort((a, b) => a.line - b.line),
  };
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { statement: liftExtraFields(StatementSchema.parse(statement)), warnings, explanation };
}

function isNotHeading(draft: Draft): boolean {
  return draft.type !== "heading";
}

function byFieldOrder(a: FieldOrigin, b: FieldOrigin): number {
  return FIELD_ORDER.indexOf(a.field as never) - FIELD_ORDER.indexOf(b.field as never);
}

const BRACKETED_HEADING =
  /^(?:【[^】]{1,40}】|[（(]\s*\d{1,2}\s*[．.)）]?[^）)]{0,30}[）)]\s*\S{0,30}|[（(][^）)]{1,30}[）)])$/u;

/**
 * A heading inside the statement that plain text cannot mark: a short line between paragraphs,
 * without a sentence's full stop ("Funding the Office", "【北朝鮮】", "（1）気候変動"), that is
 * no address or thanks and is followed by more text.
 */
function isSectionHeading(drafts: Draft[], index: number): boolean {
  const draft = drafts[index];
  const next = drafts[index + 1];
  if (draft?.type !== "paragraph" || draft.lines.length !== 1 || !next || index === 0) return false;
  // A heading is short; the note-marker pattern below costs the square of a long line's length.
  if (lineText(draft.lines[0] as DraftLine).length > 300) return false;
  const text = draftText(draft)
    .trim()
    .replace(/(?:\[\^?\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)+$/u, "");
  // "4. ON THE GLOBAL FOOD SITUATION:": a heading in capitals may end on a colon.
  if (isStandaloneLine(text) || (CLAUSE_END.test(text) && !isInCapitals(text)) || text.length > 80)
    return false;
  if (BRACKETED_HEADING.test(text)) return true;
  const words = text.split(/\s+/).length;
  return words <= 10 && /^[\p{Lu}\p{N}]/u.test(text) && !/^\d{1,3}$/.test(text) && next.type !== "heading";
}

/**
 * A ministry's report opens on what a Japanese official did ("…外務副大臣は、…を訪問し"): with
 * "我が国" in it, the statement is Japan's even when the page has no title or speaker line.
 */
const JAPANESE_OFFICIAL_ACTS =
  /(?:外務大臣|外務副大臣|外務大臣政務官|外務審議官|総理大臣|首相|大使|常駐代表|政府代表)(?:は|から)[、,，]/u;

/**
 * A Japanese title that opens with a surname and a Japanese government office: "上川外務大臣の国連
 * 未来サミット…出席", "岸田総理大臣の第78回国連総会出席". Japanese pages name another country's
 * minister with the country ("ブラジル外務大臣", "韓国外務大臣"), so a surname alone is Japan's.
 */
const JAPANESE_MINISTER_TITLE =
  /^([\p{Script=Han}々]{1,4})(?:内閣総理大臣|総理大臣|外務大臣政務官|外務副大臣|外務大臣|外務審議官|外務報道官|官房長官)(?:の|による|は|、)/u;

function japaneseMinisterTitled(titleJa: unknown): boolean {
  if (typeof titleJa !== "string") return false;
  const surname = JAPANESE_MINISTER_TITLE.exec(titleJa)?.[1];
  return surname !== undefined && !surname.endsWith("国") && countryNamed(surname) === undefined;
}

function isJapaneseOffice(speaker: unknown): boolean {
  return (
    typeof speaker === "string" && /(?:大臣|首相|大使|代表|政務官|公使|参事官|審議官|報道官)/.test(speaker)
  );
}

function lineOf(drafts: Draft[], text: string): number {
  const probe = text.slice(0, 30);
  for (const draft of drafts)
    for (const line of draft.lines) if (lineText(line).includes(probe)) return line.line;
  return drafts[0]?.lines[0]?.line ?? 1;
}

/**
 * UN statements number their paragraphs ("1. Mr. President, …", "2. India …"): an ordered list
 * whose items are paragraphs of prose is read as those paragraphs.
 */
function numberedParagraphs(draft: Draft): Draft[] {
  if (draft.type !== "list" || !draft.ordered) return [draft];
  const lengths = draft.lines.map((line) => lineText(line).length);
  const average = lengths.reduce((sum, length) => sum + length, 0) / Math.max(lengths.length, 1);
  const sentences = draft.lines.filter((line) => /[.!?。」"”]$/u.test(lineText(line).trim())).length;
  if (average < 100 || sentences < draft.lines.length * 0.8) return [draft];
  return draft.lines.map((line) => ({ type: "paragraph", lines: [line] }));
}

/**
 * "1 I thank you …", "2. India …": UN paragraph numbers at the start of three or more paragraphs,
 * counting up, are numbering, not words of the statement.
 */
function stripParagraphNumbers(drafts: Draft[]): Draft[] {
  const numbered = drafts.map(paragraphNumber);
  const values = numbered.filter((value): value is number => value !== undefined);
  if (values.length < 3 || values.some((value, at) => at > 0 && value <= (values[at - 1] ?? 0)))
    return drafts;
  return drafts.map((draft, at) => {
    if (numbered[at] === undefined || draft.type !== "paragraph") return draft;
    const [first, ...rest] = draft.lines;
    if (!first) return draft;
    const [run, ...runs] = first.runs;
    if (!run) return draft;
    const cut = { ...run, text: run.text.replace(/^\s*\d{1,3}[.)]?\s+/, "") };
    return { ...draft, lines: [{ ...first, runs: [cut, ...runs] }, ...rest] };
  });
}

function paragraphNumber(draft: Draft): number | undefined {
  if (draft.type !== "paragraph") return undefined;
  const text = draftText(draft).trim();
  // "2. Nuclear Non-Proliferation": a numbered section heading keeps its number.
  if (draft.lines.length === 1 && text.length <= 60 && !CLAUSE_END.test(text)) return undefined;
  const match = PARAGRAPH_NUMBER.exec(text);
  return match ? Number(match[1]) : undefined;
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

export type { Statement };

/**
 * The country a non-English title names as delivering the statement (`countryDeliveringForeignTitle`),
 * or as the subject of a delegation's verb in a news headline ("NNUU: Paraguay reafirma ante …").
 */
function foreignTitleCountry(title: unknown): Country | undefined {
  if (typeof title !== "string") return undefined;
  return countryDeliveringForeignTitle(title) ?? countrySpeakingForeign(title)?.country;
}
