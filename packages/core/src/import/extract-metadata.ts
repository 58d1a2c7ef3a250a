import { findDate } from "../dates/parse-date-text.js";
import type { Warning } from "../errors.js";
import type { Statement, StatementDate } from "../statement/statement-schema.js";
import { type Draft, draftText, lineText } from "./draft.js";
import { isAddressLine, isOpeningThanks } from "./paragraph-roles.js";
import { isMostlyJapanese } from "./script.js";

/** The fields a statement's header lines can give. */
export type Metadata = Pick<
  Statement,
  "title" | "titleJa" | "meeting" | "venue" | "date" | "speaker" | "delegation"
>;

const TITLE =
  /^(?:Joint\s+|General\s+|National\s+|Opening\s+|Closing\s+|Keynote\s+)?(?:Statement|Remarks|Address|Speech|Intervention|Explanation of (?:Vote|Position))\b/i;
const BARE_TITLE =
  /^(?:Joint\s+|General\s+|National\s+|Opening\s+|Closing\s+|Keynote\s+)?(?:Statement|Remarks|Address|Speech|Intervention)$/i;
const HONORIFIC =
  /^(?:H\.\s?E\.|His Excellency|Her Excellency|Ambassador|Minister|State Minister|Deputy|Vice[- ]Minister|Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Professor)\s/;
const MEETING =
  /\b(?:Meetings?|Session|Committee|Council|Conference|Assembly|Convention|Forum|Summit|Dialogue|Debate|Working Group|Agenda item|Symposium|Review|Plenary|Segment)\b|総会|委員会|会合|会議|理事会|議題/i;
const COUNTRY = "((?:the\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+(?:of|and|the|[A-Z][\\p{L}'’.-]*))*)";
const BODY_OF = new RegExp(
  `\\b(?:Permanent Representative|Deputy Permanent Representative|Ambassador|Minister for Foreign Affairs|Foreign Minister|Representative|Delegation|Government|Permanent Mission|Mission|Embassy)\\s+of\\s+${COUNTRY}`,
  "u",
);
const MISSION_LINE = new RegExp(
  `^(?:the\\s+)?(?:Permanent Mission|Delegation|Embassy|Mission)\\s+of\\s+${COUNTRY}(?:\\s+to\\s+.*)?$`,
  "u",
);
const BEHALF = new RegExp(
  `\\b[Oo]n behalf of (?:the\\s+)?(?:Government|Delegation|people)\\s+of\\s+${COUNTRY}`,
  "u",
);
const BEHALF_JA = /([\p{Script=Han}\p{Script=Katakana}ー]{1,12})政府を代表して/u;
const SPEAKER_JA =
  /(?:[\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ー・]{2,20})(?:外務大臣|総理大臣|副大臣|大臣政務官|政務官|大臣|首相|次席代表|常駐代表|大使|代表|公使|参事官|審議官|局長|議長)(?=(?:による)?(?:ステートメント|スピーチ|演説|発言|挨拶|あいさつ|談話))/u;
const SPEAKER_LINE = /^(?:(?:Statement\s+)?delivered by|Speaker:|Presented by)\s+(.+)$/i;
const COUNTRY_NAME = /^(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:of|and|the|[\p{Lu}][\p{L}'’.-]*)){0,6}$/u;
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;
const VENUE =
  /^(?:[\p{Lu}][\p{L}'’.-]*(?:[\s-]+[\p{L}'’.-]+){0,3})(?:,\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3})?$/u;
const VENUE_JA = /^[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}$/u;

/**
 * Reads the header lines before the statement proper (up to the first salutation or body
 * paragraph) into fields, and returns the drafts that remain. A header line is consumed only
 * when it is recognised; anything else ends the header, so a field that is not there stays
 * empty. The delegation may also come from "on behalf of the Government of X" in the first
 * paragraphs.
 */
export function extractMetadata(
  drafts: Draft[],
  file: string,
): { metadata: Metadata; body: Draft[]; warnings: Warning[] } {
  const metadata: Metadata = {};
  const warnings: Warning[] = [];
  const meeting: string[] = [];
  const read = (text: string, line: number, heading: boolean): boolean => {
    const dateWarnings: string[] = [];
    const consumed = readHeaderLine(text, heading, metadata, meeting, dateWarnings);
    if (consumed) warnings.push(...dateWarnings.map((message) => ({ file, line, column: 1, message })));
    return consumed;
  };
  let body: Draft[] = [];
  for (const [index, draft] of drafts.entries()) {
    if (draft.type === "list") {
      body = drafts.slice(index);
      break;
    }
    const heading = draft.type === "heading";
    // A heading is one header line however it was wrapped; a paragraph is read line by line.
    const lines = heading
      ? [{ text: draftText(draft), line: draft.lines[0]?.line ?? 1 }]
      : draft.lines.map((line) => ({ text: lineText(line), line: line.line }));
    let consumed = 0;
    while (consumed < lines.length) {
      const line = lines[consumed];
      if (!line || !read(line.text.trim(), line.line, heading)) break;
      consumed++;
    }
    if (consumed < lines.length) {
      body = [
        consumed === 0 ? draft : { ...draft, lines: draft.lines.slice(consumed) },
        ...drafts.slice(index + 1),
      ];
      break;
    }
  }
  if (meeting.length > 0) metadata.meeting = meeting.join(" — ");
  if (!metadata.delegation) {
    for (const draft of body.slice(0, 4)) {
      const text = draftText(draft);
      const behalf = BEHALF.exec(text);
      const behalfJa = BEHALF_JA.exec(text);
      if (behalf?.[1]) metadata.delegation = countryName(behalf[1]);
      else if (behalfJa?.[1]) metadata.delegation = behalfJa[1];
      if (metadata.delegation) break;
    }
  }
  return { metadata, body, warnings };
}

/** Reads one header line into `metadata`; false when the line is not a header line. */
function readHeaderLine(
  text: string,
  heading: boolean,
  metadata: Metadata,
  meeting: string[],
  warnings: string[],
): boolean {
  if (text === "" || text.length > 300 || isAddressLine(text) || isOpeningThanks(text)) return false;
  if (heading) {
    if (TITLE.test(text) && !metadata.title) readTitle(text, metadata, warnings);
    else if (!metadata.title || MEETING.test(text)) meeting.push(text);
    else return false;
    return true;
  }
  const dated = readDateVenue(text, warnings);
  if (dated) {
    if (metadata.date && dated.date) return false;
    if (dated.date) metadata.date = dated.date;
    if (dated.venue && !metadata.venue) metadata.venue = dated.venue;
  } else if (isMostlyJapanese(text) && !/[。.]$/.test(text) && !metadata.titleJa) {
    metadata.titleJa = text;
    const speaker = SPEAKER_JA.exec(text);
    if (speaker) metadata.speaker = speaker[0];
  } else if (TITLE.test(text) && !metadata.title) {
    readTitle(text, metadata, warnings);
  } else if (SPEAKER_LINE.test(text) || (HONORIFIC.test(text) && !/[.!?]$/.test(text))) {
    if (metadata.speaker) return false;
    readSpeaker(text.replace(SPEAKER_LINE, "$1"), metadata);
  } else if (MISSION_LINE.test(text) && !metadata.delegation) {
    metadata.delegation = countryName(MISSION_LINE.exec(text)?.[1] ?? "");
  } else if (MEETING.test(text) && !/[.。]$/.test(text) && text.length < 160) {
    meeting.push(text);
  } else {
    return false;
  }
  return true;
}

/**
 * A line that is a date and perhaps a venue, nothing else: "(8 - 9 June 2017, Geneva)",
 * "New York, 25 October 2023", "令和3年11月23日". An impossible date still counts as the date
 * line (so it is not read as text) but leaves `date` empty, with a warning.
 */
export function readDateVenue(
  text: string,
  warnings: string[],
): { date?: StatementDate; venue?: string } | undefined {
  const inner = text.replace(/^\((.*)\)$/s, "$1").trim();
  const problems: string[] = [];
  const found = findDate(inner, problems);
  if (!found) {
    if (problems.length > 0 && inner.length < 40) {
      warnings.push(...problems);
      return {};
    }
    return undefined;
  }
  const rest = `${inner.slice(0, found.index)} ${inner.slice(found.index + found.length)}`
    .split(/[,、]/)
    .map((part) => part.trim().replace(/\.$/, ""))
    .filter((part) => part !== "" && !WEEKDAY.test(part));
  if (rest.length > 1) return undefined;
  const venue = rest[0];
  if (venue !== undefined && !VENUE.test(venue) && !VENUE_JA.test(venue)) return undefined;
  warnings.push(...problems);
  return venue === undefined ? { date: found.date } : { date: found.date, venue };
}

/**
 * "Statement on X by JAPAN" → title "Statement on X", delegation Japan. The "by …" phrase is
 * taken out of the title only when it ends the line and leaves more than the bare word
 * "Statement"; otherwise the title is kept whole. A date at the end of the title (", 25 October
 * 2023" or "(…)") becomes the date and is taken out too.
 */
function readTitle(line: string, metadata: Metadata, warnings: string[]): void {
  let title = line;
  const found = findDate(title, warnings);
  if (found && !metadata.date) {
    metadata.date = found.date;
    const after = title.slice(found.index + found.length).trim();
    if (after === "" || after === ")") {
      const before = title.slice(0, found.index);
      const open = before.lastIndexOf("(");
      const cut = after === ")" && open >= 0 ? before.slice(0, open) : before;
      const venue = after === ")" && open >= 0 ? before.slice(open + 1).replace(/[\s,]+$/, "") : "";
      if (venue && VENUE.test(venue) && !metadata.venue) metadata.venue = venue;
      if (!after || (open >= 0 && (!venue || VENUE.test(venue)))) title = cut.replace(/[\s,:–—-]+$/, "");
    }
  }
  const by = /^(.*?)\s+by\s+(.+)$/i.exec(title);
  if (!by?.[1] || !by[2]) {
    metadata.title = title;
    return;
  }
  const [head = "", ...tailParts] = by[2].split(/(?=\s+(?:at|on|to|in|during|before|for)\s)|,\s*/);
  const tail = tailParts.join("").trim();
  if (HONORIFIC.test(`${head} `) || /^H\.E\./.test(head)) {
    metadata.speaker = head.trim();
    const of = BODY_OF.exec(by[2]);
    if (of?.[1] && !metadata.delegation) metadata.delegation = countryName(of[1]);
  } else {
    const name = head.replace(
      /^(?:the\s+)?(?:Delegation|Government|Permanent Mission|Representative)\s+of\s+/i,
      "",
    );
    if (!COUNTRY_NAME.test(name)) {
      metadata.title = title;
      return;
    }
    metadata.delegation = countryName(name);
  }
  metadata.title = tail === "" && !BARE_TITLE.test(by[1].trim()) ? by[1].trim() : title;
}

/** "H.E. Mr. X, Permanent Representative of Japan" → speaker and delegation; "Ireland on behalf of …" → delegation. */
function readSpeaker(text: string, metadata: Metadata): void {
  const [name = text] = text.split(/,|\s+on behalf of\s+/);
  if (HONORIFIC.test(`${name.trim()} `)) metadata.speaker = name.trim();
  else if (COUNTRY_NAME.test(name.trim()) && !metadata.delegation) metadata.delegation = countryName(name);
  const of = BODY_OF.exec(text);
  if (of?.[1] && !metadata.delegation) metadata.delegation = countryName(of[1]);
}

/** "JAPAN" → "Japan", "the Republic of Korea" → "Republic of Korea". */
export function countryName(raw: string): string {
  let name = raw
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/\s+(?:of|and|the)$/i, "")
    .replace(/[.,;:]+$/, "");
  if (!/\p{Ll}/u.test(name)) {
    name = name
      .toLowerCase()
      .split(/\s+/)
      .map((word, i) =>
        i > 0 && /^(?:of|and|the|for)$/.test(word) ? word : word.replace(/^\p{L}/u, (c) => c.toUpperCase()),
      )
      .join(" ");
  }
  return name;
}
