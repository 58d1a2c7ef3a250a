// PDF metadata: Document meta → pdfkit's Info dictionary and matching XMP, both reproducible.
import type { DocumentMeta } from "@briefing/core";

export const PRODUCER = "briefing (PDFKit)";

/** The Info dictionary, the same in every run (its dates are the document's, not the clock's). */
export function documentInfo(meta: DocumentMeta, date: Date): PDFKit.DocumentInfo {
  const info: PDFKit.DocumentInfo = {
    Creator: "briefing",
    Producer: PRODUCER,
    CreationDate: date,
    ModDate: date,
  };
  if (meta.title) info.Title = meta.title;
  if (meta.author) info.Author = meta.author;
  if (meta.subject) info.Subject = meta.subject;
  if (meta.keywords.length > 0) info.Keywords = meta.keywords.join(", ");
  return info;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function xmpDate(date: Date): string {
  return `${date.toISOString().split(".")[0]}Z`;
}

/**
 * XMP that matches the Info dictionary, as PDF/A requires. pdfkit's own writer neither
 * escapes XML nor writes ModifyDate, and copies Creator into pdf:Producer.
 */
export function xmpPackets(meta: DocumentMeta, info: PDFKit.DocumentInfo, date: Date): string {
  const lines = [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`,
    `<xmp:CreateDate>${xmpDate(date)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(date)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDate(date)}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeXml(info.Creator ?? "")}</xmp:CreatorTool>`,
    `</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    `<dc:format>application/pdf</dc:format>`,
  ];
  if (info.Title)
    lines.push(
      `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.Title)}</rdf:li></rdf:Alt></dc:title>`,
    );
  if (info.Author)
    lines.push(`<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>`);
  if (info.Subject) {
    lines.push(
      `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.Subject)}</rdf:li></rdf:Alt></dc:description>`,
    );
  }
  if (meta.keywords.length > 0) {
    lines.push(
      `<dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join("")}</rdf:Bag></dc:subject>`,
    );
  }
  if (meta.language)
    lines.push(`<dc:language><rdf:Bag><rdf:li>${escapeXml(meta.language)}</rdf:li></rdf:Bag></dc:language>`);
  lines.push(`</rdf:Description>`);
  lines.push(`<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`);
  lines.push(`<pdf:Producer>${escapeXml(info.Producer ?? "")}</pdf:Producer>`);
  if (info.Keywords) lines.push(`<pdf:Keywords>${escapeXml(info.Keywords)}</pdf:Keywords>`);
  lines.push(`</rdf:Description>`);
  return lines.join("\n");
}
