import type { ParagraphRole } from "../statement/statement-schema.js";

const OFFICE =
  "(?:Vice[- ])?(?:President|Chair(?:man|woman|person)?|Co-?Chair(?:s|persons?)?|Co-?Facilitators?|Facilitators?|Moderator|(?:Under-)?Secretary[- ]General|Director[- ]General|Executive Director|High Commissioner|Commissioner|Coordinator|(?:Special )?Rapporteur|Ambassador|Minister|Prime Minister|Speaker)";
const ADDRESS = [
  `(?:Mr\\.?|Mister|Madam|Madame|Mme\\.?|Ms\\.?|Mrs\\.?)\\s+${OFFICE}`,
  "(?:Your\\s+)?Excellenc(?:y|ies)",
  "(?:(?:Distinguished|Honou?rable|Dear|Fellow|Esteemed)\\s+)+(?:delegates|colleagues|guests|participants|representatives|members|ministers|friends|panell?ists|co-?chairs|chairs?)",
  "(?:Ladies|Gentlemen)(?:\\s+and\\s+(?:gentlemen|ladies))?",
  "(?:Dear\\s+)?(?:Colleagues|Friends|Co-?Chairs)",
  "All protocols? observed",
].join("|");
const ADDRESSES = `(?:${ADDRESS})(?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+)(?:${ADDRESS}))*`;
const THANKS = "(?:I\\s+)?thank\\s+you(?:\\s+(?:very|so)\\s+much)?";

const ADDRESS_LINE = new RegExp(`^(?:${ADDRESSES})\\s*[,:;!.]?$`, "i");
const OPENING_THANKS = new RegExp(`^${THANKS}\\s*,?\\s*(?:${ADDRESSES})\\s*[,:;.!]?$`, "i");
const CLOSING_THANKS = new RegExp(
  `^${THANKS}(?:\\s+(?:all|for your (?:kind )?attention))?(?:\\s*,?\\s*(?:${ADDRESSES}))?\\s*[.!]?$`,
  "i",
);

const JA_ADDRESS =
  "(?:議長(?:閣下)?|副議長|共同議長|委員長|ご列席の皆様|御列席の皆様|ご出席の皆様|御出席の皆様|各国代表の皆様|皆様)";
const JA_ADDRESS_LINE = new RegExp(`^${JA_ADDRESS}(?:[、,]\\s*${JA_ADDRESS})*[、,]?$`);
const JA_CLOSING = /^(?:(?:ご|御)清聴(?:いただき)?)?(?:誠に)?ありがとうございました[。.]?$/;

/** A standalone address: "Mr. President,", "Madam Chair", "Excellencies, distinguished delegates,", "議長、". */
export function isAddressLine(text: string): boolean {
  const t = text.trim();
  return ADDRESS_LINE.test(t) || JA_ADDRESS_LINE.test(t);
}

/** "Thank you, Mr. President," — a salutation when it opens a statement. */
export function isOpeningThanks(text: string): boolean {
  return OPENING_THANKS.test(text.trim());
}

/** The final thanks: "Thank you, Mr. President.", "I thank you.", "ご清聴ありがとうございました。" */
export function isClosingThanks(text: string): boolean {
  const t = text.trim();
  return CLOSING_THANKS.test(t) || JA_CLOSING.test(t);
}

/** Lines that stand on their own even when the source did not put a blank line around them. */
export function isStandaloneLine(text: string): boolean {
  return isAddressLine(text) || isOpeningThanks(text) || isClosingThanks(text);
}

/**
 * The role of the paragraph at `index` of `count` body paragraphs: an address line is a
 * salutation anywhere; "Thank you, Mr. President," is a salutation as the first paragraph and
 * thanks are the closing as the last one; everything else is body.
 */
export function paragraphRole(text: string, index: number, count: number): ParagraphRole {
  if (isAddressLine(text)) return "salutation";
  if (index === count - 1 && count > 1 && isClosingThanks(text)) return "closing";
  if (index === 0 && isOpeningThanks(text)) return "salutation";
  return "body";
}
