import { unzipSync } from "fflate";
import { BriefingError } from "../../errors.js";
import { parseXml, type XmlElement } from "./docx-xml.js";

/** The parts of a Word file the importer reads, parsed. */
export interface DocxParts {
  document: XmlElement[];
  styles: XmlElement[];
  numbering: XmlElement[];
  core: XmlElement[];
  custom: XmlElement[];
}

const partPaths = {
  document: "word/document.xml",
  styles: "word/styles.xml",
  numbering: "word/numbering.xml",
  core: "docProps/core.xml",
  custom: "docProps/custom.xml",
} as const satisfies Record<keyof DocxParts, string>;

const wanted = new Set<string>(Object.values(partPaths));
// A statement's XML is well under this; more is a damaged file or a zip bomb.
const maxPartBytes = 64 * 1024 * 1024;

/** Unzips a .docx and parses the parts the importer needs; a missing optional part is empty. */
export function readDocxParts(bytes: Uint8Array, file: string): DocxParts {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (!wanted.has(entry.name)) return false;
        if (entry.originalSize > maxPartBytes) throw new Error(`${entry.name} is too large`);
        return true;
      },
    });
  } catch (error) {
    throw new BriefingError(
      { file },
      "not a Word file: it is not a zip package",
      "save it from Word as a .docx (Word Document), not .doc or another format",
      { cause: error },
    );
  }
  if (files[partPaths.document] === undefined) {
    throw new BriefingError(
      { file },
      "not a Word file: word/document.xml is missing",
      "save it from Word or LibreOffice as a .docx (Word Document)",
    );
  }
  const decoder = new TextDecoder("utf-8");
  const part = (path: string): XmlElement[] => {
    const data = files[path];
    return data === undefined ? [] : parseXml(decoder.decode(data));
  };
  return {
    document: part(partPaths.document),
    styles: part(partPaths.styles),
    numbering: part(partPaths.numbering),
    core: part(partPaths.core),
    custom: part(partPaths.custom),
  };
}
