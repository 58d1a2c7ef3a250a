import type { Warning } from "../errors.js";
import { type Draft, type DraftLine, lineText } from "./draft.js";
import { isClosingThanks } from "./paragraph-roles.js";

const NAV_WORD =
  "(?:home|top|top page|skip to (?:main )?content|skip navigation|main menu|menu|search|sitemap|site map|contact(?: us)?|privacy(?: policy)?|terms of use|accessibility|related links|back to (?:top|index|list|previous page)|return to (?:top|index)|page top|top of (?:the )?page|share|tweet|facebook|twitter|x|linkedin|email|e-mail|rss|japanese|english|français|español|日本語|english page|previous|next|speeches and statements|statements)";
const NAV_LINE = new RegExp(`^[\\s|/·•»›>▲▼<«‹-]*(?:${NAV_WORD}[\\s|/·•»›>▲▼<«‹-]*)+$`, "iu");
const BREADCRUMB = /^(?:home|top|トップ)\s*[>›»/].+/i;
const PRINT =
  /^(?:\[?\s*)?(?:printable version|print(?:er)?[- ]friendly(?: version)?|print(?: this page)?)\b.*$/i;
const PRESS = [
  /^press release$/i,
  /^for immediate release\b/i,
  /^[-–—*#\s]*(?:end|ends)[-–—*#\s]*$/i,
  /^#{3}$/,
  /^(?:media|press) (?:contact|enquiries|inquiries)\b/i,
  /^for (?:further|more) information\b/i,
  /^check against delivery\.?$/i,
  /^-\s*30\s*-$/,
];
const FOOTER = /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved/i;
const ADDRESS_LIKE =
  /\b(?:tel|phone|fax)\b[.:]?\s*[+(\d]|\b\d{3}-\d{4}\b|\b[A-Z]{2} \d{5}\b|\bCH-\d{4}\b|\b\d+[-\w]*\s+(?:[A-Z][\w'-]*\s+)*(?:Street|St\.|Avenue|Ave\.|Plaza|Road|Rd\.|Rue|Chemin|Route|Boulevard|Strasse|Straße)\b|\b\d-\d-\d\b/;

type Reason = "navigation" | "print link" | "press-release wrapper" | "footer";

/**
 * Drops what a web page wraps around a statement: navigation links and breadcrumbs,
 * "Printable version", press-release lines, and the footer (a © line and the address lines
 * around it or after the closing thanks). Each dropped line is reported as a warning.
 */
export function removeWebClutter(drafts: Draft[], file: string): { drafts: Draft[]; warnings: Warning[] } {
  const lines = drafts.flatMap((draft, block) => draft.lines.map((line) => ({ block, line })));
  const texts = lines.map(({ line }) => lineText(line).trim());
  const lastClosing = texts.findLastIndex((text) => isClosingThanks(text));
  const reasons: (Reason | undefined)[] = lines.map(({ line }, index) => classify(line, texts[index] ?? ""));
  for (let index = 0; index < lines.length; index++) {
    const text = texts[index] ?? "";
    if (reasons[index] || !ADDRESS_LIKE.test(text) || text.length > 200) continue;
    const afterClosing = lastClosing >= 0 && index > lastClosing;
    const nearFooter = [index - 2, index - 1, index + 1, index + 2].some(
      (near) => reasons[near] === "footer",
    );
    if (afterClosing || nearFooter) reasons[index] = "footer";
  }
  // A page footer: everything between the closing thanks and a © line is the site's, not the speaker's.
  const footerStart = reasons.findIndex((reason, index) => reason === "footer" && index > lastClosing);
  if (lastClosing >= 0 && footerStart > lastClosing) {
    for (let index = lastClosing + 1; index < lines.length; index++) reasons[index] ??= "footer";
  }
  const warnings: Warning[] = [];
  const dropped = new Set<DraftLine>();
  lines.forEach(({ line }, index) => {
    const reason = reasons[index];
    if (!reason) return;
    dropped.add(line);
    const text = texts[index] ?? "";
    warnings.push({
      file,
      line: line.line,
      column: 1,
      message: `dropped ${reason} “${text.length > 60 ? `${text.slice(0, 57)}…` : text}” (web-page text, not part of the statement)`,
    });
  });
  const kept = drafts
    .map((draft) => ({ ...draft, lines: draft.lines.filter((line) => !dropped.has(line)) }) as Draft)
    .filter((draft) => draft.lines.length > 0 && draft.lines.some((line) => lineText(line).trim() !== ""));
  return { drafts: kept, warnings };
}

function classify(line: DraftLine, text: string): Reason | undefined {
  if (text === "") return undefined;
  if (line.linkOnly || NAV_LINE.test(text) || BREADCRUMB.test(text)) return "navigation";
  if (PRINT.test(text) && text.length < 60) return "print link";
  if (PRESS.some((pattern) => pattern.test(text))) return "press-release wrapper";
  if (FOOTER.test(text) && text.length < 200) return "footer";
  return undefined;
}
