// Import stage: a paragraph's text and position → its role (salutation, body, closing).
// Its address and thanks tests also help extract-metadata find where the statement begins.

import type { ParagraphRole, StatementBlock } from "../statement/statement-schema.js";
import { LineSequence, ListItem } from "../text/line-sequence.js";
import { nativeOnFirstUse } from "../text/native-regexps.js";
import { runsText } from "./runs.js";

const OFFICE =
  "(?:(?:Vice|Acting|Deputy)[- ])?(?:President|Chair(?:man|woman|person)?|Co-?Chair(?:s|persons?|men)?|Co-?Facilitators?|Facilitators?|Moderator|(?:Under-|Deputy )?Secretary[- ]General|Director[- ]General|Executive Director|(?:Deputy )?High Commissioners?|Commissioner|Coordinator|(?:UN )?(?:Special )?(?:Rapporteurs?|Representatives?|Envoy|Adviser|Advisor|Coordinator)|Independent Experts?|Programm?e Director|Master of Ceremonies|Ambassadors?|(?:Prime |Foreign )?Ministers?|Speaker|Panell?ists?|Briefers?|Colleagues?|Members of the (?:[\\p{L}-]+\\s+){0,3}(?:Council|Board|Body|Committee|Conference|Commission|Bureau|Corps|Media|Press))(?:\\s+of\\s+the\\s+(?:\\d{1,3}(?:st|nd|rd|th)\\s+(?:Regular\\s+|Special\\s+)?Session\\s+of\\s+the\\s+)?(?:General Assembly|Security Council|Human Rights Council|Council|Board|Conference|Committee|Assembly|Commission))?";
const ADDRESS = [
  `(?:(?:Your|His|Her)\\s+Excellency,?\\s+(?=M))?(?:(?:(?:Dear|Distinguished|Esteemed|Respected)\\s+(?=M))?(?:Mr\\.?|Mister|Madam|Madame|Mme\\.?|Mdm\\.?|Ms\\.?|Mrs\\.?|Dear|Honou?rable|Distinguished|Your Excellency,?)(?:\\s*\\/\\s*(?:Mr\\.?|Madam|Madame|Ms\\.?|Mrs\\.?))?\\s+(?:(?:and|&)\\s+(?:Mr\\.?|Mister|Madam|Madame|Ms\\.?)\\s+)?)?${OFFICE}`,
  "(?:Your\\s+|(?:Esteemed|Dear|Distinguished)\\s+(?=Excellencies))?(?:Excellenc(?:y|ies)|Majesty|Majesties|(?:Royal\\s+)?Highness(?:es)?)",
  "Your\\s+Hono(?:u)?rs?",
  // "Colleague Ministers for Foreign Affairs,": a remit after the guests, in capitals.
  "(?:(?:Distinguished|Honou?rable|Honou?red|Dear|Fellow|Colleague|Esteemed|Respected|(?:Specially\\s+)?[Ii]nvited|Special)\\s+)+(?:delegates|delegations|colleagues|guests|participants|representatives|members|ministers|leaders|friends|panell?ists|speakers|co-?chairs|chairs?)(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+(?:and\\s+)?\\p{Lu}\\p{L}+){0,3})?",
  "(?:(?:Honou?red|Distinguished|Dear)\\s+)?(?:Ladies|Gentlemen)(?:\\s+and\\s+(?:gentlemen|ladies|delegates))?(?:\\s+all)?",
  // "Heads of International Organisations and Agencies;", "Honorary Consuls;": a reception's guests.
  "Heads? of (?:State|Government|Delegations?|(?:International\\s+|Regional\\s+|UN\\s+)?(?:Organi[sz]ations|Agencies))(?:\\s+and\\s+(?:Government|Delegations?|Agencies|Organi[sz]ations))?",
  "(?:Honorary\\s+)?Consuls(?:\\s+General)?",
  "(?:(?:Dear|My(?:\\s+dear)?)\\s+)?(?:Colleagues|Friends|Co-?Chairs|Chairs|All|compatriots|fellow citizens|countrymen)",
  "Good (?:morning|afternoon|evening)(?:\\s+(?:everyone|all|colleagues|friends|excellencies|distinguished delegates))?",
  "All protocols? (?:duly )?observed",
  // The Islamic greeting many statements open with: "Assalamu Alaykum Warahmatullahi Wabarakatuh".
  "As-?salaa?m[uo]?\\s*['’]?\\s*(?:alaikum|alaykum|alaikom|alaykom|aleikum)(?:\\s+wa\\s*-?\\s*rahmatu(?:llahi?|\\s+allahi?)(?:\\s+wa\\s*-?\\s*barakatu(?:hu?)?)?)?",
  "(?:Tod[oa]s\\s+(?:os|los)\\s+)?protocolos?\\s+(?:devidamente\\s+|debidamente\\s+)?observados?",
  // Statements at the UN often open in another official language.
  "(?:Señora?|Sr\\.|Sra\\.)\\s+(?:President[ea]|Presidenta|Vicepresident[ea])",
  "(?:Monsieur|Madame|M\\.|Mme)\\s+(?:le|la)\\s+(?:Président|Présidente|Vice-Président)e?",
  "Excelencias|Excellences",
  // "Estimado Secretario General, estimado Presidente, miembros de esta honorable Asamblea:".
  "(?:Estimad[oa]s?|Querid[oa]s?|Distinguid[oa]s?|Señoras?|Señores)\\s+(?:Secretari[oa]\\s+General|President[ea]|Presidenta|colegas|delegad[oa]s|amig[oa]s|representantes|invitad[oa]s)",
  "[Mm]iembros\\s+de\\s+esta\\s+(?:honorable\\s+|distinguida\\s+)?(?:Asamblea|Conferencia|Consejo)",
];
/** One address of a list, compiled once for every rule below (text/line-sequence.ts). */
const ADDRESS_ALTERNATIVES = `(?:${ADDRESS.join("|")})`;
/**
 * Where an address may end: before anything but a letter or digit, or before the "and" or
 * "for" of a separator glued to it ("Mr. Presidentand …"). Two lists of a closing thanks glued
 * together with nothing between them ("Mr. PresidentExcellencies") are not read as addresses.
 */
const ITEM_END = "(?=[^\\p{L}\\p{N}]|and\\s|for\\s|$)";
const ADDRESS_ITEM = new ListItem(ADDRESS_ALTERNATIVES, ITEM_END, "iu");
/** Between the addresses of a list: "Mr. President, Excellencies", "… / …", "… and …". */
const LIST_SEPARATOR = /\s*(?:[,;/&]\s*(?:and\s+)?|and\s+)/iuy;
// "Gracias, señor Presidente" and "Obrigado, Senhor Presidente": an English text often opens in
// the language of the chair.
const THANKS_RULE =
  /(?:I\s+)?thank\s+you(?:\s+(?:very|so)\s+much)?|thanks(?:\s+(?:very|so)\s+much)?|merci(?:\s+beaucoup)?|(?:muchas\s+)?gracias|(?:muito\s+)?obrigad[oa]/iuy;

/** "… for Human Rights,", "… on the right to food –": an office's remit. */
const REMIT = "\\s+(?:for|on|of)\\s+(?:the\\s+)?[\\p{L}’' -]{3,60}?";
/**
 * A line of addresses: "Mr. President, Excellencies,". With its remit an office is addressed
 * only when punctuated so: "High Commissioner for Human Rights,", "Special Rapporteur on the
 * right to food –"; "Vice Minister for Foreign Affairs of Thailand" under a name is the
 * speaker's office.
 */
const ADDRESS_LINE = new LineSequence(
  [{ items: [ADDRESS_ITEM], separator: LIST_SEPARATOR }],
  new RegExp(`\\s*[,:;!.–—-]?$|${REMIT}\\s*[,:;!–—-]$`, "iuy"),
);
/** Offices that, bare and unpunctuated, are a speaker's title rather than an address. */
const BARE_OFFICE =
  /^(?:(?:Vice|Acting|Deputy)[- ])?(?:(?:Prime |Foreign )?Ministers?|Ambassadors?|(?:UN )?(?:Special )?(?:Representatives?|Envoy|Adviser|Advisor|Coordinator)|(?:Under-|Deputy )?Secretary[- ]General|Director[- ]General|Executive Director|Commissioner|Speaker)$/i;
/** Addresses after the thanks or before the end, set off by a comma or not. */
const ADDRESSES_AFTER_THANKS = {
  before: /\s*,?\s*/uy,
  items: [ADDRESS_ITEM],
  separator: LIST_SEPARATOR,
  optional: true,
} as const;
const CLOSING_THANKS = new LineSequence(
  [
    { match: THANKS_RULE },
    ADDRESSES_AFTER_THANKS,
    { match: /\s+(?:all|everyone|again)/iuy, optional: true },
    { match: /\s*,?\s*for your (?:kind |patient )?attention/iuy, optional: true },
    ADDRESSES_AFTER_THANKS,
  ],
  /\s*[.!]?$/uy,
);

const JA_ADDRESS =
  "(?:(?:議長|共同議長|副議長|委員長|大統領|事務総長|高等弁務官|特別報告者|閣下)+|ご列席の皆様|御列席の皆様|ご出席の皆様|御出席の皆様|各国代表の皆様|ご来賓の皆様|御来賓の皆様|(?:ご|御)?列席の皆さま|皆様|皆さま|皆さん|各位)";
const JA_ADDRESS_LINE = new RegExp(`^${JA_ADDRESS}(?:[、,]\\s*${JA_ADDRESS})*[、,。]?$`, "u");
const JA_OPENING_THANKS = new RegExp(
  `^${JA_ADDRESS}[、,]?\\s*(?:ありがとうございます|ありがとう)[。.]?$`,
  "u",
);
const JA_CLOSING = new RegExp(
  `^(?:${JA_ADDRESS}[、,]?\\s*)?(?:(?:ご|御)[清静]聴(?:いただき)?)?(?:誠に|本当に|どうも)?ありがとうございました[。.！!]?$|^以上です[。.]?$`,
  "u",
);

// Addresses in the other UN official languages and Korean, as a speaker opens or turns to the
// chair: "Monsieur le Président,", "Señor Presidente:", "Господин Председатель,", "Г-жа Председатель.", "主席先生：",
// "السيد الرئيس،", "의장님,". Each punctuated in its own script (، ： 、).
const OTHER_ADDRESS = [
  // With the body presided over or the remit: "Monsieur le Président du Conseil des droits de l’homme".
  "(?:Monsieur|Madame)\\s+(?:le|la)\\s+(?:Vice-)?(?:Président|Présidente|Secrétaire\\s+général(?:e)?|Haut-Commissaire|Haute-Commissaire|Rapporteur\\s+spécial|Rapporteuse\\s+spéciale|Coprésident|Coprésidente|Ministre|Ambassadeur|Ambassadrice)(?:\\s+(?:du|de\\s+la|de\\s+l['’]|des|aux)\\s*[^,;:.!?]{3,60}?)?",
  "Mesdames(?:\\s+et\\s+Messieurs)?(?:\\s+les\\s+(?:délégués|représentants|ministres|ambassadeurs|chefs\\s+d['’]État(?:\\s+et\\s+de\\s+gouvernement)?|chefs\\s+de\\s+délégations?))?",
  // "Bonjour Mesdames, Messieurs," (a press briefing's opening), "Buenas tardes a todos,".
  "Messieurs|(?:Bonjour|Bonsoir)(?:\\s+à\\s+(?:tous|toutes\\s+et\\s+à\\s+tous))?|(?:Buenos\\s+días|Buenas\\s+(?:tardes|noches))(?:\\s+a\\s+tod[oa]s)?",
  "(?:Distingués|Chers|Honorables)\\s+(?:délégués|collègues|invités|représentants)",
  "(?:Chers|Chères)\\s+collègues(?:\\s+distingué(?:e)?s)?",
  "Excellences|Excellence|Majestés|Majesté|Altesses|Altesse",
  "Chefs?\\s+de\\s+délégations?|Chefs?\\s+d['’]État(?:\\s+et\\s+de\\s+gouvernement)?",
  // Spanish, with the body presided over and plural offices: "Señores Ministros y Secretarios de
  // Relaciones Exteriores", "Hermano Presidente de la Asamblea General" (Bolivia's greeting).
  "(?:Señor(?:a|es|as)?|Sr\\.|Sra\\.|Sres\\.|Herman[oa]s?)\\s+(?:Vice)?(?:President[ea]s?|Secretari[oa]s?(?:\\s+Generale?s?)?|Alt[oa]\\s+Comisionad[oa]|Copresident[ea]s?|Ministr[oa]s?|Embajador(?:a|es|as)?|Cancilleres|Canciller|Delegad[oa]s|Representantes|Jef[ea]s\\s+de\\s+(?:Estado|Gobierno|Delegación))(?:\\s+(?:y|e)\\s+[\\p{L}]+)*?(?:\\s+(?:y\\s+)?(?:de|del|de\\s+la|de\\s+las|de\\s+los)\\s+[^,;:.!?]{3,60}?)?",
  // "señoras y señores Cancilleres": the ladies and gentlemen greeted by their office.
  "Señoras\\s+y\\s+señores(?:\\s+(?:Cancilleres|Ministr[oa]s|Embajador(?:es|as)|Delegad[oa]s|Representantes))?",
  "(?:hermanas\\s+y\\s+hermanos|hermanos\\s+y\\s+hermanas|amigas\\s+y\\s+amigos|amigos\\s+y\\s+amigas)(?:\\s+(?:de|jefes|ministros|delegados|representantes)\\s+[^,;:.!?]{3,60}?)?",
  "(?:amigos\\s+todos|queridos\\s+amigos|queridas\\s+amigas|queridos\\s+colegas)",
  // Italian, Portuguese and German, spoken at the UN by their delegations too.
  "(?:Signor(?:a)?|Sig\\.(?:ra)?)\\s+(?:Vice)?(?:President(?:e|essa)|Segretari[oa]\\s+Generale|Ministr[oa]|Ambasciat(?:ore|rice))(?:\\s+(?:del|della|dei|delle|dell['’])\\s*[^,;:.!?]{3,60}?)?",
  "(?:Senhor(?:a)?|Sr\\.(?:ª)?)\\s+(?:Vice-?)?(?:President(?:e|a)|Secretári[oa]-?\\s?Geral|Ministr[oa]|Embaixador(?:a)?)(?:\\s+(?:do|da|das|dos|de)\\s+[^,;:.!?]{3,60}?)?",
  // "Sehr geehrter Herr Präsident,": the German letter's and speech's polite form.
  "(?:Sehr\\s+geehrte[r]?\\s+)?(?:Herr|Frau)\\s+(?:Vize)?(?:Präsident(?:in)?|Vorsitzender|Vorsitzende|Generalsekretär(?:in)?|Minister(?:in)?|Botschafter(?:in)?)",
  "Eccellenze|Excelências|Exzellenzen",
  "(?:Signore\\s+e\\s+Signori|Minhas\\s+senhoras\\s+e\\s+meus\\s+senhores|Senhoras\\s+e\\s+senhores(?:\\s+Chefes\\s+de\\s+Estado(?:,?\\s+de\\s+Governo)?(?:,?\\s+e\\s+de\\s+Delegações)?)?|(?:Meine\\s+(?:sehr\\s+geehrten\\s+)?|Sehr\\s+geehrte\\s+)Damen\\s+und\\s+Herren)",
  "(?:Distinguid|Estimad)[oa]s\\s+(?:delegad[oa]s|colegas|representantes|cancilleres|embajador(?:es|as)|ministr[oa]s|jef[ea]s\\s+de\\s+(?:Estado|Gobierno|Delegaci(?:ón|ones))|miembros(?:\\s+(?:de|del)(?:\\s+(?:este|esta|la|el))?\\s+[\\p{L}]+)?)",
  "(?:Уважаем(?:ый|ая)\\s+)?(?:господин|госпожа|г-н|г-жа)\\s+(?:председатель|сопредседатель|генеральный\\s+секретарь|верховный\\s+комиссар|специальный\\s+докладчик|министр|посол)",
  "(?:Уважаемые\\s+)?(?:коллеги|дамы\\s+и\\s+господа|делегаты)",
  "Ваш(?:и|е)\\s+Превосходительств(?:а|о)",
  "(?:尊敬的)?(?:主席|副主席|共同主席|秘书长|秘書長|高级专员|高級專員|特别报告员|特別報告員|大使)(?:先生|女士|阁下|閣下)",
  "各位(?:同事|同仁|代表|来宾|來賓)",
  "(?:女士们|女士們)[、，,]?\\s*(?:先生们|先生們)",
  "(?:السيد|السيدة|سيدي|سيدتي)\\s+(?:الرئيس|الرئيسة|نائب\\s+الرئيس|الرئيس\\s+المشارك|الأمين\\s+العام|المفوض\\s+السامي|المفوضة\\s+السامية|المقرر\\s+الخاص|الوزير|السفير)",
  "أصحاب\\s+(?:السعادة|المعالي)",
  "(?:الزملاء|الزميلات)\\s+(?:الأعزاء|الكرام)",
  "(?:السيدات\\s+والسادة|سيداتي\\s+سادتي)",
  "(?:존경하는\\s+)?(?:의장님|공동의장님|부의장님|위원장님|사무총장님|대사님|(?:각국\\s+)?대표\\s*여러분|신사\\s*숙녀\\s*여러분|내외\\s*귀빈\\s*여러분)",
];
const OTHER_ADDRESSES = `(?:${OTHER_ADDRESS.join("|")})`;
const OTHER_ADDRESS_LINE = new RegExp(
  // "Excellences Mesdames et Messieurs": stacked addresses with their commas lost.
  `^${OTHER_ADDRESSES}(?:(?:\\s*[,;،，、]\\s*|\\s+)(?:(?:et|y|и|و|그리고)\\s*)?${OTHER_ADDRESSES})*\\s*[,:;!.،，：、。]?$`,
  "iu",
);
// Thanks that close a statement: "Je vous remercie.", "Muchas gracias.", "Благодарю за внимание.",
// "谢谢主席先生。", "وشكرا السيد الرئيس.", "감사합니다."
const OTHER_THANKS =
  "(?:je\\s+vous\\s+remercie|merci(?:\\s+beaucoup)?|(?:muchas\\s+)?gracias|grazie(?:\\s+mille)?|(?:muito\\s+)?obrigad[oa]|(?:vielen\\s+)?dank(?:e)?(?:\\s+schön)?|ich\\s+danke\\s+(?:Ihnen)?|(?:благодарю|спасибо)(?:\\s+(?:вас|за\\s+внимание))?|(?:谢谢|謝謝|感谢|感謝)(?:大家|各位)?|(?:و)?(?:شكرا|شكراً)(?:\\s+(?:لكم|جزيلا|جزيلاً))?|(?:경청해\\s*주셔서\\s+)?감사합니다|고맙습니다)";
const OTHER_CLOSING = new RegExp(
  `^${OTHER_THANKS}(?:\\s*[,،，、]?\\s*${OTHER_ADDRESSES})?(?:\\s*[,،，、]?\\s*(?:за\\s+внимание|de\\s+votre\\s+(?:aimable\\s+|bienveillante\\s+|très\\s+aimable\\s+)?attention|por\\s+su\\s+(?:amable\\s+)?atención|per\\s+l['’]attenzione|pela\\s+(?:vossa\\s+|sua\\s+)?atenção|für\\s+Ihre\\s+Aufmerksamkeit|على\\s+حسن\\s+استماعكم))?\\s*[.!。！]?$`,
  "iu",
);

/**
 * "His Excellency Mr. Abdulla Shahid, President of the General Assembly;", "H.E. Mr. X,
 * Chairperson of the Fourth Committee, Excellencies, …,": a presiding officer greeted by name.
 * The honorific and the closing mark are required: "Elena Marković, President of the General
 * Assembly" alone is a speaker's line, and only presiding offices count.
 */
const NAMED = `(?:(?:H\\.\\s?E\\.?|His|Her)\\s+(?:Excellency,?\\s+)?)?(?:Mr\\.?|Ms\\.?|Mrs\\.?|Madam|Dr\\.?)\\s+[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,4},\\s*(?:the\\s+)?(?:United Nations\\s+)?(?:(?:Vice|Acting)[- ])?(?:President|Chair(?:man|woman|person)?|Co-?Chairs?|Secretary[- ]General|Moderator|Facilitator)(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?[\\p{L}’' ()-]{3,90}?)?`;
/**
 * "Under-Secretary-General Okafor,", "High Commissioner Türk,", "Deputy Prime Minister Tanasak,",
 * "Embajador Luis Herrera,": an office, then a surname ("Señor Presidente, Embajador …," greets both).
 */
const OFFICE_NAMED = `(?:(?:Mr\\.?|Madam|Madame)\\s+)?(?:(?:Under-|Deputy |Assistant )?Secretary[- ]General|High Commissioner|Special Rapporteur|Special Envoy|Director[- ]General|Executive Director|President|Vice[- ]President|Chair(?:man|woman|person)?|Ambassador|(?:Deputy |Vice )?Prime Minister|Foreign Minister|Minister|Governor|Mayor|Embajadora?|Ambassadeur|Ambassadrice)(?:\\s+|(?=\\p{Lu}))[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){0,2}`;
/**
 * "Thank you Madam President, High Commissioner Türk, distinguished Ambassadors, friends.": the
 * thanks may greet an office by name too, its space lost where the name was a link ("CommissionerTürk").
 */
const OPENING_THANKS = new LineSequence(
  [
    { match: THANKS_RULE },
    {
      before: /\s*,?\s*/uy,
      items: [ADDRESS_ITEM, new ListItem(OFFICE_NAMED, ITEM_END, "iu")],
      separator: /\s*[,;]\s*(?:and\s+)?/iuy,
      joined: { item: ADDRESS_ITEM, separator: LIST_SEPARATOR },
    },
  ],
  /\s*[,:;.!]?$/uy,
);
/** The same lists in their own case, with a presiding officer by name among them. */
const CASED_ADDRESS_ITEM = new ListItem(ADDRESS_ALTERNATIVES, ITEM_END, "u");
const NAMED_ADDRESS_LINE = new LineSequence(
  [
    {
      items: [
        // The office's remit is as short as the mark after it allows.
        new ListItem(NAMED, "(?=\\s*[,;:])", "u"),
        new ListItem(OFFICE_NAMED, ITEM_END, "u"),
        CASED_ADDRESS_ITEM,
      ],
      separator: /\s*[,;]\s*(?:and\s+|y\s+|et\s+)?/uy,
      joined: { item: CASED_ADDRESS_ITEM, separator: new RegExp(LIST_SEPARATOR.source, "uy") },
    },
  ],
  /\s*[,;:]$/uy,
);

/**
 * A protocol list's line, each guest greeted by name and role: "EXCELLENCY MARK TOLLER, HEAD OF
 * EU DELEGATION TO THE AFRICAN UNION,", "Honourable Jane Doe, Minister of Health;". In capitals,
 * or opened by "Excellency" or "Honourable", and ended by a comma or semicolon: a speaker's line
 * ("H.E. Mr. X, Permanent Representative of …") has none of these.
 */
const PROTOCOL_LINE = new RegExp(
  [
    "^(?:(?:(?:YOUR|HIS|HER)\\s+)?EXCELLENC(?:Y|IES)|H\\.\\s?E\\.|(?:THE\\s+)?(?:RT\\.?\\s+)?HON(?:OU?RABLE|\\.)?|DR\\.?|MR\\.?|MS\\.?|MRS\\.?|PROF\\.?|MADAM|SIR|DAME)\\s+[^\\p{Ll},;]{3,60},\\s*[^\\p{Ll}.!?]{3,160}[,;]$",
    "^(?:(?:(?:Your|His|Her)\\s+)?Excellency|(?:The\\s+)?(?:Rt\\.?\\s+)?Hon(?:ou?rable|\\.))\\s+[^,;]{3,60},\\s*[^.!?]{3,160}[,;]$",
  ].join("|"),
  "u",
);

/**
 * "Your Excellency, Dr Thomas Boni Yayi, Chairperson of the African Union, President of the
 * Republic of Benin": a protocol list's line, its mark often dropped. "Your" greets; no speaker's
 * line or title opens so. A sentence ("Your Excellency, I thank you.") is not such a line.
 */
const YOUR_EXCELLENCY_LINE = /^Your\s+Excellenc(?:y|ies)(?=[\s,]|$)[^\n]{0,300}(?<![.!?])$/u;

/**
 * "ハリス艦長、モロー駐日カナダ大使、" / "及びご列席の皆様、" / "ウォーカー知事、ホールデン市長、オレゴンの
 * 友人の皆様": named guests with their titles, the last with its mark or without (a name and
 * office alone, "野々村外務副大臣", is a speaker's line).
 */
const JA_GUEST =
  "(?:及び|並びに)?[^。、\\s]{0,24}(?:議長|閣下|大使|艦長|大臣|長官|事務総長|事務局長|高等弁務官|代表|会長|総裁|知事|市長|皆様|皆さま|各位)";
const JA_NAMED_ADDRESS = new RegExp(`^(?:${JA_GUEST}[、,]\\s*)+(?:${JA_GUEST})?$`, "u");

// The address and thanks rules are thousands of characters each: see native-regexps.ts.
const compileRules = nativeOnFirstUse([
  ...new Set(
    [ADDRESS_LINE, NAMED_ADDRESS_LINE, OPENING_THANKS, CLOSING_THANKS].flatMap((rule) => rule.rules),
  ),
  OTHER_ADDRESS_LINE,
  OTHER_CLOSING,
]);

/** A line without the stray quotation mark a page may open or close the whole text with. */
function unquoted(text: string): string {
  // "Mr. President (Ambassador Minty, South Africa), Director General (Dr. ElBaradei), …": who
  // holds each office, in brackets after it, is no part of the address.
  return text
    .trim()
    .replace(/^["“]|["”]$/gu, "")
    .replace(/\s*\([^()]{2,60}\)(?=\s*[,;:])/gu, "");
}

/** A standalone address: "Mr. President,", "Madam Chair", "Excellencies, distinguished delegates,", "議長、". */
export function isAddressLine(text: string): boolean {
  compileRules();
  const t = unquoted(text);
  return (
    (ADDRESS_LINE.test(t) && !BARE_OFFICE.test(t)) ||
    NAMED_ADDRESS_LINE.test(t) ||
    PROTOCOL_LINE.test(t) ||
    YOUR_EXCELLENCY_LINE.test(t) ||
    // "Peace, mercy and blessings of God be upon you,": the greeting, set off by its comma; with a
    // full stop it is the closing (PEACE_CLOSING).
    (t.endsWith(",") && PEACE_CLOSING.test(t.slice(0, -1))) ||
    GOOD_DAY_GREETING.test(t) ||
    JA_ADDRESS_LINE.test(t) ||
    JA_NAMED_ADDRESS.test(t) ||
    OTHER_ADDRESS_LINE.test(t)
  );
}

/** "Thank you, Mr. President," — a salutation when it opens a statement. */
export function isOpeningThanks(text: string): boolean {
  compileRules();
  const t = text.trim();
  return OPENING_THANKS.test(t) || JA_OPENING_THANKS.test(t);
}

/** A line that ends as a sentence or a clause does ("….", "…:", "…,", "…。"): no heading ends so. */
export const CLAUSE_END = /[.!?。！？:：,、;]["”’)）」]?$/u;

/** A line in capitals ("ON THE GLOBAL FOOD SITUATION:"): three capitals and no lower-case letter. */
export function isInCapitals(text: string): boolean {
  return /^[^\p{Ll}]*\p{Lu}{3}[^\p{Ll}]*$/u.test(text);
}

/**
 * "Good afternoon to you all from Dhaka.", "Bula vinaka and a very good morning to you all.",
 * "Magandang hapon, good afternoon:": the time of day's greeting, a sentence of its own, perhaps
 * after a greeting in the speaker's language.
 */
const GOOD_DAY_GREETING =
  /^(?:[\p{Lu}][\p{L}'’]+(?:\s+[\p{L}'’]+){0,2}(?:\s+and\s+a\s+(?:very\s+)?g|,\s+g)|G)ood (?:morning|afternoon|evening|day)(?:,?\s+(?:to\s+)?(?:you\s+)?(?:all|everyone|everybody|colleagues|friends))?(?:\s+from\s+[\p{Lu}][\p{L}'’ -]{1,40})?\s*[.!,:]?$/u;

/** The blessing many statements from the Arab and Muslim world close with ("Thank you, and peace …"). */
const PEACE_CLOSING =
  /^(?:thank\s+you,?\s+)?(?:and\s+)?(?:may\s+)?(?:the\s+)?peace(?:,\s*mercy)?(?:,?\s+and\s+(?:the\s+)?blessings)?(?:\s+of\s+(?:God|Allah))?\s+be\s+upon\s+you(?:\s+all)?\s*[.!]?$|^wa?s+-?salaa?m(?:u|o)?\s*['’]?\s*(?:alaikum|alaykum|alaikom|alaykom|aleikum)\b[^.]{0,60}[.!]?$/i;

/**
 * A motto or blessing a statement ends on, after its thanks: "For God and My Country." (Uganda's
 * motto), "God bless Africa.", "Long live the friendship of our peoples!", "Vive la République !".
 */
const CLOSING_MOTTO =
  /^(?:For God and (?:My|Our) Country|(?:May )?God bless(?:\s[\p{L}'’ ]{2,40})?|(?:Long live|Vive|Viva|Es lebe)\s[\p{L}'’ -]{2,60})\s*[.!]?$/iu;

/** "Vinaka vakalevu and thank you.", "Kommol tata and thank you.": thanks in the speaker's language, then in English. */
const NATIVE_AND_THANKS =
  /^\p{Lu}[\p{L}'’]+(?:\s+[\p{L}'’]+){0,2}\s+and\s+(?:I\s+)?thank\s+you(?:\s+(?:all|very\s+much))?\s*[.!]?$/u;

/** The final thanks: "Thank you, Mr. President.", "I thank you.", "ご清聴ありがとうございました。" */
export function isClosingThanks(text: string): boolean {
  compileRules();
  const t = unquoted(text);
  return (
    CLOSING_THANKS.test(t) ||
    JA_CLOSING.test(t) ||
    OTHER_CLOSING.test(t) ||
    PEACE_CLOSING.test(t) ||
    NATIVE_AND_THANKS.test(t)
  );
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
  if (index === count - 1 && count > 1 && (isClosingThanks(text) || CLOSING_MOTTO.test(text)))
    return "closing";
  if (index === 0 && isOpeningThanks(text)) return "salutation";
  return "body";
}

/**
 * A protocol list at the top of the text names guests no greeting rule knows: "The Secretary
 * General of the Pacific Islands Forum, Mr Baron Waqa", "Senior Officials", "Representatives of
 * the CROP Agencies" between "Honourable Ministers …" and "Ladies and Gentlemen". Every short line
 * that ends no sentence, up to the last address before the text begins, is a greeting too.
 */
export function markGreetingBlock(body: StatementBlock[]): void {
  let first = -1;
  let last = -1;
  for (let at = 0; at < body.length && at < 40; at++) {
    const block = body[at];
    if (block?.type === "paragraph" && block.role === "salutation") {
      if (first < 0) first = at;
      last = at;
      continue;
    }
    // A guest's line may have been taken for a section heading; only between two greetings.
    if (block?.type === "list" || (block?.type === "heading" && first < 0)) break;
    const text = block ? runsText(block.runs).trim() : "";
    if (
      (block?.type === "paragraph" && block.role !== "body") ||
      text.length > 160 ||
      // A guest's line may end on the semicolon or comma a protocol list sets after each guest.
      /[.!?:。！？]["”’)]?$/u.test(text) ||
      // A line of the text cut short ("I would like to congratulate" / "Mr. President" / "on his …").
      !/^[\p{Lu}\p{Lo}]/u.test(text) ||
      /^(?:I|We|My|Our|Let|Allow|It|This|Today)\b/u.test(text)
    )
      break;
  }
  // "Heads of Regional and Sub-regional Organizations," after the last greeting the rules know: a
  // line ending on a comma ends no paragraph of the text.
  if (first >= 0)
    for (let at = last + 1; at < body.length; at++) {
      const block = body[at];
      if (block?.type !== "paragraph" || block.role !== "body") break;
      const text = runsText(block.runs).trim();
      if (text.length > 120 || !/[,，、]$/u.test(text) || !/^[\p{Lu}\p{Lo}]/u.test(text)) break;
      last = at + 1;
    }
  for (let at = 0; at < last; at++) {
    const block = body[at];
    if (block?.type === "paragraph" && block.role === "body") body[at] = { ...block, role: "salutation" };
    if (block?.type === "heading") body[at] = { type: "paragraph", role: "salutation", runs: block.runs };
  }
}

/**
 * The greeting rules and the parts they are made of, for the test that checks each rule against
 * the one regular expression it stands for (test/line-sequence.test.ts).
 */
export const GREETINGS_FOR_TESTS = {
  parts: {
    address: ADDRESS,
    officeNamed: OFFICE_NAMED,
    named: NAMED,
    thanks: THANKS_RULE.source,
    remit: REMIT,
  },
  rules: { ADDRESS_LINE, NAMED_ADDRESS_LINE, OPENING_THANKS, CLOSING_THANKS },
} as const;
