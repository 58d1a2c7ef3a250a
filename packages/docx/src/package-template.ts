// Word package assembly: the package docx writes for a template shape (theme, page, bands), built
// once per process with docx's public Packer and kept as text; each Document's parts are written
// into copies of it (see render-docx.ts).
import type { Document } from "@briefing/core";
import { Packer, Document as WordDocument } from "docx";
import { unzipSync } from "fflate";
import { listNumbering } from "./numbering.js";
import { pageSetup } from "./page-setup.js";
import { type RelationshipsTemplate, relationshipsTemplate } from "./part-links.js";
import type { ThemeSetup } from "./theme-setup.js";

/** The package docx writes for one shape, without any Document's content or properties. */
export interface PackageTemplate {
  /** Every part by path, in docx's order (the zip's). */
  parts: ReadonlyMap<string, string>;
  /** The relationships of each part that may hold links, by the part's path. */
  relationships: ReadonlyMap<string, RelationshipsTemplate>;
}

/** The relationships part of the part at `path` (`word/_rels/document.xml.rels` for `word/document.xml`). */
export const relationshipsPath = (path: string): string => {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
};

// What docx's package depends on besides the theme: every other option it is given is the same
// for all Documents, or written per Document into the template's parts.
function shapeKey(document: Document, setup: ThemeSetup): string {
  const { width, height, margins, titlePage, header, footer } = document.page;
  return JSON.stringify([
    setup.id,
    width,
    height,
    margins,
    titlePage === true,
    header.length > 0,
    footer.length > 0,
  ]);
}

async function buildTemplate(document: Document, setup: ThemeSetup): Promise<PackageTemplate> {
  const word = new WordDocument({
    // docx writes "Un-named" for an undefined creator or lastModifiedBy, and nothing for "".
    creator: "",
    lastModifiedBy: "",
    revision: 1,
    styles: setup.styles,
    numbering: listNumbering,
    sections: [{ ...pageSetup(document.page), children: [] }],
  });
  // Once per shape, so docx's public way (zipped, then read back) costs little.
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(word)));
  const decoder = new TextDecoder();
  const parts = new Map(Object.entries(files).map(([path, data]) => [path, decoder.decode(data)]));
  const relationships = new Map<string, RelationshipsTemplate>();
  for (const path of parts.keys()) {
    if (!/^word\/(document|header\d+|footer\d+|footnotes)\.xml$/.test(path)) continue;
    const rels = parts.get(relationshipsPath(path));
    if (rels !== undefined) relationships.set(path, relationshipsTemplate(rels));
  }
  return { parts, relationships };
}

const maxTemplates = 64;
const templates = new Map<string, Promise<PackageTemplate>>();

/**
 * The package template of a Document's shape, built the first time the shape is seen (Documents
 * of one theme and page usually share one) and kept for the next, the oldest dropped past
 * `maxTemplates`.
 */
export function packageTemplate(document: Document, setup: ThemeSetup): Promise<PackageTemplate> {
  const key = shapeKey(document, setup);
  const known = templates.get(key);
  if (known !== undefined) return known;
  const template = buildTemplate(document, setup);
  templates.set(key, template);
  // A failed build is not kept: the next Document tries again.
  template.catch(() => templates.delete(key));
  if (templates.size > maxTemplates) {
    const oldest = templates.keys().next().value;
    if (oldest !== undefined) templates.delete(oldest);
  }
  return template;
}
