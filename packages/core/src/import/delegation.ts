// Import stage: header lines and first paragraphs → the delegation (the speaker's country).
// Reads countries.ts matches; weak evidence only names a candidate, never fills the field.

import { allMatches, nativeOnFirstUse } from "../text/native-regexps.js";
import {
  type Country,
  type CountryMention,
  countryByCode,
  countryNamedForeign,
  countryOfForeignOffice,
  countryOfFrenchAdjective,
  countryOfOwnOffice,
  countryOnBehalfForeign,
  delegationName,
  findCountries,
  OWN_OFFICE_WORDS,
} from "./countries.js";

/** A country found as the delegation, the words that show it and the rule that read them. */
export interface DelegationEvidence {
  name: string;
  country: Country;
  rule: string;
  text: string;
}

/** Offices and bodies whose "of X" names the speaker's own country. */
const OWNER_BEFORE =
  /\b(?:(?:Deputy |Alternate |Acting )?Permanent (?:Representative|Observer)|Representative|Ambassador(?: Extraordinary and Plenipotentiary)?|Minister (?:for|of) (?:Foreign|External) Affairs(?: and [A-Z][\w ]+?)?|Foreign Minister|Minister of State|(?:Deputy |State |Vice[- ])?Minister|Secretary of State|Delegation|Government|Permanent Mission|Mission|Embassy|Ministry of (?:Foreign|External) Affairs(?: and [A-Z][\w ]+?)?|Ministry|Head of (?:the )?Delegation|Prime Minister|President|Chargé d['’]affaires(?: a\.i\.)?|Statement|Intervention|Remarks|Speech|Address|Explanation of (?:vote|position)|delivered|made|presented)\s+(?:by|of|from)\s+(?:the\s+)?$/i;
/**
 * What follows a country's name or adjective when the country is the speaker's: "UK statement",
 * "Japan's statement", "Kingdom of the Netherlands' Statement".
 */
const OWNER_AFTER =
  /^(?:['’]s?)?\s+(?:national\s+)?(?:statement|delegation|mission|government|permanent (?:mission|representative)|deputy permanent representative|(?:alternate |deputy |special )?representative|ambassador|minister|foreign minister|prime minister|president|intervention|remarks|explanation of (?:vote|position)|speech|address)\b/i;
const OWNER_VERB =
  /^\s+(?:participated|took part|delivered|spoke|intervened|addressed|made a statement|presented)\b/i;
/** "Japan: statement on …", "JAPAN" alone on a title line is the delegation, too. */
const OWNER_COLON = /^\s*[:：–—-]\s*(?:national\s+)?(?:statement|intervention|remarks|explanation)/i;
const JA_OWNER = /^(?:国)?(?:政府)?(?:代表部|代表団|政府|大使館)/u;
/** "駐ラオス日本国大使は": Japan's ambassador speaks (another country's ambassador may be a guest in a caption). */
const JA_OWN_AMBASSADOR = /^日本(?:国)?$/u;
/** "駐ラオス日本国大使": the country after 駐 hosts the ambassador; it is not the one speaking. */
const JA_HOST = /駐$/u;
const BEHALF_START =
  /\bon behalf of\s+(?:(?:the\s+)?(?:(?:royal|federal|national|transitional|provisional|imperial)\s+)?(?:government|people|delegation|republic|state|kingdom)(?:\s+and\s+(?:the\s+)?(?:(?:royal|federal|national|transitional|provisional|imperial)\s+)?(?:people|government))?\s+of\s+|my (?:country|government|delegation),?\s+)?(?:the\s+)?$/i;

/** "Заява делегації України …", "Выступление делегации Российской Федерации …": whose delegation speaks. */
const SLAVIC_DELEGATION =
  /(?:[Дд]елегаці[їя]|[Пп]остійного\s+представництва|[Пп]редставництва|[Мм]іністерства\s+закордонних\s+справ)\s+(України)|(?:[Дд]елегаци[ия]|[Пп]остоянного\s+представительства|[Пп]редставительства|МИД)\s+(?:Российской\s+Федерации|России)/u;

/**
 * The country that a header line (title, speaker, mission or ministry line) shows as the
 * speaker's own: "Permanent Representative of Japan", "Statement by the Delegation of Kenya",
 * "UK statement at the Security Council", "Australian Mission to the UN", "日本政府代表部".
 * A country after "on behalf of …" groups or after "to" (the host) is not taken.
 */
export function delegationInHeader(text: string): DelegationEvidence | undefined {
  const slavic = SLAVIC_DELEGATION.exec(text);
  const own = slavic ? countryByCode(slavic[1] ? "UA" : "RU") : undefined;
  if (own)
    return {
      name: own.name,
      country: own,
      rule: "delegation or mission “of” a country, in Ukrainian or Russian",
      text,
    };
  const office = countryOfForeignOffice(text);
  if (office)
    return { name: office.name, country: office, rule: "office of a country, in French or Spanish", text };
  const mentions = findCountries(text);
  for (const mention of mentions) {
    const before = text.slice(Math.max(0, mention.index - 160), mention.index);
    const after = text.slice(mention.index + mention.text.length, mention.index + mention.text.length + 160);
    if (/\bon behalf of\b[^,;]*$/i.test(before) && !BEHALF_START.test(before)) continue;
    if (mention.form === "japanese") {
      if (JA_HOST.test(before)) continue;
      if (JA_OWNER.test(after) || (JA_OWN_AMBASSADOR.test(mention.text) && /^(?:国)?大使/u.test(after)))
        return evidence(mention, "Japanese mission or government line", text);
      continue;
    }
    if (mention.form === "name" && OWNER_BEFORE.test(before) && !listFollows(after))
      return evidence(mention, "office or body “of …”", text);
    if (OWNER_AFTER.test(after))
      return evidence(mention, "country before “statement/delegation/mission…”", text);
    if (mention.form === "name" && before.trim() === "" && OWNER_COLON.test(after))
      return evidence(mention, "country heading a title", text);
    if (mention.form === "name" && before.trim() === "" && /^\s*[.:]?\s*$/.test(after))
      return evidence(mention, "country line", text);
    // "Poland participated in the Security Council meeting …": the page's lead names who spoke.
    if (mention.form === "name" && /^\s*(?:the\s+)?$/i.test(before) && OWNER_VERB.test(after))
      return evidence(mention, "country that took part, in a lead line", text);
    if (mention.form === "name" && BEHALF_START.test(before) && !listFollows(after))
      return evidence(mention, "“on behalf of” a country", text);
  }
  return undefined;
}

/** "X on behalf of …" at the start of a speaker line: X delivers. */
export function delegationDelivering(text: string): DelegationEvidence | undefined {
  const match = /^(?:(?:statement\s+)?delivered by\s+)?(?:the\s+)?(.+?)\s+on behalf of\b/i.exec(text);
  if (!match?.[1]) return undefined;
  const [mention] = findCountries(match[1], ["name"]);
  if (mention && match[1].replace(/^the\s+/i, "").trim() === mention.text.replace(/^the\s+/i, ""))
    return evidence(mention, "country delivering “on behalf of …”", text);
  // "… Fourth Session March 15, 2007 General Debate Algeria on behalf of the African Group": a
  // cover run together, the country the last words before "on behalf of".
  const words = match[1].split(/\s+/u);
  for (let count = Math.min(4, words.length - 1); count >= 1; count--) {
    const tail = words.slice(-count).join(" ");
    const [last] = findCountries(tail, ["name"]);
    if (last && last.text === tail && /^\p{Lu}/u.test(tail))
      return evidence(last, "country right before “on behalf of …” in a header line", text);
  }
  return undefined;
}

/** French and Spanish verbs a delegation uses of itself, for English text and text in those languages alike. */
const FRENCH_SPANISH_SELF_VERBS =
  "salue|soutient|appuie|condamne|se félicite|réaffirme|réitère|appelle|exhorte|remercie|reste (?:engagée?|préoccupée?|attachée?|convaincue?|déterminée?)|apoya|respalda|condena|reitera|reafirma|saluda|agradece";
const SELF_VERBS = `(?:welcomes?|condemns?|supports?|fully supports?|strongly supports?|thanks?|aligns? (?:itself|herself|himself)|associates? (?:itself|herself)|voted|abstained|joins?|joined|reiterates?|reaffirms?|remains? (?:committed|concerned|deeply|ready|convinced|steadfast)|calls? (?:on|upon)|is (?:committed|pleased|deeply|gravely|seriously|concerned|honou?red|proud|ready|firmly|fully|a (?:proud|committed|strong|firm|staunch))|stands? (?:ready|with|firmly|in)|commends?|congratulates?|recogni[sz]es?|shares?|believes?|takes? note|appreciates?|would like|wishes|attaches?|co-?sponsored|expresses|underlines?|underscores?|emphasi[sz]es?|encourages?|urges?|looks forward|has (?:consistently|always|long|actively|contributed|provided|pledged|been (?:a|working|actively|committed))|will continue|continues to (?:support|call|work|contribute|provide|stand|urge|believe)|intends to (?:work|continue|contribute|support|pursue|play)|is deeply|places great|considers?|regrets?|deplores?|acknowledges?|notes with|agrees?|would like to|will (?:keep (?:working|standing|supporting|defending|pressing|pushing)|(?:remain|always be|continue to be) (?:committed|ready|engaged|steadfast|a (?:reliable|committed|strong)|an? (?:[\\w-]+ )?(?:partner|friend|ally|supporter|champion)\\b)|(?:always )?stand (?:with|by|ready)|work (?:to|with|for|towards?|closely|tirelessly|hard)\\b)|has given (?:top |high |particular |special )?priority|${FRENCH_SPANISH_SELF_VERBS}|est (?:profondément|fermement|pleinement|engagée?|préoccupée?|attachée?)|acoge con (?:beneplácito|satisfacción)|insta|exhorta|sigue (?:comprometid[oa]|preocupad[oa])|está (?:comprometid[oa]|preocupad[oa]|convencid[oa]))`;
/**
 * What follows a country that speaks of itself: "Norway welcomes", "The UK, too, strongly
 * supports". The adverbs share one `\s+`: V8 compiles the long verb list once for each way
 * into it, and `also\s+|therefore\s+|…` made eleven ways (1.6 MB of machine code in each
 * render thread against 0.44 MB; bench/results.md, issue 15 step 36).
 */
const SELF_VERB_AFTER = new RegExp(
  `^,?\\s+(?:(?:also|therefore|once again|again|strongly|firmly|fully|warmly|sincerely|deeply)\\s+)?${SELF_VERBS}\\b`,
  "i",
);
// A rule of a thousand characters with `i`: see native-regexps.ts.
const compileSelfVerb = nativeOnFirstUse([SELF_VERB_AFTER]);

function selfVerbFollows(after: string): boolean {
  compileSelfVerb();
  return SELF_VERB_AFTER.test(after);
}

/**
 * A country as the subject of a sentence in French, Spanish, Italian, Portuguese or German, with a
 * verb a delegation uses of itself: "La Belgique salue …", "L'Italia si associa …", "Portugal
 * continuará a trabalhar …", "Österreich unterstützt …". The name in the sentence's own language.
 */
const FOREIGN_SUBJECT = new RegExp(
  `(?:^|[.;:!?]\\s+|[«“"]|(?:,\\s+|\\s)(?:que|che|dass)\\s+|,\\s+(?:(?:et|y|e|und)\\s+)?)(?:(?:[Ll]a|[Ll]e|[Ee]l|O|A|[Ii]l|[Ll]o|[Dd]ie|[Dd]as)\\s+|[Ll]['’])?([\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Lu}][\\p{L}-]+)?)\\s+(?:${FRENCH_SPANISH_SELF_VERBS}|défendra|poursuivra|continuera (?:à|de)|s['’]engage|plaide|seguirá|defenderá|insta|exhorta|sigue comprometid[oa]|si associa|sostiene|condanna|accoglie con favore|ribadisce|riafferma|ringrazia|continuerà a|continua a|esprime|si unisce|apoia|saúda|continuará a|associa-se|junta-se|unterstützt|begrüßt|verurteilt|bekräftigt|dankt|setzt sich|wird sich weiterhin)(?![\\p{L}])`,
  "gu",
);
/** "Desde Bolivia proponemos …", "desde México reiteramos …": where "we" speak from. */
const SPEAKING_FROM =
  /(?:^|[.;:!?]\s+|,\s+)[Dd]esde\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?),?\s+\p{Ll}+(?:amos|emos|imos)(?![\p{L}])/gu;
const compileForeignSubject = nativeOnFirstUse([FOREIGN_SUBJECT]);

export function countrySpeakingForeign(paragraph: string): DelegationEvidence | undefined {
  compileForeignSubject();
  const from = paragraph.includes("esde ") ? allMatches(SPEAKING_FROM, paragraph) : [];
  for (const found of [...allMatches(FOREIGN_SUBJECT, paragraph), ...from]) {
    const whole = found[1] ?? "";
    const first = whole.split(/\s+/)[0] ?? "";
    const country = countryNamedForeign(whole) ?? countryNamedForeign(first);
    // As the text names it, like every delegation read from the text ("La Belgique" → "Belgique").
    if (country)
      return {
        name: countryNamedForeign(whole) ? whole : first,
        country,
        rule: "country as the subject, in the statement's language",
        text: sentenceAround(paragraph, found.index ?? 0),
      };
  }
  const office = countryOfOwnOffice(paragraph);
  if (office)
    return {
      name: office.name,
      country: office,
      rule: "the speaker's own office, in the statement's language",
      text: sentenceAround(paragraph, Math.max(0, paragraph.search(OWN_OFFICE_AT))),
    };
  return undefined;
}

const FRENCH_DELEGATION = /\b(?:la|ma|notre|cette)\s+délégation\s+(\p{Ll}+)/gu;
const OWN_OFFICE_AT = new RegExp(`\\b${OWN_OFFICE_WORDS}\\s`, "iu");

const SENTENCE_END_BEFORE = /(?:[.!?]["”’]?\s+|;\s+)$/;

/**
 * How statements in Chinese and Russian speak of their own country, as "日本は …" does in
 * Japanese: "中方一贯主张 …" ("the Chinese side"), "我代表中国政府", "Россия поддерживает …".
 */
const OWN_SIDE: readonly { pattern: RegExp; code: string; rule: string }[] = [
  {
    pattern:
      /(?:^|[。，；\s])(?:中方|中国政府|中国代表团)(?:一贯|始终|坚决|坚定|支持|欢迎|呼吁|主张|愿意?|认为|高度|积极|将|感谢|赞赏|注意到|重申|反对)|我代表中国政府/u,
    code: "CN",
    rule: "中方 as the speaker (中方一贯 …, 我代表中国政府)",
  },
  {
    pattern:
      /(?:^|[.!?]\s+)(?:Россия|Российская Федерация)\s+(?:последовательно\s+|неизменно\s+|решительно\s+|также\s+|всегда\s+)?(?:выступает|поддерживает|приветствует|призывает|считает|осуждает|благодарит|готова|настаивает|исходит|подтверждает|намерена|продолжит)/u,
    code: "RU",
    rule: "Россия as the subject of its sentences (Россия поддерживает …)",
  },
];

/** A Chinese or Russian paragraph's own country, from `OWN_SIDE`. */
function ownSide(paragraph: string): DelegationEvidence | undefined {
  for (const { pattern, code, rule } of OWN_SIDE) {
    const found = pattern.exec(paragraph);
    const country = found ? countryByCode(code) : undefined;
    if (found && country)
      return { name: country.name, country, rule, text: sentenceAround(paragraph, found.index) };
  }
  return undefined;
}

/**
 * The country that the first paragraphs of the statement show as the speaker's: "on behalf of
 * the Government of Japan", "Japan aligns itself with …", or a country that is the subject of
 * its sentences ("Norway welcomes …", "The UK voted in favour …"). Countries in `exclude`
 * (co-signatories) are not taken. When only weak evidence is there, `candidate` names it.
 */
export function delegationInBody(
  paragraphs: string[],
  exclude: Set<string>,
): { found?: DelegationEvidence; candidate?: string } {
  const subjects = new Map<string, { mention: CountryMention; count: number; text: string }>();
  const mentions = new Map<string, { mention: CountryMention; count: number }>();
  for (const paragraph of paragraphs.slice(0, 10)) {
    const japan =
      /日本(?:国)?政府を代表して|日本代表団(?:を代表して|の名において)|(?:^|[。、\s　])(?:日本|日本国|日本政府)(?:は|としては|も|が)[、，]?/u.exec(
        paragraph,
      );
    if (japan) {
      const [mention] = findCountries("日本", ["japanese"]);
      if (mention)
        return {
          found: evidence(
            mention,
            "日本 as the speaker (日本政府を代表して, 日本は …)",
            sentenceAround(paragraph, japan.index),
          ),
        };
    }
    const own = ownSide(paragraph);
    if (own && !exclude.has(own.country.code)) return { found: own };
    const subject = countrySpeakingForeign(paragraph);
    if (subject && !exclude.has(subject.country.code)) return { found: subject };
    const behalf = countryOnBehalfForeign(paragraph);
    if (behalf && !exclude.has(behalf.code))
      return {
        found: {
          name: behalf.name,
          country: behalf,
          rule: "“au nom de” / “en nombre de” a country",
          text: sentenceAround(paragraph, 0),
        },
      };
    for (const mention of findCountries(paragraph, ["name", "adjective"])) {
      // The words just around the mention are all the rules look at; slicing the whole paragraph
      // would make a long paragraph cost the square of its length.
      const before = paragraph.slice(Math.max(0, mention.index - 120), mention.index);
      // "… on behalf of the Nordic countries: Denmark, Finland, Iceland, Sweden, and my own
      // country, Norway": the speaker's own country ends the list of those it speaks for.
      if (mention.form === "name" && /\bmy (?:own )?country,?\s*(?:the\s+)?$/i.test(before))
        return { found: evidence(mention, "“my own country, X”", sentenceAround(paragraph, mention.index)) };
      // "I shall now make a statement in my capacity as the representative of Ireland.": the
      // Council's president speaking for their own country.
      if (
        mention.form === "name" &&
        /\bin my (?:national )?capacity as (?:the )?(?:representative|delegate) of\s+(?:the\s+)?$/i.test(
          before,
        )
      )
        return {
          found: evidence(
            mention,
            "“in my capacity as the representative of X”",
            sentenceAround(paragraph, mention.index),
          ),
        };
      if (exclude.has(mention.country.code)) continue;
      const after = paragraph.slice(
        mention.index + mention.text.length,
        mention.index + mention.text.length + 120,
      );
      if (mention.form === "name" && BEHALF_START.test(before) && !listFollows(after))
        return {
          found: evidence(mention, "“on behalf of” a country", sentenceAround(paragraph, mention.index)),
        };
      // "On behalf of the Fijian Government, …": the country's adjective before its government.
      if (
        mention.form === "adjective" &&
        /\bon behalf of\s+(?:the\s+)?$/i.test(before) &&
        /^\s+(?:Government|people|delegation)\b/i.test(after)
      )
        return {
          found: evidence(mention, "“on behalf of” a country", sentenceAround(paragraph, mention.index)),
        };
      if (mention.form === "name" && /^['’]s\s+right of reply\b/i.test(after))
        return { found: evidence(mention, "“X's right of reply”", sentenceAround(paragraph, mention.index)) };
      // "… to do so as Australia's Minister for Foreign Affairs": the speaker's own office.
      if (
        mention.form === "name" &&
        /\bas\s*$/i.test(before) &&
        /^['’]s\s+(?:Foreign |Prime |Deputy )?(?:Minister|Ambassador|Permanent Representative|Representative|Special Envoy)\b/.test(
          after,
        )
      )
        return { found: evidence(mention, "“as X's Minister …”", sentenceAround(paragraph, mention.index)) };
      if (mention.form === "name") {
        const seen = mentions.get(mention.country.code) ?? { mention, count: 0 };
        seen.count++;
        mentions.set(mention.country.code, seen);
      }
      // "As a member of the ACT group, Estonia also supports …": an opening phrase may come first.
      const subjectStart = before
        .replace(/(?:The|the|La|la|Le|le|L['’]|l['’]|El|el)\s*$/, "")
        // A paragraph quoted whole ("“Canada is proud …"): the quotation mark opens the sentence.
        .replace(/(?:^|(?<=\s))["“‘«]\s*$/, "")
        .replace(
          /(?:As [^.,;]{1,60}|For (?:its|our) part|In this (?:regard|context|spirit)|To this end|Moreover|Furthermore|Finally|Therefore|Today|Likewise|Similarly|Once again|Once more|Enfin|Par ailleurs|En outre|De plus|Finalmente|Además|Asimismo|Por último|(?:(?:Mr\.?|Madam|Madame)\s+)?(?:President|Chair(?:person|man|woman)?|Co-?Chairs?)),\s*$/,
          "",
        );
      if (
        mention.form === "name" &&
        (SENTENCE_END_BEFORE.test(subjectStart) || (mention.index <= 120 && subjectStart.trim() === "")) &&
        selfVerbFollows(after)
      ) {
        const seen = subjects.get(mention.country.code) ?? {
          mention,
          count: 0,
          text: sentenceAround(paragraph, mention.index),
        };
        seen.count++;
        subjects.set(mention.country.code, seen);
      }
    }
  }
  const ranked = [...subjects.values()].sort((a, b) => b.count - a.count);
  const [best, second] = ranked;
  if (best && (!second || best.count > second.count))
    return {
      found: evidence(best.mention, "country as the subject of the statement's sentences", best.text),
    };
  // In French, Spanish, Italian, Portuguese or German a country as the subject of a delegation's
  // verb is plain enough to be read further on too ("O Brasil continuará a defender …" near the end).
  for (const paragraph of paragraphs.slice(10)) {
    const subject = countrySpeakingForeign(paragraph);
    if (subject && !exclude.has(subject.country.code)) return { found: subject };
  }
  // "… les félicitations de la délégation haïtienne …" in a statement that names Haïti: its own
  // delegation, by the French adjective (another's is thanked by name more often than so).
  const all = paragraphs.join("\n");
  for (const found of all.includes("délégation") ? allMatches(FRENCH_DELEGATION, all) : []) {
    const own = countryOfFrenchAdjective(found[1] ?? "");
    if (own && !exclude.has(own.country.code) && all.includes(own.name))
      return {
        found: {
          name: own.country.name,
          country: own.country,
          rule: "“la délégation <adjective>” of a country the statement names, in French",
          text: sentenceAround(all, found.index ?? 0),
        },
      };
  }
  const [named] = [...mentions.values()].sort((a, b) => b.count - a.count);
  return named ? { candidate: delegationName(named.mention) } : {};
}

function listFollows(after: string): boolean {
  const next = /^\s*(?:,|\band\b)\s*(?:and\s+)?(?:the\s+)?([^,;]+)/.exec(after)?.[1];
  const [mention] = next ? findCountries(next, ["name"]) : [];
  return mention !== undefined && mention.index === 0;
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(0, text.lastIndexOf(". ", index) + 1);
  const end = text.indexOf(". ", index);
  return text.slice(start, end < 0 ? undefined : end + 1).trim();
}

function evidence(mention: CountryMention, rule: string, text: string): DelegationEvidence {
  return { name: delegationName(mention), country: mention.country, rule, text };
}
