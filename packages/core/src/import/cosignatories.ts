// Import stage: drafts → drafts without the list of co-signing states, kept as cosignatories.
// Countries come from countries.ts; a sentence that names a few countries stays text.

import { countryNamed, delegationName, findCountries } from "./countries.js";
import { type Draft, type DraftLine, draftText, lineText } from "./draft.js";
import { sliceRuns } from "./runs.js";

/** Words that introduce the list of states a joint statement speaks for. */
const INTRO =
  /(?:co-?signator(?:y|ies)|signator(?:y|ies)|co-?sponsors?|joined by|supported by|endorsed by|on behalf of(?: the following| a group of)?(?: \d+| [a-z-]+)?(?: (?:countries|states|member states|delegations|members))?|the following (?:\d+ )?(?:countries|states|delegations|members)|共同提案国|賛同国)[^:：]{0,60}[:：]\s*$/iu;
/** The states a sentence of the speaker's says it speaks for, up to the sentence's end. */
const SPOKEN_FOR =
  /^(?:I|We)\s[^.:;]{0,80}?\bon behalf of\s+(?:the\s+following\s+(?:countries|states)\s*,?\s*)?([^.:;]{10,2000}?)\s*[.;]/u;
/** An introduction to the list in the speaker's own voice. */
const SPOKEN_INTRO = /^(?:I|We|Allow me|Let me)\s+\p{Ll}/u;
const LIST_SEPARATORS = /\s*[,;、，\n]\s*/u;
/**
 * The sentence an EU statement opens or ends with: "The Candidate Countries A*, B* and C, the
 * EFTA countries D and E, members of the European Economic Area, as well as F align themselves
 * with this statement."
 */
const ALIGNMENT =
  /(?:^|[.!?]\s+)(?<sentence>[^.!?]*?\balign(?:s|ed)?\s+(?:themselves|itself)\s+with\s+(?:this|the present)\s+statement\b[^.!?]*[.!?]?)$/iu;

export interface CosignatoryResult {
  body: Draft[];
  cosignatories: string[];
  lines: number[];
}

/**
 * A joint statement's list of co-signing states — a paragraph or list in which (nearly) every
 * item is a country, alone or after "on behalf of the following countries:" / "Co-signatories:" —
 * leaves the text for `cosignatories`. A sentence that names a few countries among other words
 * stays text.
 */
export function takeCosignatories(drafts: Draft[]): CosignatoryResult {
  const cosignatories: string[] = [];
  const lines: number[] = [];
  const body: Draft[] = [];
  let introPending = false;
  let run: Draft[] = [];
  const endRun = () => {
    if (run.length >= 3) {
      for (const each of run) {
        const name = countryOf(cleanItem(draftText(each)));
        if (name) cosignatories.push(name);
        lines.push(each.lines[0]?.line ?? 0);
      }
    } else body.push(...run);
    run = [];
  };
  for (const draft of drafts) {
    const text = draftText(draft).trim();
    // Countries printed one to a line with no blank lines between: a run of one-line paragraphs.
    if (draft.type === "paragraph" && draft.lines.length === 1 && countryOf(cleanItem(text))) {
      run.push(draft);
      continue;
    }
    endRun();
    if (draft.type === "list") {
      const items = draft.lines.map((line) =>
        lineText(line)
          .trim()
          .replace(/[.;,]$/, ""),
      );
      const countries = items.map((item) => countryOf(item));
      if (items.length >= 3 && countries.filter(Boolean).length >= items.length * 0.8) {
        cosignatories.push(...countries.filter((name): name is string => name !== undefined));
        lines.push(...draft.lines.map((line) => line.line));
        introPending = false;
        continue;
      }
      body.push(draft);
      continue;
    }
    if (draft.type === "paragraph") {
      // A list printed one country to a line: each line a country.
      const perLine = draft.lines.map(lineCountry);
      if (draft.lines.length >= 3 && perLine.every(Boolean)) {
        cosignatories.push(...perLine.filter((name): name is string => name !== undefined));
        lines.push(...draft.lines.map((line) => line.line));
        continue;
      }
      // Read out with the statement, so it stays; the countries it names join the statement.
      const aligned = ALIGNMENT.exec(text)?.groups?.sentence;
      if (aligned) cosignatories.push(...alignedCountries(aligned));
      // "I have the honour to deliver this statement on behalf of Botswana, Costa Rica, …, United
      // Kingdom and Uruguay.": the states spoken for, named in the speaker's own sentence.
      const behalf = SPOKEN_FOR.exec(text)?.[1];
      const spokenFor = behalf ? countryList(behalf) : undefined;
      if (spokenFor && !spokenFor.runsOn && spokenFor.names.length >= 3) {
        cosignatories.push(...spokenFor.names);
        body.push(draft);
        continue;
      }
      const colon = Math.max(text.lastIndexOf(":"), text.lastIndexOf("："));
      const intro = colon >= 0 ? text.slice(0, colon + 1) : "";
      const listText = colon >= 0 && INTRO.test(intro) ? text.slice(colon + 1) : text;
      const found = countryList(listText);
      // "On behalf of the following countries: A, B and C, we reaffirm …": the list runs on into
      // the sentence it opens, which is spoken; the paragraph stays whole and the names are kept.
      // Countries named in passing ("We thank A, B, C, D, E and all who …") are no such list.
      if (found?.runsOn && (listText !== text || found.names.length >= 5)) {
        if (listText !== text) cosignatories.push(...found.names);
        body.push(draft);
        continue;
      }
      const names = found?.names;
      // "I have the honour to speak for the EU. The following countries align themselves: A, B, …":
      // the list goes, the sentences before it are spoken and stay.
      const list = colon >= 0 ? countryList(text.slice(colon + 1))?.names : undefined;
      const spokenIntro = /[.!?]\s/.test(intro) && intro.split(/\s+/).length >= 8;
      if (list && spokenIntro && draft.type === "paragraph" && draft.lines.length === 1) {
        cosignatories.push(...list);
        lines.push(...draft.lines.map((line) => line.line));
        const [line] = draft.lines;
        const keep = intro.slice(0, intro.search(/[^.!?]*:$/)).trimEnd();
        if (line) body.push({ ...draft, lines: [{ ...line, runs: sliceRuns(line.runs, 0, keep.length) }] });
        continue;
      }
      // "I have the honour to deliver this statement on behalf of the Nordic-Baltic countries: A, B,
      // …": the speaker reads the list out as a sentence of their own, so it stays text.
      if (names && listText !== text && SPOKEN_INTRO.test(intro) && intro.split(/\s+/).length >= 6) {
        cosignatories.push(...names);
        body.push(draft);
        continue;
      }
      if (names && (listText !== text || names.length >= 5)) {
        cosignatories.push(...names);
        lines.push(...draft.lines.map((line) => line.line));
        continue;
      }
      // "I speak today for the five Nordic countries: Denmark, Finland, …": spoken, and it names them.
      const spoken = colon >= 0 ? countryList(text.slice(colon + 1))?.names : undefined;
      if (spoken && intro.split(/\s+/).length >= 4) cosignatories.push(...spoken);
      if (INTRO.test(text) && text.length < 200) {
        introPending = true;
        lines.push(...draft.lines.map((line) => line.line));
        continue;
      }
      if (introPending && draft.lines.length === 1) {
        const one = countryOf(text.replace(/^\d{1,3}[.)]?\s+/, "").replace(/[.;,]$/, ""));
        if (one) {
          cosignatories.push(one);
          lines.push(draft.lines[0]?.line ?? 0);
          continue;
        }
      }
      introPending = false;
    }
    body.push(draft);
  }
  endRun();
  return { body, cosignatories: [...new Set(cosignatories)], lines };
}

function cleanItem(text: string): string {
  return text
    .trim()
    .replace(/^\d{1,3}[.)]?\s+/, "")
    .replace(/[.;,]$/, "");
}

interface CountryList {
  names: string[];
  /** The list ran on into a clause ("…, Norway and Sweden, we mark …"): a sentence, spoken. */
  runsOn: boolean;
}

/**
 * The countries of a text that is a list of them, perhaps running on into the clause it opens
 * ("…, Norway and the United Kingdom we reaffirm …"); undefined otherwise.
 */
function countryList(text: string): CountryList | undefined {
  const separators = text.length - text.replace(/[,;、，\n]/gu, "").length;
  // Items of a list of countries are short; a sentence with commas is not such a list, nor is
  // a list longer than there are countries (looking up each of 25,000 items took seconds).
  if (separators < 2 || separators > 400 || text.length / (separators + 1) > 40) return undefined;
  const items = text
    .replace(/[.。]\s*$/u, "")
    .split(LIST_SEPARATORS)
    .map((item) =>
      item
        .trim()
        .replace(/^(?:and|the)\s+/i, "")
        .replace(/[*†‡]+$/, ""),
    )
    // "Peru and Chile" is two items, "Trinidad and Tobago" one.
    .flatMap(splitAnd)
    .filter((item) => item !== "");
  if (items.length < 3) return undefined;
  const names = items.map((item) => countryOf(item));
  // The clause a list runs on into: from the first item of four words or more that is no
  // country to the end, with no country after it; a country it starts with ends the list.
  const clause = names.findIndex(
    (name, i) => name === undefined && (items[i] as string).split(/\s+/).length >= 4,
  );
  if (clause > 0 && names.slice(clause).every((name) => name === undefined)) {
    const listed = names.slice(0, clause);
    const lead = leadingCountry(items[clause] as string);
    if (lead !== undefined) listed.push(lead);
    const found = listed.filter((name): name is string => name !== undefined);
    if (found.length >= 3 && found.length >= listed.length * 0.8) return { names: found, runsOn: true };
  }
  const found = names.filter((name): name is string => name !== undefined);
  return found.length >= items.length * 0.8 ? { names: found, runsOn: false } : undefined;
}

/** The countries an alignment sentence names, each once, in their order. */
function alignedCountries(sentence: string): string[] {
  const names: string[] = [];
  for (const mention of findCountries(sentence, ["name"])) {
    const name = delegationName(mention);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The country a clause opens with ("the United Kingdom we reaffirm …"), if any. */
function leadingCountry(clause: string): string | undefined {
  const [mention] = findCountries(clause, ["name"]);
  if (mention === undefined || !/^(?:the\s+)?$/i.test(clause.slice(0, mention.index))) return undefined;
  return delegationName(mention);
}

/** The country a line of a list printed one country to a line names. */
function lineCountry(line: DraftLine): string | undefined {
  return countryOf(
    lineText(line)
      .trim()
      .replace(/^\d{1,3}[.)]?\s+/, "")
      .replace(/[.;,]$/, ""),
  );
}

function splitAnd(item: string): string[] {
  return countryOf(item) || !/\sand\s/.test(item) ? [item] : item.split(/\s+and\s+/);
}

function countryOf(item: string): string | undefined {
  // No country's name is longer than this; a longer item is a sentence, not a list entry.
  if (item.length > 60) return undefined;
  const clean = item
    .replace(/[*†‡]+$/, "")
    .replace(/\s*\(.*\)$/, "")
    .trim();
  const country = countryNamed(clean);
  if (country) return delegationName({ country, form: "name", text: clean });
  const [mention] = findCountries(clean);
  return mention && mention.text.length >= clean.length - 4 ? delegationName(mention) : undefined;
}
