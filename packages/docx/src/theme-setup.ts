// Word styles: a Document's theme → docx IStylesOptions (defaults, rule style), cached per theme;
// its id names the theme in the package templates' cache (package-template.ts).
import type { Document } from "@briefing/core";
import {
  BorderStyle,
  type IParagraphStyleOptions,
  type IParagraphStylePropertiesOptions,
  type IStylesOptions,
} from "docx";
import { defaultLanguage } from "./languages.js";
import {
  headingLevels,
  isRightToLeftDocument,
  ruleStyleId,
  toParagraphStyle,
  wordFonts,
} from "./word-styles.js";

const ruleStyle: IParagraphStyleOptions = {
  id: ruleStyleId,
  name: "Rule",
  basedOn: "Normal",
  run: { size: 4 },
  paragraph: {
    spacing: { before: 0, after: 240, line: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "808080", space: 1 } },
  },
};

// docx writes w:bidi in a style's or the defaults' paragraph properties but leaves it out of their type.
const bidirectional: IParagraphStylePropertiesOptions = {
  bidirectional: true,
} as IParagraphStylePropertiesOptions;

function bodyFamily(document: Document): string | undefined {
  return document.styles.body?.font ?? Object.keys(document.fonts)[0];
}

/** The Word styles of a Document: its theme's styles, with the document defaults and the rule style. */
function stylesOptions(document: Document): IStylesOptions {
  const family = bodyFamily(document);
  const levels = headingLevels(document);
  const rightToLeft = isRightToLeftDocument(document);
  return {
    default: {
      document: {
        run: {
          ...(family === undefined ? {} : { font: wordFonts(document, family) }),
          language: defaultLanguage(document.meta.language),
        },
        // Paragraphs in no style of the theme (Normal: a page break's, an empty first-page header)
        // are right to left in a right-to-left document too.
        ...(rightToLeft ? { paragraph: bidirectional } : {}),
      },
    },
    paragraphStyles: [
      ...Object.values(document.styles).map((style) => toParagraphStyle(document, style, levels)),
      rightToLeft ? { ...ruleStyle, paragraph: { ...ruleStyle.paragraph, ...bidirectional } } : ruleStyle,
    ],
  };
}

/** What a batch of Documents with the same theme shares: the Word styles, and an id that says which. */
export interface ThemeSetup {
  styles: IStylesOptions;
  /** Different for every setup this process makes, so a setup made again gets its templates afresh. */
  id: number;
}

const maxThemes = 32;

/** What `stylesOptions` reads from a Document, copied when its setup was made. */
interface ThemeInputs {
  styles: Document["styles"];
  fonts: Document["fonts"];
  language: string | undefined;
  levels: [string, number][];
}

/** The setups made so far with what each was made from, oldest first. */
const setups: { inputs: ThemeInputs; setup: ThemeSetup }[] = [];
let setupCount = 0;

/**
 * The setup of a Document's theme, shared by every Document with the same styles, fonts, language
 * and heading levels (the same template), so their package template is built once per process.
 */
export function themeSetup(document: Document): ThemeSetup {
  // Compared field by field with what each setup was made from: every Document carries its own
  // copy of the theme, and comparing stops at the first difference, where writing the theme out
  // as a key cost a 60 KB string per Document.
  const inputs: ThemeInputs = {
    styles: document.styles,
    fonts: document.fonts,
    language: document.meta.language,
    levels: [...headingLevels(document)],
  };
  for (let i = setups.length - 1; i >= 0; i--) {
    const known = setups[i] as (typeof setups)[number];
    if (sameData(known.inputs, inputs)) return known.setup;
  }
  const setup: ThemeSetup = { styles: stylesOptions(document), id: ++setupCount };
  // A copy: the Document's own objects may change once it is rendered.
  setups.push({ inputs: structuredClone(inputs), setup });
  if (setups.length > maxThemes) setups.shift();
  return setup;
}

/**
 * Whether two values of plain data (what a theme holds: objects, arrays, strings, numbers,
 * booleans) are the same, keys in the same order. Stricter than comparing their JSON (a key
 * set to undefined counts), which can only make a setup again, never share a wrong one.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  for (let i = 0; i < aKeys.length; i++) {
    const key = aKeys[i] as string;
    if (key !== bKeys[i]) return false;
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
