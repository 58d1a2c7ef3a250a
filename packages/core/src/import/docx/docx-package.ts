// Import stage (.docx): zip bytes → the parsed XML parts the importer reads.
// Sizes are checked against limits.ts from the zip directory before anything is inflated.

import { BriefingError } from "../../errors.js";
import { MAX_DOCX_EXPANDED_BYTES, MAX_DOCX_PART_BYTES } from "../limits.js";
import { parseXml, type XmlElement, XmlLimitError } from "./docx-xml.js";
import { readZipDirectory, readZipEntry, type ZipEntry, ZipProblem } from "./zip-entries.js";

/** The parts of a Word file the importer reads, parsed. */
export interface DocxParts {
  document: XmlElement[];
  styles: XmlElement[];
  numbering: XmlElement[];
  core: XmlElement[];
  custom: XmlElement[];
  footnotes: XmlElement[];
}

const partPaths = {
  document: "word/document.xml",
  styles: "word/styles.xml",
  numbering: "word/numbering.xml",
  core: "docProps/core.xml",
  custom: "docProps/custom.xml",
  footnotes: "word/footnotes.xml",
} as const satisfies Record<keyof DocxParts, string>;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const REPAIR_HINT = "open it in Word and save it again as a .docx; if it still fails, the file is damaged";
const SIZE_HINT =
  "a statement's Word file expands to well under 1 MB: check that this is the right file (a damaged file or a zip bomb expands like this)";

/**
 * Unzips a .docx and parses the parts the importer needs; a missing optional part is empty.
 * Sizes are checked against the limits from the zip directory before anything is inflated
 * (`MAX_DOCX_EXPANDED_BYTES` for the whole package, `MAX_DOCX_PART_BYTES` for each part read),
 * each part read is checked to inflate to exactly its declared size, and each is parsed within
 * the XML limits (see docx-xml.ts).
 */
export function readDocxParts(bytes: Uint8Array, file: string): DocxParts {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    throw new BriefingError(
      { file },
      "not a Word file: it is not a zip package",
      "save it from Word as a .docx (Word Document), not .doc or another format",
      { cause: error },
    );
  }
  let expanded = 0;
  for (const entry of entries) expanded += entry.size;
  if (expanded > MAX_DOCX_EXPANDED_BYTES) {
    throw new BriefingError(
      { file },
      `the Word file expands to ${mb(expanded)} (limit ${mb(MAX_DOCX_EXPANDED_BYTES)})`,
      SIZE_HINT,
    );
  }
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  if (!byName.has(partPaths.document)) {
    throw new BriefingError(
      { file },
      "not a Word file: word/document.xml is missing",
      "save it from Word or LibreOffice as a .docx (Word Document)",
    );
  }
  const decoder = new TextDecoder("utf-8");
  const part = (path: string): XmlElement[] => {
    const entry = byName.get(path);
    if (entry === undefined) return [];
    if (entry.size > MAX_DOCX_PART_BYTES) {
      throw new BriefingError(
        { file },
        `the Word file's ${path} expands to ${mb(entry.size)} (limit ${mb(MAX_DOCX_PART_BYTES)})`,
        SIZE_HINT,
      );
    }
    try {
      return parseXml(decoder.decode(readZipEntry(bytes, entry)), path);
    } catch (error) {
      if (error instanceof ZipProblem)
        throw new BriefingError({ file }, `the Word file is damaged: ${error.message}`, REPAIR_HINT, {
          cause: error,
        });
      if (error instanceof XmlLimitError)
        throw new BriefingError({ file }, `the Word file's ${error.message}`, error.hint, { cause: error });
      throw error;
    }
  };
  return {
    document: part(partPaths.document),
    styles: part(partPaths.styles),
    numbering: part(partPaths.numbering),
    core: part(partPaths.core),
    custom: part(partPaths.custom),
    footnotes: part(partPaths.footnotes),
  };
}
