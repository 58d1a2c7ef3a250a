// Import stage: drafts → drafts without markers such as "Check against delivery" → delivery.

import type { Run } from "../statement/statement-schema.js";
import { allMatches } from "../text/native-regexps.js";
import { type Draft, lineText } from "./draft.js";
import type { FieldOrigin } from "./explanation.js";
import { shorten } from "./explanation.js";

/**
 * The words that say how the text relates to what was said: shown, never spoken. Besides English
 * and Japanese, the UN's other languages' "check against delivery" ("Seul le texte prononcé fait
 * foi", "Cotejar con el discurso pronunciado", "以实际发言为准", …); Canada's French "Sous réserve de
 * modifications", only where a line opens with it, since inside a sentence it is ordinary French.
 */
// The words in Latin and Cyrillic script start a word ("as delivered", never the end of "was
// delivered by"); Japanese, Chinese, Korean and Arabic markers stand between other letters.
const MARKER =
  /(?<![\p{L}\p{N}])(?:(?:transcript of the speech,?\s+)?exactly as it was delivered|(?:please,?\s+)?check\s+against\s+(?:actual\s+)?delivery|(?:statement\s+)?as\s+(?:prepared\s+for\s+)?delivered|as\s+prepared\s+for\s+delivery|embargo(?:ed)?\s+until\s+(?:after\s+)?(?:delivery|(?:the\s+)?(?:start|end)\s+of\s+(?:the\s+)?speech|\d{1,2}[.:]\d{2}[^.;]{0,40})|(?:only\s+)?the\s+spoken\s+word\s+(?:applies|is\s+authoritative|prevails)|(?:unofficial|provisional|informal)\s+translation|(?:seul\s+)?(?:le\s+)?(?:texte\s+|discours\s+)?prononcé\s+fait\s+foi|(?<=^[\s([*_–—-]*)sous\s+réserve\s+de\s+modifications(?=\s*[.)\]]|\s*$)|(?:cotejar|cotéjese)\s+con\s+el\s+discurso\s+pronunciado|fa\s+fede\s+(?:solo\s+)?il\s+(?:testo|discorso)\s+(?:effettivamente\s+)?pronunciato|es\s+gilt\s+das\s+gesprochene\s+wort|faz\s+fé\s+(?:apenas\s+)?o\s+(?:texto|discurso)\s+(?:efetivamente\s+)?proferido|s[óo]lo\s+es\s+válido\s+el\s+texto\s+pronunciado|s[óo]lo\s+dar[áa]\s+fe\s+el\s+texto\s+pronunciado|сверить\s+с\s+(?:фактически\s+)?произнес[её]нным\s+текстом)|仮訳|(?:発言|演説)原稿|原文(?:は英語|：英語)|(?:يرجى|يُرجى)\s+المراجعة\s+عند\s+الإلقاء|العبرة\s+بالنص\s+الملقى|以实际发言为准|以實際發言為準|실제\s*발언(?:을|이)?\s*우선(?:함|합니다)?/giu;
/** A marker with the brackets, dashes or stars around it: "(Check against delivery)", "– As delivered –". */
const MARKER_WITH_BRACKETS = new RegExp(
  `[\\s(\\[（【\\-–—*_]*(?:${MARKER.source})[\\s)\\]）】\\-–—*_.:]*`,
  "giu",
);
const WRAPPER = /^[\s\-–—*_[\](){}（）【】「」:：.,;|/]*$/u;
/**
 * The note Canada's pages print after their marker: "This speech has been translated in keeping
 * with the Official Languages Policy …", "Ce texte a été traduit conformément à …". A site's, never said.
 */
export const TRANSLATION_NOTE =
  /^\s*(?:this (?:speech|text|statement) has been translated in keeping with|ce (?:texte|discours) a été traduit conformément à)/iu;
/** "As prepared", "(As written)": markers only on a line of their own; in a sentence they are its words. */
const LINE_MARKER = /^[\s([（【\-–—*_]*(as\s+(?:prepared|written))[\s)\]）】\-–—*_.:]*$/iu;

export interface DeliveryResult {
  drafts: Draft[];
  delivery?: string;
  origin?: FieldOrigin;
  /** The first line that was a marker and nothing else ("– As delivered –"). */
  aloneLine?: number;
}

/**
 * Takes delivery markers ("Check against delivery", "As delivered", "Embargoed until
 * delivery", "仮訳") out of the text into the `delivery` field. A line that is only a marker is
 * removed; a marker inside a line ("Statement by X (check against delivery)", "AS DELIVERED by
 * …") is cut out of it and the rest of the line stays.
 */
export function takeDeliveryMarkers(drafts: Draft[]): DeliveryResult {
  const found: string[] = [];
  let origin: FieldOrigin | undefined;
  let aloneLine: number | undefined;
  const out: Draft[] = [];
  for (const draft of drafts) {
    const lines = draft.lines.flatMap((line) => {
      const text = lineText(line);
      // A marker inside a long paragraph of the statement is part of what was said; leave it.
      if (text.length > 300) return [line];
      const alone = LINE_MARKER.exec(text)?.[1];
      const wordings = alone ? [alone] : allMatches(MARKER, text).map((marker) => marker[0]);
      if (wordings.length === 0) return [line];
      for (const each of wordings) {
        const wording = tidy(each);
        if (!found.some((other) => other.toLowerCase() === wording.toLowerCase())) found.push(wording);
      }
      origin ??= { field: "delivery", line: line.line, rule: "delivery marker", text: shorten(text) };
      if (alone) {
        aloneLine ??= line.line;
        return [];
      }
      const rest = text.replace(MARKER, "");
      if (WRAPPER.test(rest) || TRANSLATION_NOTE.test(rest.replace(/^[\s.]+/u, ""))) {
        aloneLine ??= line.line;
        return [];
      }
      const runs = cutMarkers(line.runs);
      return [{ ...line, runs }];
    });
    if (lines.length > 0) out.push({ ...draft, lines } as Draft);
  }
  if (found.length === 0) return { drafts };
  return {
    drafts: out,
    delivery: found.join(" · "),
    ...(origin && { origin }),
    ...(aloneLine !== undefined && { aloneLine }),
  };
}

/** "CHECK AGAINST DELIVERY" → "Check against delivery"; "As Delivered" → "As delivered". */
function tidy(marker: string): string {
  const flat = marker.replace(/\s+/g, " ").trim();
  if (!/[a-z]/.test(flat) || /^[A-Z][a-z]+(?: [A-Z][a-z]+)+$/.test(flat)) {
    const lower = flat.toLowerCase();
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  }
  return flat.charAt(0).toUpperCase() + flat.slice(1);
}

/** The runs with every marker and the brackets or dashes around it removed. */
function cutMarkers(runs: Run[]): Run[] {
  return runs
    .map((run) => ({
      ...run,
      text: run.text.replace(MARKER_WITH_BRACKETS, " ").replace(/\s{2,}/g, " "),
    }))
    .filter((run) => run.text.trim() !== "");
}
