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
const setups = new Map<string, ThemeSetup>();
let setupCount = 0;

/**
 * The setup of a Document's theme, shared by every Document with the same styles, fonts, language
 * and heading levels (the same template), so their package template is built once per process.
 */
export function themeSetup(document: Document): ThemeSetup {
  // Keyed by all that `stylesOptions` reads, which costs less to write out than the styles it gives.
  const levels = [...headingLevels(document)];
  const key = JSON.stringify([document.styles, document.fonts, document.meta.language, levels]);
  const known = setups.get(key);
  if (known !== undefined) return known;
  const setup: ThemeSetup = { styles: stylesOptions(document), id: ++setupCount };
  setups.set(key, setup);
  if (setups.size > maxThemes) {
    const oldest = setups.keys().next().value;
    if (oldest !== undefined) setups.delete(oldest);
  }
  return setup;
}
