// Import stage: .docx bytes → Statement; a file briefing wrote round-trips, any other gives text.
// Tells the statement's paragraphs from template chrome by style; parsing is in import/docx/.

import { BriefingError, type Warning } from "../errors.js";
import {
  type Note,
  type Run,
  type Statement,
  type StatementBlock,
  StatementSchema,
} from "../statement/statement-schema.js";
import { boundBody } from "./bound-blocks.js";
import { MAX_INPUT_BYTES, tooLarge } from "./detect-input.js";
import { isBriefingFile, readDocxProperties, statementFields } from "./docx/docx-metadata.js";
import { numberingKinds } from "./docx/docx-numbering.js";
import { readDocxParts } from "./docx/docx-package.js";
import { paragraphRuns } from "./docx/docx-runs.js";
import { styleRoles } from "./docx/docx-styles.js";
import { child, descendants, elements, type XmlElement } from "./docx/docx-xml.js";
import type { ImportResult } from "./import-result.js";
import { runsText } from "./runs.js";
import { modelLanguage, retagBlock } from "./statement-language.js";

const isTableOfContents = (sdt: XmlElement): boolean =>
  descendants([sdt], "w:docPartGallery").some((gallery) => gallery.attribs["w:val"] === "Table of Contents");

/** The body's paragraphs in reading order; tables are left out when they are template chrome. */
function bodyParagraphs(nodes: XmlElement[], withTables: boolean): XmlElement[] {
  const paragraphs: XmlElement[] = [];
  for (const node of nodes) {
    if (node.name === "w:p") paragraphs.push(node);
    else if (node.name === "w:tbl" && withTables)
      for (const each of descendants([node], "w:p")) paragraphs.push(each);
    else if (node.name === "w:sdt" && !isTableOfContents(node)) {
      const content = child(node, "w:sdtContent");
      if (content !== undefined)
        for (const each of bodyParagraphs(elements(content), withTables)) paragraphs.push(each);
    }
  }
  return paragraphs;
}

/**
 * Reads a Word file back into a Statement. A file briefing wrote gives back its metadata (core
 * and `briefing.*` custom properties) and the statement's own paragraphs, told from the template's
 * chrome by their styles (Body, Salutation, Closing, Heading 1–3, List); edits made in Word are
 * kept. Any other Word file gives its text and headings, with a warning that metadata is missing.
 */
export function docxToStatement(bytes: Uint8Array, file: string): ImportResult {
  if (bytes.byteLength > MAX_INPUT_BYTES) throw tooLarge(file, bytes.byteLength, MAX_INPUT_BYTES);
  const parts = readDocxParts(bytes, file);
  const properties = readDocxProperties(parts);
  const briefing = isBriefingFile(properties);
  const roleOf = styleRoles(parts);
  const numbered = numberingKinds(parts);
  const warnings: Warning[] = [];
  const blocks: StatementBlock[] = [];
  const notes: Note[] = [];
  let listId: string | undefined;
  let titleParagraph: string | undefined;

  const body = descendants(parts.document, "w:body")[0];
  for (const paragraph of body === undefined ? [] : bodyParagraphs(elements(body), !briefing)) {
    const runs = paragraphRuns(paragraph);
    const properties = child(paragraph, "w:pPr");
    const styleId = properties === undefined ? undefined : child(properties, "w:pStyle")?.attribs["w:val"];
    const numbering = properties === undefined ? undefined : child(properties, "w:numPr");
    const numId = numbering === undefined ? undefined : child(numbering, "w:numId")?.attribs["w:val"];
    const level = (numbering === undefined ? undefined : child(numbering, "w:ilvl")?.attribs["w:val"]) ?? "0";
    const role = roleOf(styleId);
    const inList = numId !== undefined && numId !== "0";
    const previous = blocks.at(-1);
    if (runsText(runs).trim().length === 0) {
      listId = undefined;
      continue;
    }
    if (role.kind === "heading") {
      blocks.push({ type: "heading", level: role.level, runs });
    } else if (inList || role.kind === "list") {
      const ordered = inList && numbered(numId, level);
      const key = `${numId ?? ""}:${ordered}`;
      if (previous?.type === "list" && listId === key) previous.items.push(runs);
      else blocks.push({ type: "list", ordered, items: [runs] });
      listId = key;
      continue;
    } else if (role.kind === "paragraph") {
      blocks.push({ type: "paragraph", role: role.role, runs });
    } else if (role.kind === "note") {
      notes.push(noteOf(runs));
    } else if (role.kind === "title") {
      titleParagraph ??= runsText(runs).trim();
    } else if (!briefing || styleId === undefined || styleId === "Normal") {
      // Text in no briefing style was added in Word (or the file is not briefing's): it is body text.
      blocks.push({ type: "paragraph", role: "body", runs });
    }
    listId = undefined;
  }

  if (blocks.length === 0) {
    throw new BriefingError(
      { file },
      "no statement text found in this Word file",
      "check that it has paragraphs",
    );
  }
  let fields: Omit<Statement, "body">;
  if (briefing) {
    fields = statementFields(properties);
  } else {
    const title = properties.core.title ?? titleParagraph;
    const language = modelLanguage({ body: blocks });
    fields = {
      ...(title === undefined ? {} : { title }),
      ...(language === undefined ? {} : { language }),
      source: { file },
    };
    warnings.push({
      file,
      message:
        "this Word file was not made by briefing, so it has no statement metadata: imported its text and headings only",
    });
  }
  // Word footnotes the text points to come first, as the templates wrote them; then the Note paragraphs.
  const referenced = new Set(
    blocks.flatMap((block) =>
      (block.type === "list" ? block.items.flat() : block.runs).flatMap((run) =>
        run.note ? [run.note] : [],
      ),
    ),
  );
  notes.unshift(...wordFootnotes(parts.footnotes, referenced));
  // Word runs were tagged `ja` by script; in a Chinese or Korean statement they are not Japanese.
  const retagged = fields.language
    ? blocks.map((block) => retagBlock(block, fields.language as string))
    : blocks;
  const result = StatementSchema.safeParse({
    ...fields,
    body: boundBody(retagged, file, warnings),
    ...(notes.length > 0 ? { notes } : {}),
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BriefingError(
      { file },
      `the Word file's properties do not make a valid statement: ${issue?.path.join(".")} ${issue?.message}`,
      "fix the document properties (File › Info › Properties) or re-render it with briefing",
    );
  }
  return { statement: result.data, warnings };
}

/** The footnotes of word/footnotes.xml that the text references, as notes with their Word id. */
function wordFootnotes(footnotes: XmlElement[], referenced: ReadonlySet<string>): Note[] {
  const notes: Note[] = [];
  for (const footnote of descendants(footnotes, "w:footnote")) {
    const id = footnote.attribs["w:id"];
    const type = footnote.attribs["w:type"];
    if (id === undefined || (type !== undefined && type !== "normal") || !referenced.has(id)) continue;
    const runs = descendants([footnote], "w:p").flatMap((paragraph, index) => {
      const each = paragraphRuns(paragraph);
      return index > 0 && each.length > 0 ? [{ text: "\n" }, ...each] : each;
    });
    // No label is looked for: "Footnote one: …" would read as one, and a footnote seldom has one.
    const trimmed = trimStart(runs);
    if (trimmed.length > 0) notes.push({ id, runs: trimmed });
  }
  return notes;
}

/** A paragraph in the Note style, as the templates write it: "<sup>1</sup> text" or "Label: text". */
function noteOf(runs: Run[]): Note {
  const [first, ...rest] = runs;
  if (first?.marks?.includes("sup") && /^\s*\w{1,3}\s*$/.test(first.text)) {
    return { id: first.text.trim(), runs: trimStart(rest) };
  }
  const text = runs.map((run) => run.text).join("");
  const label = /^([^:：\s][^:：]{0,20})[:：]\s+/u.exec(text);
  if (label?.[1] && first?.text.startsWith(label[0])) {
    return {
      label: label[1],
      runs: trimStart([{ ...first, text: first.text.slice(label[0].length) }, ...rest]),
    };
  }
  return { runs };
}

function trimStart(runs: Run[]): Run[] {
  const [first, ...rest] = runs;
  if (!first) return runs;
  const text = first.text.trimStart();
  return text === "" ? trimStart(rest) : [{ ...first, text }, ...rest];
}
