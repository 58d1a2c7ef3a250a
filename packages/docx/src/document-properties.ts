// Word package assembly: a Document's meta → docProps/core.xml and docProps/custom.xml, written
// into the parts docx wrote for the package template (their roots and namespaces are docx's).
import type { Document } from "@briefing/core";
import { wordLanguageTag } from "./languages.js";
import { fillPart } from "./part-content.js";
import { escapeXml } from "./xml.js";

const w3cdtf = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/** `<name>value</name>` as docx writes a core property: left out when empty. */
const property = (name: string, value: string | undefined): string =>
  value ? `<${name}>${escapeXml(value)}</${name}>` : "";

/**
 * The core properties, as docx writes them from the options it was given (title, subject,
 * creator, keywords, description, lastModifiedBy, then the template's revision and dates), dated
 * `date` rather than now so the same Document gives the same bytes. A Document without an author
 * names no one (docx would write "Un-named").
 */
export function corePropertiesXml(template: string, meta: Document["meta"], date: Date): string {
  const at = template.indexOf("<cp:revision>");
  if (at < 0) throw new Error("docx wrote docProps/core.xml in a form briefing does not know");
  const author = meta.author ?? "";
  const properties =
    property("dc:title", meta.title) +
    property("dc:subject", meta.subject) +
    property("dc:creator", author) +
    property("cp:keywords", meta.keywords.join(", ")) +
    property("dc:description", meta.description) +
    property("cp:lastModifiedBy", author);
  const stamp = w3cdtf(date);
  const dated = template
    .slice(at)
    .replace(
      /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      (_match, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
    );
  return fillPart(
    template.slice(0, at) + properties + dated,
    "cp:coreProperties",
    languageXml(meta.language),
  );
}

/**
 * The document's language (`dc:language`, as Word's File › Info shows it and search tools index
 * it), in the form of its runs' `w:lang`. docx has no option for it; the core properties are an
 * `xsd:all`, so its place among them is free.
 */
function languageXml(language: string | undefined): string {
  if (language === undefined) return "";
  // Quotes stay as they are here, as they always have in this element.
  const tag = wordLanguageTag(language).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<dc:language>${tag}</dc:language>`;
}

/** The custom properties, as docx writes them: ids from 2, as Office numbers them. */
export function customPropertiesXml(template: string, properties: Document["meta"]["properties"]): string {
  const content = Object.entries(properties)
    .map(
      ([name, value], index) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
    )
    .join("");
  return content === "" ? template : fillPart(template, "Properties", content);
}
