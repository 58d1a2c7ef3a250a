// Word block conversion: the RenderContext converters share while one Document is written
// (warnings, bookmark names and ids, list instances).
import type { Document, Warning } from "@briefing/core";
import { isListReference, listNumId } from "./numbering.js";
import { headingLevels } from "./word-styles.js";

/** What block converters share while one Document is written. */
export interface RenderContext {
  document: Document;
  file: string;
  /** The document's main language (`meta.language`), for runs that name none. */
  language: string | undefined;
  warn(message: string): void;
  /** `warn`, once per distinct message in this document. */
  warnOnce(message: string): void;
  /** The Word bookmark name for a heading id (Word allows letters, digits and `_`, at most 40). */
  bookmarkName(id: string): string;
  /**
   * The Word numbering id (`w:numId`) of a new list on the numbering `reference`: each list is an
   * instance of its own in the numbering part, so each ordered list restarts at 1.
   */
  listNumId(reference: string): number;
  /** The numbering reference of each list so far, in the order of their `listNumId`s. */
  lists: readonly string[];
  /** The numeric id of the next bookmark in this document. */
  nextBookmarkId(): number;
  /** The outline level (1–3) of each heading style's Word style (see `headingLevels`). */
  headingLevels: ReadonlyMap<string, number>;
  /** Each heading's page by id, written into the TOC's result (`RenderDocxOptions.tocPages`). */
  tocPages: ReadonlyMap<string, number> | undefined;
}

export function createRenderContext(
  document: Document,
  file: string,
  onWarning: ((warning: Warning) => void) | undefined,
  tocPages: ReadonlyMap<string, number> | undefined,
): RenderContext {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const lists: string[] = [];
  let bookmarkId = 0;
  const warned = new Set<string>();
  return {
    document,
    file,
    language: document.meta.language,
    headingLevels: headingLevels(document),
    tocPages,
    warn: (message) => onWarning?.({ file, message }),
    warnOnce(message) {
      if (warned.has(message)) return;
      warned.add(message);
      onWarning?.({ file, message });
    },
    bookmarkName(id) {
      const known = names.get(id);
      if (known !== undefined) return known;
      let base = id.replace(/[^A-Za-z0-9_]/g, "_");
      if (!/^[A-Za-z]/.test(base)) base = `h_${base}`;
      base = base.slice(0, 36);
      let name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
      names.set(id, name);
      taken.add(name);
      return name;
    },
    lists,
    listNumId(reference) {
      if (!isListReference(reference)) throw new Error(`docx has no numbering "${reference}"`);
      lists.push(reference);
      return listNumId(lists.length - 1);
    },
    nextBookmarkId: () => ++bookmarkId,
  };
}
